// The pure rules of a stock's change: which period it compares with, and when it says nothing.
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../server/analytics/periods.ts';
import { changeAgainst, previousPeriodLabel, stockBefore } from '../../../server/domains/membership/change.ts';

describe('previousPeriodLabel', () => {
  it.each([
    ['2019', 'YEAR', '2018'],
    ['2019-Q1', 'QUARTER', '2018-Q4'],
    ['2019-Q3', 'QUARTER', '2019-Q2'],
    ['2019-01', 'MONTH', '2018-12'],
    ['2019-10', 'MONTH', '2019-09'],
  ] as const)('%s (%s) follows %s', (period, granularity, previous) => {
    expect(previousPeriodLabel(period, granularity)).toBe(previous);
  });
});

describe('stockBefore', () => {
  it('takes the whole previous bucket for a window that starts on a bucket', () => {
    expect(stockBefore(monthIndex(2019, 1), 'YEAR')).toEqual({ months: { start: monthIndex(2018, 1), end: monthIndex(2018, 12) }, granularity: 'YEAR' });
    expect(stockBefore(monthIndex(2019, 4), 'QUARTER')).toEqual({ months: { start: monthIndex(2019, 1), end: monthIndex(2019, 3) }, granularity: 'QUARTER' });
    expect(stockBefore(monthIndex(2019, 4), 'MONTH')).toEqual({ months: { start: monthIndex(2019, 3), end: monthIndex(2019, 3) }, granularity: 'MONTH' });
  });
  it('takes the month just before a window that starts inside a bucket', () => {
    expect(stockBefore(monthIndex(2019, 3), 'YEAR')).toEqual({ months: { start: monthIndex(2019, 2), end: monthIndex(2019, 2) }, granularity: 'MONTH' });
    expect(stockBefore(monthIndex(2019, 5), 'QUARTER')).toEqual({ months: { start: monthIndex(2019, 4), end: monthIndex(2019, 4) }, granularity: 'MONTH' });
  });
});

describe('changeAgainst', () => {
  it('gives the change and its percentage, rounded half away from zero', () => {
    expect(changeAgainst(42617, 43675, true)).toEqual({ change: -1058, changePct: -2.42, changeUnavailable: null });
    expect(changeAgainst(1195, 1000, true).changePct).toBe(19.5);
    expect(changeAgainst(997575, 1000000, true).changePct).toBe(-0.24);
  });
  it('says why there is no change', () => {
    expect(changeAgainst(10, undefined, true).changeUnavailable).toBe('PREVIOUS_PERIOD_MISSING');
    expect(changeAgainst(10, 30, false)).toEqual({ change: null, changePct: null, changeUnavailable: 'REPORTING_BRANCHES_DIFFER' });
  });
  it('has a change but no percentage from zero', () => {
    expect(changeAgainst(5, 0, true)).toEqual({ change: 5, changePct: null, changeUnavailable: null });
  });
});
