// What a staff member's monthly phasing expects by a day: the rule behind the league table's
// "expected by the end of this week". Pure and exact (whole numbers throughout).
//
// Rule: the months of the year before the day's month count whole; the day's own month counts
// its share of the days elapsed (1st to that day), rounded down:
//   expected = Σ monthly[1 .. m−1] + ⌊monthly[m] × day / daysInMonth(m)⌋.
// The person's binding lines (per segment the largest share, as their target counts persons:
// targets/person-target.ts) are added month by month first, so the rounding happens once per person; on a month's last day the month counts whole, after
// December 31 the whole year, before January 1 nothing.
import { MONTHS } from '../../planning/phasing.ts';

/** Days of a month (1–12) of a year, by the calendar (February 29 in leap years). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Twelve monthly figures added up month by month. */
export function addMonthly(lines: readonly (readonly number[])[]): number[] {
  const total = Array.from({ length: MONTHS }, () => 0);
  for (const line of lines) line.forEach((value, i) => (total[i] += value));
  return total;
}

/** The part of `monthly` (January to December of `year`) expected by the end of `day` (`YYYY-MM-DD`). */
export function expectedBy(monthly: readonly number[], year: number, day: string): number {
  const dayYear = Number(day.slice(0, 4));
  if (dayYear < year) return 0;
  if (dayYear > year) return monthly.reduce((a, b) => a + b, 0);
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const whole = monthly.slice(0, month - 1).reduce((a, b) => a + b, 0);
  return whole + Math.floor((monthly[month - 1] * date) / daysInMonth(year, month));
}

/** Realised against what was expected, in % with two decimals; null when nothing was expected yet. */
export function attainmentToDate(realised: number, expected: number): number | null {
  return expected > 0 ? Math.round((realised / expected) * 10_000) / 100 : null;
}
