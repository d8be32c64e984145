// The headline rule (issue 15, T2): the latest period reported by as many branches as any period
// of the year before it is the headline; later periods are incomplete, named with how many
// branches reported them. Also the same rule on each branch's latest month (the freshness notice).
import { describe, expect, it } from 'vitest';
import { latestMonthCoverage, monthsBetween, periodCoverage, periodsPerYear } from '../../../common/coverage/period-coverage.ts';

const months = (from: string, counts: number[]) => {
  const [y, m] = from.split('-').map(Number);
  return counts.map((reportingBranches, i) => {
    const index = y * 12 + m - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, reportingBranches };
  });
};

describe('periodCoverage', () => {
  it("the tester's case: one branch's November after 147 branches' October is not the headline", () => {
    const points = months('2025-01', [...Array(10).fill(147), 1]);
    expect(periodCoverage(points)).toEqual({ headlineIndex: 9, headline: '2025-10', branches: 147, incomplete: [{ period: '2025-11', reportingBranches: 1, of: 147 }] });
  });

  it('a latest period every branch reported is the headline, with nothing incomplete', () => {
    expect(periodCoverage(months('2025-01', Array(11).fill(147)))).toMatchObject({ headline: '2025-11', branches: 147, incomplete: [] });
    expect(periodCoverage([{ period: '2025-03', reportingBranches: 4 }])).toMatchObject({ headlineIndex: 0, headline: '2025-03', incomplete: [] });
  });

  it('two branches two months ahead: both months are incomplete, not only the last', () => {
    const coverage = periodCoverage(months('2025-01', [...Array(9).fill(147), 2, 2]));
    expect(coverage.headline).toBe('2025-09');
    expect(coverage.incomplete).toEqual([
      { period: '2025-10', reportingBranches: 2, of: 147 },
      { period: '2025-11', reportingBranches: 2, of: 147 },
    ]);
  });

  it('late branches of several months: each month says how many reported, against the headline month', () => {
    const coverage = periodCoverage(months('2025-01', [...Array(8).fill(147), 120, 40, 3]));
    expect(coverage.headline).toBe('2025-08');
    expect(coverage.incomplete.map((p) => [p.period, p.reportingBranches, p.of])).toEqual([['2025-09', 120, 147], ['2025-10', 40, 147], ['2025-11', 3, 147]]);
  });

  it('a branch that stopped more than a year ago holds nothing back; one that stopped within the year does', () => {
    const longAgo = periodCoverage(months('2023-01', [...Array(6).fill(147), ...Array(30).fill(146)]));
    expect(longAgo).toMatchObject({ headline: '2025-12', branches: 146, incomplete: [] });
    // Within the year a stop cannot be told from a late delivery: the months since are said incomplete.
    const recent = periodCoverage(months('2025-01', [...Array(6).fill(147), ...Array(5).fill(146)]));
    expect(recent.headline).toBe('2025-06');
    expect(recent.incomplete).toHaveLength(5);
    expect(recent.incomplete[0]).toEqual({ period: '2025-07', reportingBranches: 146, of: 147 });
  });

  it('a branch starting to report (more branches) never makes a period incomplete', () => {
    expect(periodCoverage(months('2025-01', [3, 3, 4, 4, 5]))).toMatchObject({ headline: '2025-05', branches: 5, incomplete: [] });
  });

  it('a year compares with the year before, a quarter with the four before', () => {
    expect(periodsPerYear('2025')).toBe(1);
    expect(periodsPerYear('2025-Q4')).toBe(4);
    expect(periodsPerYear('2025-11')).toBe(12);
    const years = [{ period: '2023', reportingBranches: 147 }, { period: '2024', reportingBranches: 147 }, { period: '2025', reportingBranches: 12 }];
    expect(periodCoverage(years)).toMatchObject({ headline: '2024', incomplete: [{ period: '2025', reportingBranches: 12, of: 147 }] });
    const quarters = (counts: number[]) => ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'].slice(0, counts.length).map((period, i) => ({ period, reportingBranches: counts[i] }));
    expect(periodCoverage(quarters([147, 147, 147, 146]))).toMatchObject({ headline: '2024-Q3', incomplete: [{ period: '2024-Q4', reportingBranches: 146, of: 147 }] });
    // The 147 of Q1 2024 is more than four quarters before Q2 2025: the stop is a year old.
    expect(periodCoverage(quarters([147, 146, 146, 146, 146, 146]))).toMatchObject({ headline: '2025-Q2', incomplete: [] });
  });

  it('nothing to judge without points; a period that is none is named', () => {
    expect(periodCoverage([])).toEqual({ headlineIndex: -1, headline: null, branches: 0, incomplete: [] });
    expect(() => periodCoverage([{ period: '2025/11', reportingBranches: 1 }])).toThrow('"2025/11" is not a period (YYYY, YYYY-Qn or YYYY-MM)');
  });
});

describe('latestMonthCoverage (each branch latest month, as dataFreshness.latestMonths gives them)', () => {
  it("the tester's case: November covers 1 of 147 branches, October is complete", () => {
    expect(latestMonthCoverage([{ month: '2025-10', branches: 146 }, { month: '2025-11', branches: 1 }])).toEqual({
      headlineIndex: 0,
      headline: '2025-10',
      branches: 147,
      incomplete: [{ period: '2025-11', reportingBranches: 1, of: 147 }],
    });
  });

  it('every branch on one month: complete', () => {
    expect(latestMonthCoverage([{ month: '2025-10', branches: 147 }])).toMatchObject({ headline: '2025-10', branches: 147, incomplete: [] });
    expect(latestMonthCoverage([])).toMatchObject({ headline: null, incomplete: [] });
  });

  it('branches two months ahead make both months incomplete; a branch that stopped years ago none', () => {
    expect(latestMonthCoverage([{ month: '2025-09', branches: 145 }, { month: '2025-11', branches: 2 }])).toMatchObject({
      headline: '2025-09',
      incomplete: [{ period: '2025-10', reportingBranches: 2, of: 147 }, { period: '2025-11', reportingBranches: 2, of: 147 }],
    });
    expect(latestMonthCoverage([{ month: '2019-05', branches: 1 }, { month: '2025-10', branches: 146 }])).toMatchObject({ headline: '2025-10', branches: 146, incomplete: [] });
  });

  it('a month that is none is named', () => {
    expect(() => latestMonthCoverage([{ month: 'Nov 2025', branches: 1 }])).toThrow('"Nov 2025" is not a month (YYYY-MM)');
    expect(monthsBetween('2025-10', '2026-12')).toBe(14);
  });
});
