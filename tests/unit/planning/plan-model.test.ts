// The planning page's pure helpers: the even spread the server would store, the live assigned
// and unassigned parts while the Kabid types, counts read from fields, the activity ranges on
// the reader's calendar, the list by ISO week, and who writes what.
import { describe, expect, it } from 'vitest';
import { evenPhasing } from '../../../common/planning/phasing.ts';
import { phasingOf } from '../../../server/domains/planning/phasing.ts';
import { byWeek, lineTotals, monthsSum, rangeBounds, readCount, recordsResults, writesPlan } from '../../../client/features/planning/plan-model.ts';

describe('the planning page’s helpers', () => {
  it('spreads a share evenly, the remainder to the first months, as the server does', () => {
    expect(evenPhasing(125)).toEqual([11, 11, 11, 11, 11, 10, 10, 10, 10, 10, 10, 10]);
    expect(evenPhasing(0)).toEqual(Array(12).fill(0));
    expect(evenPhasing(-3)).toEqual(Array(12).fill(0));
    expect(evenPhasing(2.5)).toEqual(Array(12).fill(0));
    for (const n of [1, 11, 12, 13, 240, 1001]) {
      // The server stores this very spread for a share without its own phasing.
      expect(phasingOf(n, undefined)).toEqual({ monthly: evenPhasing(n), phased: false });
      expect(evenPhasing(n).reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it('keeps the assigned and unassigned parts as the shares are typed', () => {
    expect(lineTotals(500, [200, 125])).toEqual({ assigned: 325, unassigned: 175, over: 0 });
    expect(lineTotals(500, [200, null, 100])).toEqual({ assigned: 300, unassigned: 200, over: 0 });
    expect(lineTotals(300, [200, 150])).toEqual({ assigned: 350, unassigned: -50, over: 50 });
    expect(lineTotals(null, [10])).toEqual({ assigned: 10, unassigned: null, over: 0 });
    expect(lineTotals(80, [])).toEqual({ assigned: 0, unassigned: 80, over: 0 });
  });

  it('reads whole numbers from 0 only', () => {
    expect(readCount(' 42 ')).toBe(42);
    expect(readCount('0')).toBe(0);
    for (const bad of ['', '1.5', '1,5', '-2', 'abc', '1e3', '12.34.567', '2147483648']) expect(readCount(bad), bad).toBeNull();
    expect(monthsSum([1, 2, 3])).toBe(6);
  });

  it('reads counts as people write them in either language: grouped thousands, spaces, a Rupiah sign (tryout T6)', () => {
    expect(readCount('6.000')).toBe(6000);
    expect(readCount('1.250.000')).toBe(1_250_000);
    expect(readCount('Rp1.250.000')).toBe(1_250_000);
    expect(readCount('Rp 1.250.000')).toBe(1_250_000);
    expect(readCount('1 250 000')).toBe(1_250_000);
    expect(readCount('6,000')).toBe(6000);
    expect(readCount('IDR 1,250,000')).toBe(1_250_000);
    expect(monthsSum([1, null, 3])).toBeNull();
  });

  it('reads 1.500 and 1,500 as the importer reads them, whatever the page\'s language', () => {
    // One rule with the importer (common/numbers/locale-number.ts): a single separator and three
    // digits is a thousands group on every page, as in every file; a count has no decimals.
    for (const text of ['1.500', '1,500', '1 500', 'Rp1.500']) expect(readCount(text), text).toBe(1500);
    // Decimals that come to a whole number are that number, as the importer takes 12,00 from a spreadsheet.
    expect(readCount('1,00')).toBe(1);
    expect(readCount('1.00')).toBe(1);
  });

  it('names the ranges as the API reads them, on the reader’s day', () => {
    const wed = new Date(2026, 11, 2, 9, 0); // Wednesday 2 December 2026, week 49
    expect(rangeBounds('week', 2025, wed)).toEqual({ from: '2026-W49', to: '2026-W49' });
    expect(rangeBounds('lastWeek', 2025, wed)).toEqual({ from: '2026-W48', to: '2026-W48' });
    expect(rangeBounds('month', 2025, wed)).toEqual({ from: '2026-12', to: '2026-12' });
    expect(rangeBounds('year', 2025, wed)).toEqual({ from: '2025', to: '2025' });
    // Across a year end: Friday 1 January 2027 is in week 53 of 2026.
    expect(rangeBounds('week', 2027, new Date(2027, 0, 1))).toEqual({ from: '2026-W53', to: '2026-W53' });
    expect(rangeBounds('lastWeek', 2027, new Date(2027, 0, 4))).toEqual({ from: '2026-W53', to: '2026-W53' });
  });

  it('lists activities by week, each oldest first', () => {
    const a = (id: string, date: string, week: string) => ({ id, date, week });
    expect(byWeek([a('3', '2026-12-09', '2026-W50'), a('1', '2026-12-04', '2026-W49'), a('2', '2026-11-30', '2026-W49')])).toEqual([
      { week: '2026-W49', activities: [a('2', '2026-11-30', '2026-W49'), a('1', '2026-12-04', '2026-W49')] },
      { week: '2026-W50', activities: [a('3', '2026-12-09', '2026-W50')] },
    ]);
  });

  it('lets the branch’s Kabid (or an admin) plan, and its staff record results', () => {
    expect(writesPlan({ role: 'KABID', branch: 'MADIUN' }, 'MADIUN')).toBe(true);
    expect(writesPlan({ role: 'KABID', branch: 'KEDIRI' }, 'MADIUN')).toBe(false);
    expect(writesPlan({ role: 'AR', branch: 'MADIUN' }, 'MADIUN')).toBe(false);
    expect(writesPlan({ role: 'ADMIN' }, 'MADIUN')).toBe(true);
    expect(writesPlan(null, 'MADIUN')).toBe(false);
    for (const role of ['KABID', 'AR', 'ARK', 'PAP']) expect(recordsResults({ role, branch: 'MADIUN' }, 'MADIUN'), role).toBe(true);
    expect(recordsResults({ role: 'AR', branch: 'KEDIRI' }, 'MADIUN')).toBe(false);
    expect(recordsResults({ role: 'VIEWER', branch: 'MADIUN' }, 'MADIUN')).toBe(false);
    expect(recordsResults({ role: 'ADMIN' }, 'MADIUN')).toBe(true);
  });
});
