// Demo-like inputs for the chart tests. Membership uses the study's real Madiun figures
// (Tabel 1–2, 2016–2020); everything else is plausible synthetic data, as the seed would give.
import type { AttainmentRow, Effectiveness, MembershipPoint, MembershipSeries, ReachRow } from '../../../common/charts/types.ts';

function withChanges(periods: string[], values: number[], source: MembershipPoint['source']): MembershipPoint[] {
  return values.map((v, i) => {
    const prev = i ? values[i - 1] : null;
    return {
      period: periods[i],
      activeParticipants: v,
      change: prev === null ? null : v - prev,
      changePct: prev === null || prev === 0 ? null : Math.round(((v - prev) / prev) * 10000) / 100,
      newParticipants: null,
      lapsedParticipants: null,
      asOf: periods[i].length === 4 ? `${periods[i]}-12` : periods[i],
      source,
    };
  });
}

const YEARS = ['2016', '2017', '2018', '2019', '2020'];
export const STUDY_PU = [26670, 37793, 43675, 42617, 46878];
export const STUDY_BPU = [17039, 6170, 5105, 4766, 7269];

export const membershipStudy: MembershipSeries[] = [
  { segment: 'PU', program: null, points: withChanges(YEARS, STUDY_PU, 'STUDY') },
  { segment: 'BPU', program: null, points: withChanges(YEARS, STUDY_BPU, 'STUDY') },
];

/** Study years followed by synthetic ones, so both marker kinds appear. */
export const membershipMixed: MembershipSeries[] = [
  { segment: 'PU', program: null, points: withChanges([...YEARS, '2021', '2022'], [...STUDY_PU, 48210, 50102], 'STUDY').map((p, i) => (i >= 5 ? { ...p, source: 'SYNTHETIC' } : p)) },
  { segment: 'BPU', program: null, points: withChanges([...YEARS, '2021', '2022'], [...STUDY_BPU, 8120, 9035], 'STUDY').map((p, i) => (i >= 5 ? { ...p, source: 'SYNTHETIC' } : p)) },
];

/** Ten years of monthly synthetic enrolments per program: 120 points per series. */
export function membershipMonthly(): MembershipSeries[] {
  const periods: string[] = [];
  for (let y = 2015; y < 2025; y++) for (let m = 1; m <= 12; m++) periods.push(`${y}-${String(m).padStart(2, '0')}`);
  const series = (segment: string, program: string, start: number, growth: number) => {
    let v = start;
    const values = periods.map((_, i) => (v = Math.round(v * (1 + growth + Math.sin(i * 1.7) * 0.006))));
    return { segment, program, points: withChanges(periods, values, 'SYNTHETIC') };
  };
  return [series('PU', 'JHT', 24000, 0.004), series('PU', 'JP', 15000, 0.003), series('BPU', 'JKK', 9000, 0.001)];
}

export const membershipNulls: MembershipSeries[] = [
  {
    segment: 'PU',
    program: null,
    points: [
      { period: '2023-Q1', activeParticipants: 41000, change: null, changePct: null, asOf: '2023-03', source: null },
      { period: '2023-Q2', activeParticipants: Number.NaN, change: null, changePct: null, asOf: '2023-06', source: 'SYNTHETIC' },
      { period: '2023-Q3', activeParticipants: 0, change: -41000, changePct: null, asOf: '2023-08', source: 'IMPORTED' },
    ],
  },
  { segment: 'BPU', program: null, points: [] },
];

export const membershipLongLabels: MembershipSeries[] = [
  { segment: 'PENERIMA_UPAH_DENGAN_NAMA_SEGMEN_YANG_SANGAT_PANJANG_SEKALI', program: 'JAMINAN_HARI_TUA_PROGRAM_PANJANG', points: withChanges(YEARS, STUDY_PU, 'MIXED') },
];

const row = (key: string, activity: ReachRow['activity'], activities: number, reach: number, registrations: number, costIdr: number, leads = 0): ReachRow => ({
  key,
  activity,
  activities,
  reach,
  leads,
  registrations,
  costIdr,
  conversionRate: reach ? Math.round((registrations / reach) * 10000) / 100 : null,
  costPerRegistration: registrations ? Math.round((costIdr / registrations) * 100) / 100 : null,
  registrationsPerActivity: activities ? Math.round((registrations / activities) * 100) / 100 : null,
  source: 'SYNTHETIC',
});

export const reachChannels: ReachRow[] = [
  row('NEWSPAPER', 'PROMOTION', 6, 45000, 0, 21000000, 12),
  row('INSTAGRAM', 'PROMOTION', 30, 18400, 61, 9000000, 220),
  row('SPANDUK', 'PROMOTION', 12, 9600, 18, 14400000, 40),
  row('BROCHURE', 'PROMOTION', 15, 3000, 24, 4500000, 55),
  row('FACE_TO_FACE', 'SOCIALISATION', 48, 2150, 342, 28800000, 610),
  row('ZOOM', 'SOCIALISATION', 20, 860, 75, 2000000, 150),
];

export const reachNulls: ReachRow[] = [
  row('FACE_TO_FACE', 'SOCIALISATION', 0, 0, 0, 0),
  { ...row('(none)', null, 3, 120, 4, 0), conversionRate: null, costPerRegistration: null, registrationsPerActivity: null, leads: null, source: null },
  { ...row('WEBSITE', 'PROMOTION', 2, 5000, 3, 1000000), conversionRate: Number.NaN },
];

export const reachLongKeys: ReachRow[] = [
  row('AR-07 Bambang Sutrisno Wicaksono Hadiningrat', null, 14, 520, 61, 3500000),
  row('AR-02 Sri Rahayu', null, 9, 310, 22, 1800000),
];

export const attainmentPrograms: AttainmentRow[] = [
  { key: 'JKK', label: 'JKK', metric: 'ACTIVE_PARTICIPANTS', target: 52000, realised: 48100, attainmentPct: 92.5, gap: 3900, asOf: '2024-06', projectedRealised: 53400, projectedAttainmentPct: 102.69, source: 'SYNTHETIC' },
  { key: 'JKM', label: 'JKM', metric: 'ACTIVE_PARTICIPANTS', target: 52000, realised: 47950, attainmentPct: 92.21, gap: 4050, asOf: '2024-06', projectedRealised: 51000, projectedAttainmentPct: 98.08, source: 'SYNTHETIC' },
  { key: 'JHT', label: 'JHT', metric: 'ACTIVE_PARTICIPANTS', target: 41000, realised: 43800, attainmentPct: 106.83, gap: -2800, asOf: '2024-06', projectedRealised: null, projectedAttainmentPct: null, source: 'SYNTHETIC' },
  { key: 'JP', label: 'JP', metric: 'ACTIVE_PARTICIPANTS', target: 30000, realised: 21500, attainmentPct: 71.67, gap: 8500, asOf: '2024-06', projectedRealised: 24000, projectedAttainmentPct: 80, source: 'SYNTHETIC' },
];

export const attainmentStaff: AttainmentRow[] = [
  { key: 'AR-01', label: 'Dwi Handayani Kusumawardhani Puspitasari', metric: 'NEW_PARTICIPANTS', target: 240, realised: 262, attainmentPct: 109.17, gap: -22, asOf: '2024-12', projectedRealised: null, projectedAttainmentPct: null, source: 'IMPORTED' },
  { key: 'AR-02', label: 'Sri Rahayu', metric: 'NEW_PARTICIPANTS', target: 180, realised: 95, attainmentPct: 52.78, gap: 85, asOf: '2024-12', projectedRealised: null, projectedAttainmentPct: null, source: 'IMPORTED' },
  { key: 'ARK-01', label: 'Agus Salim', metric: 'NEW_PARTICIPANTS', target: 60, realised: 240, attainmentPct: 400, gap: -180, asOf: '2024-12', projectedRealised: null, projectedAttainmentPct: null, source: 'IMPORTED' },
];

export const attainmentNulls: AttainmentRow[] = [
  { key: 'JKP', label: '', metric: 'ACTIVE_PARTICIPANTS', target: 0, realised: 120, attainmentPct: 0, gap: -120, asOf: null, projectedRealised: null, projectedAttainmentPct: null, source: null },
  { key: 'JP', label: 'JP', metric: 'ACTIVE_PARTICIPANTS', target: 30000, realised: 0, attainmentPct: 0, gap: 30000, asOf: null, projectedRealised: null, projectedAttainmentPct: Number.NaN, source: 'SYNTHETIC' },
];

export const effectivenessDecided: Effectiveness = {
  socialisation: { activities: 68, reach: 3010, registrations: 417, costIdr: 30800000, conversionRate: 13.85, conversionLow: 12.66, conversionHigh: 15.14, costPerRegistration: 73860.91, registrationsPerActivity: 6.13 },
  promotion: { activities: 63, reach: 76000, registrations: 103, costIdr: 48900000, conversionRate: 0.14, conversionLow: 0.11, conversionHigh: 0.16, costPerRegistration: 474757.28, registrationsPerActivity: 1.63 },
  verdict: { cheaperPerRegistration: 'SOCIALISATION', moreRegistrationsPerActivity: 'SOCIALISATION', costRatio: 6.43, costRatioLow: 5.17, costRatioHigh: 7.99 },
};

export const effectivenessClose: Effectiveness = {
  socialisation: { activities: 6, reach: 240, registrations: 9, costIdr: 1800000, conversionRate: 3.75, conversionLow: 1.99, conversionHigh: 6.97, costPerRegistration: 200000, registrationsPerActivity: 1.5 },
  promotion: { activities: 5, reach: 4100, registrations: 8, costIdr: 1500000, conversionRate: 0.2, conversionLow: 0.1, conversionHigh: 0.38, costPerRegistration: 187500, registrationsPerActivity: 1.6 },
  verdict: { cheaperPerRegistration: 'NOT_DISTINGUISHABLE', moreRegistrationsPerActivity: 'NOT_DISTINGUISHABLE', costRatio: 0.94, costRatioLow: 0.36, costRatioHigh: 2.43 },
};

export const effectivenessPromotionCheaper: Effectiveness = {
  ...effectivenessDecided,
  verdict: { cheaperPerRegistration: 'PROMOTION', moreRegistrationsPerActivity: 'PROMOTION', costRatio: 0.5, costRatioLow: 0.25, costRatioHigh: 0.8 },
};

export const effectivenessInsufficient: Effectiveness = {
  socialisation: { activities: 12, reach: 400, registrations: 31, costIdr: 2400000, conversionRate: 7.75, conversionLow: 5.5, conversionHigh: 10.8, costPerRegistration: 77419.35, registrationsPerActivity: 2.58 },
  promotion: { activities: 0, reach: 0, registrations: 0, costIdr: 0, conversionRate: null, conversionLow: null, conversionHigh: null, costPerRegistration: null, registrationsPerActivity: null },
  verdict: { cheaperPerRegistration: 'INSUFFICIENT_DATA', moreRegistrationsPerActivity: 'INSUFFICIENT_DATA', costRatio: null, costRatioLow: null, costRatioHigh: null },
};

const ZERO = { activities: 0, reach: 0, registrations: 0, costIdr: 0, conversionRate: null, conversionLow: null, conversionHigh: null, costPerRegistration: null, registrationsPerActivity: null };
export const effectivenessEmpty: Effectiveness = {
  socialisation: ZERO,
  promotion: ZERO,
  verdict: { cheaperPerRegistration: 'INSUFFICIENT_DATA', moreRegistrationsPerActivity: 'INSUFFICIENT_DATA', costRatio: null, costRatioLow: null, costRatioHigh: null },
};
