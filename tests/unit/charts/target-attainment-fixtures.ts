// Target-attainment rows as the API answers them now: a unit, a status, per-branch as-of months
// and 95 % intervals; one program with no data yet.
import type { AttainmentRow } from '../../../client/charts/types.ts';

const base = { metric: 'ACTIVE_PARTICIPANTS', unit: 'ENROLMENTS', source: 'IMPORTED', branchesWithTargets: 2 } as const;

export const attainmentWithIntervals: AttainmentRow[] = [
  { ...base, key: 'JKK', label: 'JKK', status: 'IN_PROGRESS', target: 5500, realised: 4184, attainmentPct: 76.07, gap: 1316, asOf: '2031-10', earliestAsOf: '2031-08', reportingBranches: 2, projectedRealised: 4264, projectedLow: 4236, projectedHigh: 4292, projectedAttainmentPct: 77.53 },
  { ...base, key: 'JHT', label: 'JHT', status: 'IN_PROGRESS', target: 700, realised: 620, attainmentPct: 88.57, gap: 80, asOf: '2031-10', earliestAsOf: '2031-10', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: 680, projectedLow: 640, projectedHigh: 720, projectedAttainmentPct: 97.14 },
  { ...base, key: 'JKP', label: 'JKP', status: 'NO_DATA', target: 300, realised: 0, attainmentPct: 0, gap: 300, asOf: null, earliestAsOf: null, reportingBranches: 0, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null },
];

export const attainmentStaffPersons: AttainmentRow[] = [
  { key: 'AR-1', label: 'Sri Rahayu', metric: 'NEW_PARTICIPANTS', unit: 'PERSONS', status: 'COMPLETE', target: 60, realised: 61, attainmentPct: 101.67, gap: -1, asOf: '2031-12', earliestAsOf: '2031-12', reportingBranches: 1, branchesWithTargets: 1, projectedRealised: null, projectedLow: null, projectedHigh: null, projectedAttainmentPct: null, source: 'IMPORTED' },
];
