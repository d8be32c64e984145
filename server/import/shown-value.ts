// How much of a cell a problem or note quotes.

/** Characters of a cell shown in a problem: a 2 MB cell is named, not echoed whole. */
const SHOWN_VALUE = 200;

export function shortened(value: string | null): string | null {
  if (value === null || value.length <= SHOWN_VALUE) return value;
  return `${value.slice(0, SHOWN_VALUE)}…`;
}
