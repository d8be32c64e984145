// Target-attainment rows as the API answers them now: a unit, a status, per-branch as-of months
// and 95 % intervals; one program with no data yet; segments whose targets only partly have data.
import type { AttainmentRow } from '../../../common/charts/types.ts';

const base = { metric: 'ACTIVE_PARTICIPANTS', unit: 'ENROLMENTS', source: 'IMPORTED', branchesWithTargets: 2 } as const;

export const attainmentWithIntervals: AttainmentRow[] = [
  { ...base, key: 'JKK', label: 'JKK', status: 'IN_PROGRESS', targetWithData: 5500, targetWithoutData: 0, keysWithTargets: 3, keysWithData: 3, target: 5500, realised: 4184, attainmentPct: 76.07, gap: 1316, asOf: '2031-10', earliestAsOf: '2031-08', reportingBranches: 2, projectedRealised: 4264, projectedLow: 4236, projectedHigh: 4292, projectedAttainmentPct: 77.53 },
  { ...base, key: 'JHT', label: 'JHT', status: 'IN_PROGRESS', target: 700, realised: 620, attainmentPct: 88.57, gap: 80, asOf: '2031-10', earliestAsOf: '2031-10', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: 680, projectedLow: 640, projectedHigh: 720, projectedAttainmentPct: 97.14 },
  { ...base, key: 'JKP', label: 'JKP', status: 'NO_DATA', target: 300, realised: 0, attainmentPct: 0, gap: 300, asOf: null, earliestAsOf: null, reportingBranches: 0, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null },
];

export const attainmentStaffPersons: AttainmentRow[] = [
  { key: 'AR-1', label: 'Sri Rahayu', metric: 'NEW_PARTICIPANTS', unit: 'PERSONS', status: 'COMPLETE', target: 60, realised: 61, attainmentPct: 101.67, gap: -1, asOf: '2031-12', earliestAsOf: '2031-12', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null, source: 'IMPORTED' },
];

// PU: three program targets, only JKK has data (12.145 against its 12.000): 101,21 % over the
// covered target, 24.000 of the target without data. BPU: every key reports. JAKON: none.
export const attainmentPartial: AttainmentRow[] = [
  { ...base, key: 'PU', label: 'PU', status: 'PARTIAL_DATA', target: 36000, targetWithData: 12000, targetWithoutData: 24000, keysWithTargets: 3, keysWithData: 1, realised: 12145, attainmentPct: 101.21, gap: -145, asOf: '2026-10', earliestAsOf: '2026-10', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null },
  { ...base, key: 'BPU', label: 'BPU', status: 'IN_PROGRESS', target: 8000, targetWithData: 8000, targetWithoutData: 0, keysWithTargets: 2, keysWithData: 2, realised: 6100, attainmentPct: 76.25, gap: 1900, asOf: '2026-10', earliestAsOf: '2026-10', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: 7300, projectedLow: 6900, projectedHigh: 7700, projectedAttainmentPct: 91.25 },
  { ...base, key: 'JAKON', label: 'JAKON', status: 'NO_DATA', target: 900, targetWithData: 0, targetWithoutData: 900, keysWithTargets: 1, keysWithData: 0, realised: 0, attainmentPct: 0, gap: 0, asOf: null, earliestAsOf: null, reportingBranches: 0, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null },
];
