// Both languages have every message, and the membership summary computes year-on-year change
// against the same period a year earlier (the study's 2019 dip: −1.058, −2,42%).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../client/i18n/messages.ts';
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
  const point = (period: string, activeParticipants: number) => ({ period, activeParticipants, change: null, changePct: null, newParticipants: null, lapsedParticipants: null, asOf: period, source: 'STUDY' as const });
  it('compares with the same period a year earlier', () => {
    expect(previousYearPeriod('2025-Q3')).toBe('2024-Q3');
    expect(previousYearPeriod('2025-10')).toBe('2024-10');
    const [pu] = yearOnYear([{ segment: 'PU', program: null, points: [point('2018', 43675), point('2019', 42617)] }]);
    expect(pu).toMatchObject({ value: 42617, change: -1058, changePct: -2.42, previousPeriod: '2018' });
  });
  it('has no change without the previous year', () => {
    const [s] = yearOnYear([{ segment: 'BPU', program: null, points: [point('2016', 17039)] }]);
    expect(s.change).toBeNull();
  });
});
