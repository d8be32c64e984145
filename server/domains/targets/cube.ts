// Targets as a cube: target values are summed within a group (a program's target is the sum
// of its segments' targets). Beside it, the realisation cubes: the membership months the targets
// are realised in, and the registrations staff targets are, a column per month.
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import { FIGURES } from '../../../common/vocabulary/measures.ts';
import { type DescribedCube, internalFigure as internal } from '../../analytics/model.ts';
import { campaignCube } from '../campaigns/cube.ts';
import { membershipCube } from '../membership/cube.ts';
import { MONTHLY_FIGURES, type MonthlyFigure, monthMeasure, monthValueOfFacts, REALISATION_MONTHS, targetRealisationRollup } from './realisation-rollup.ts';

export const targetCube = {
  table: 'target',
  time: 'year',
  stockPartition: [],
  measures: {
    target: { kind: 'sum', sql: 'target', type: 'integer', meta: FIGURES.target },
    sourceMin: { kind: 'min', sql: 'source', type: 'text', meta: internal('Sumber (terkecil)', 'Source (smallest)', 'text') },
    sourceMax: { kind: 'max', sql: 'source', type: 'text', meta: internal('Sumber (terbesar)', 'Source (largest)', 'text') },
  },
  dimensions: {
    branch: { sql: 'branch_code', title: DIMENSIONS.branch },
    year: { sql: 'year', title: DIMENSIONS.year },
    metric: { sql: 'metric', title: DIMENSIONS.metric },
    program: { sql: 'program', title: DIMENSIONS.program },
    segment: { sql: 'segment', title: DIMENSIONS.segment },
    staff: { sql: 'staff_code', title: DIMENSIONS.staff },
    hasStaff: { sql: "CASE WHEN staff_code = '' THEN 0 ELSE 1 END", title: DIMENSIONS.hasStaff },
  },
} satisfies DescribedCube;

const MONTH_TITLES = {
  active: (m: number) => internal(`Peserta aktif bulan ${m}`, `Active participants in month ${m}`, 'integer'),
  new: (m: number) => internal(`Peserta baru bulan ${m}`, `New participants in month ${m}`, 'integer'),
} satisfies Record<MonthlyFigure, unknown>;

/**
 * The membership months a year's targets are realised in, one figure of one month per measure
 * (`active3`, `new3`: active and new participants in March), so that a target key's year is one
 * row: grouped by branch, segment, program and year, each measure is that month's value (null
 * without one). Over the months of membership_snapshot, or the rollup of them
 * (realisation-rollup.ts) whenever it answers. Its dimensions are the membership cube's.
 */
export const realisationCube = {
  table: membershipCube.table,
  time: membershipCube.time,
  stockPartition: [],
  measures: Object.fromEntries(
    REALISATION_MONTHS.flatMap((month) =>
      (Object.keys(MONTHLY_FIGURES) as MonthlyFigure[]).map((figure) => [
        monthMeasure(figure, month),
        { kind: 'sum' as const, sql: monthValueOfFacts(figure, month), type: 'integer' as const, meta: MONTH_TITLES[figure](month) },
      ]),
    ),
  ),
  dimensions: {
    branch: membershipCube.dimensions.branch,
    segment: membershipCube.dimensions.segment,
    program: membershipCube.dimensions.program,
    year: { sql: 'year', title: DIMENSIONS.year },
  },
  namedFilters: { enrolments: membershipCube.namedFilters.enrolments },
  rollups: [targetRealisationRollup],
} satisfies DescribedCube;

/** Registrations in one month (1–12) over activities or the staff rollup's groups, both of which have `month` and `registrations`. */
const registrationsIn = (month: number) => `CASE WHEN month = ${month} THEN registrations END`;
export const registrationsMeasure = (month: number) => `registrations${month}`;

/**
 * The campaign activities staff targets are realised in, one month's registrations per measure
 * (`registrations3`: March), so that a staff member's year is one row: grouped by branch and
 * STAFF, each measure is that month's registrations, null for a month without an activity of
 * theirs (an activity always counts its registrations, 0 included). Over the activities, or
 * the staff rollup's months (campaign_staff_rollup, kept current by the campaign imports)
 * whenever it answers. Its dimensions are the campaign cube's.
 */
export const staffRealisationCube = {
  table: campaignCube.table,
  time: campaignCube.time,
  stockPartition: [],
  measures: Object.fromEntries(
    REALISATION_MONTHS.map((month) => [
      registrationsMeasure(month),
      { kind: 'sum' as const, sql: registrationsIn(month), type: 'integer' as const, meta: internal(`Pendaftaran bulan ${month}`, `Registrations in month ${month}`, 'integer') },
    ]),
  ),
  dimensions: {
    branch: campaignCube.dimensions.branch,
    STAFF: campaignCube.dimensions.STAFF,
    periodIndex: campaignCube.dimensions.periodIndex,
  },
  rollups: [
    {
      table: 'campaign_staff_rollup',
      dimensions: ['branch', 'STAFF', 'periodIndex'],
      measures: Object.fromEntries(REALISATION_MONTHS.map((month) => [registrationsMeasure(month), { kind: 'sum' as const, sql: registrationsIn(month), type: 'integer' as const }])),
    },
  ],
} satisfies DescribedCube;
