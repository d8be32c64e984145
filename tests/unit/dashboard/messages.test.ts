// Both languages have every message, and the membership summary computes year-on-year change
// against the same period a year earlier (the study's 2019 dip: −1.058, −2,42%).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../common/i18n/messages.ts';
import { previousYearPeriod, yearOnYear } from '../../../client/features/dashboard/membership-panel.tsx';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'fn';
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort());
  return typeof value;
}

describe('dashboard messages', () => {
  it('id and en define the same messages, none empty', () => {
    expect(shape(MESSAGES.en)).toEqual(shape(MESSAGES.id));
    for (const m of Object.values(MESSAGES)) for (const [k, v] of Object.entries(m)) if (typeof v === 'string') expect(v.trim(), k).not.toBe('');
  });
  it('uses the domain words', () => {
    expect(MESSAGES.id.syntheticNotice).toBe('Data sintetis (demo)');
    expect(MESSAGES.en.syntheticNotice).toBe('Synthetic demo data');
    expect(MESSAGES.id.studyBadge).toBe('Data studi');
  });
});

describe('year-on-year summary', () => {
  const point = (period: string, activeParticipants: number, more: { change?: number; changePct?: number; reportingBranches?: number } = {}) => ({
    period, activeParticipants, change: more.change ?? null, changePct: more.changePct ?? null, changeUnavailable: null,
    newParticipants: null, lapsedParticipants: null, flowsIncomplete: false, reportingBranches: more.reportingBranches ?? 1, asOf: period, source: 'STUDY' as const, flowSource: null,
  });
  const series = (points: ReturnType<typeof point>[]) => ({ segment: 'PU' as const, program: null, unit: 'PERSONS' as const, points });

  it("takes a year's change from the server, which compares with the year before even outside the window", () => {
    const [pu] = yearOnYear([series([point('2019', 42617, { change: -1058, changePct: -2.42 })])]);
    expect(pu).toMatchObject({ value: 42617, change: -1058, changePct: -2.42, previousPeriod: '2018' });
  });
  it('compares a quarter or month with the same period a year earlier, when as many branches report', () => {
    expect(previousYearPeriod('2025-Q3')).toBe('2024-Q3');
    expect(previousYearPeriod('2025-10')).toBe('2024-10');
    const same = yearOnYear([series([point('2024-Q3', 1000, { reportingBranches: 2 }), point('2025-Q3', 1100, { reportingBranches: 2 })])]);
    expect(same[0]).toMatchObject({ change: 100, changePct: 10, previousPeriod: '2024-Q3' });
    const fewer = yearOnYear([series([point('2024-Q3', 1000, { reportingBranches: 2 }), point('2025-Q3', 600, { reportingBranches: 1 })])]);
    expect(fewer[0]).toMatchObject({ change: null, previousPeriod: null });
  });
  it('has no change without the previous year', () => {
    const [s] = yearOnYear([series([point('2016', 17039)])]);
    expect(s.change).toBeNull();
  });
});
