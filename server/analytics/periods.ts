// Period strings of the API (`YYYY`, `YYYY-Qn`, `YYYY-MM`) as ranges of month indexes
// (year*12 + month-1), the one time unit the database stores. Pure and dialect-free.
import type { Granularity } from '../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../errors.ts';

export type { Granularity };

export interface MonthRange {
  /** First month index included. */
  start: number;
  /** Last month index included. */
  end: number;
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** Parses one period string into the months it covers; `argument` names it in errors. */
export function parsePeriod(argument: string, value: string): MonthRange {
  const match = PERIOD.exec(value.trim());
  if (!match) {
    throw new BadInputError(argument, `"${value}" is not a period; use YYYY, YYYY-Qn (n = 1–4) or YYYY-MM`);
  }
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) throw new BadInputError(argument, `year ${year} is out of range (1900–2200)`);
  if (match[2]) {
    const q = Number(match[2]);
    return { start: monthIndex(year, q * 3 - 2), end: monthIndex(year, q * 3) };
  }
  if (match[3]) {
    const m = Number(match[3]);
    return { start: monthIndex(year, m), end: monthIndex(year, m) };
  }
  return { start: monthIndex(year, 1), end: monthIndex(year, 12) };
}

/** The month range between `from` and `to` (either open), checking that from is not after to. */
export function parseRange(from?: string | null, to?: string | null): Partial<MonthRange> {
  const start = from ? parsePeriod('from', from).start : undefined;
  const end = to ? parsePeriod('to', to).end : undefined;
  if (start !== undefined && end !== undefined && start > end) {
    throw new BadInputError('from', `"${from}" is after to "${to}"`);
  }
  return { start, end };
}

export function yearOf(index: number): number {
  return Math.floor(index / 12);
}

export function monthOf(index: number): number {
  return (index % 12) + 1;
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(index: number): string {
  return `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`;
}

/** The label of the bucket a month index falls in, at a granularity. */
export function bucketLabel(index: number, granularity: Granularity): string {
  const year = yearOf(index);
  if (granularity === 'YEAR') return String(year);
  if (granularity === 'QUARTER') return `${year}-Q${Math.ceil(monthOf(index) / 3)}`;
  return monthLabel(index);
}
