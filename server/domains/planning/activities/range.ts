// A from/to range (periods or ISO weeks) as the first and last calendar day it holds.
import { monthLabel, parseDatedRange } from '../../../analytics/periods.ts';

const dayOfNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function dayBounds(from?: string | null, to?: string | null): { first?: string; last?: string } {
  const range = parseDatedRange(from, to);
  const first = range.firstDay !== undefined ? dayOfNumber(range.firstDay) : range.start !== undefined ? `${monthLabel(range.start)}-01` : undefined;
  // The last day of the end month: the day before the next month's first.
  const last = range.lastDay !== undefined
    ? dayOfNumber(range.lastDay)
    : range.end !== undefined ? dayOfNumber(Date.parse(`${monthLabel(range.end + 1)}-01T00:00:00Z`) / 86_400_000 - 1) : undefined;
  return { first, last };
}
