// The league table's "expected by the end of the week": whole months before the cut-off's
// month, its own month by the days elapsed, rounded down, once per person.
import { describe, expect, it } from 'vitest';
import { addMonthly, attainmentToDate, daysInMonth, expectedBy } from '../../../server/domains/reviews/assessment/phased-to-date.ts';

const EVEN = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];

describe('phasing expected by a day', () => {
  it('counts the months before whole and the running month by its days, rounded down', () => {
    // 2024-04-07: January to March (30) and 7 of April's 30 days of 10 (2.33 → 2).
    expect(expectedBy(EVEN, 2024, '2024-04-07')).toBe(32);
    // A month's last day counts it whole.
    expect(expectedBy(EVEN, 2024, '2024-03-31')).toBe(30);
    expect(expectedBy(EVEN, 2024, '2024-01-01')).toBe(0);
    // February 2024 has 29 days: 14 of 29 of 29 → 14.
    expect(expectedBy([0, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2024, '2024-02-14')).toBe(14);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });

  it('expects nothing before the year and the whole phasing after it', () => {
    expect(expectedBy(EVEN, 2025, '2024-12-30')).toBe(0);
    expect(expectedBy(EVEN, 2024, '2025-01-05')).toBe(120);
    expect(expectedBy(EVEN, 2024, '2024-12-31')).toBe(120);
  });

  it('follows an uneven phasing and rounds once per person, over their lines added month by month', () => {
    const front = [60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(expectedBy(front, 2025, '2025-01-15')).toBe(29); // 60 × 15 / 31 = 29.03
    // Two lines of 1 each in January: 1 × 15/31 rounds to 0 twice, 2 × 15/31 to 0 once; 3 × 15/31 = 1.45 → 1.
    const lines = [[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]];
    expect(addMonthly(lines)).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(expectedBy(addMonthly(lines), 2025, '2025-01-15')).toBe(1);
  });

  it('gives attainment to date in % with two decimals, none when nothing was expected', () => {
    expect(attainmentToDate(2, 3)).toBe(66.67);
    expect(attainmentToDate(45, 30)).toBe(150);
    expect(attainmentToDate(5, 0)).toBeNull();
  });
});
