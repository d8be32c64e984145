// Targets as a cube: target values are summed within a group (a program's target is the sum
// of its segments' targets). Beside it, the realisation cubes: the membership months the targets
// are realised in, and the registrations staff targets are, a column per month.
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import { FIGURES } from '../../../common/vocabulary/measures.ts';
import { type DescribedCube, internalFigure as internal } from '../../analytics/model.ts';
import { REGION_OF_BRANCH } from '../branches/region-dimension.ts';
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

/** A condition on a target key's projection kind (target_attainment_key.kind, projection.ts's KeyProjection). */
const whenKind = (kinds: readonly string[], then: string, otherwise = '0') => `CASE WHEN kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) THEN ${then} ELSE ${otherwise} END`;
const WITH_DATA = ['complete', 'no-rate', 'projected'];

/**
 * The branch target keys with their realisation and projection (target_attainment_key, kept by
 * attainment-keys.ts), summed into the parts of a targetAttainment row (attainment-summary.ts
 * KeysSummary): a row of the nation's targets by program is one GROUP BY over the keys, not
 * every key's months in JavaScript. Only branch targets (no staff split) on all data: the
 * questions with a cut-off or by staff read the targets and months themselves (query.ts).
 */
export const attainmentKeyCube = {
  table: 'target_attainment_key',
  time: 'year',
  stockPartition: [],
  measures: {
    target: { kind: 'sum', sql: 'target', type: 'integer', meta: FIGURES.target },
    keys: { kind: 'count', meta: internal('Kunci target', 'Target keys', 'integer') },
    keysWithData: { kind: 'sum', sql: whenKind(WITH_DATA, '1'), type: 'integer', meta: internal('Kunci dengan data', 'Keys with data', 'integer') },
    targetWithData: { kind: 'sum', sql: whenKind(WITH_DATA, 'target'), type: 'integer', meta: internal('Target kunci dengan data', 'Target of keys with data', 'integer') },
    realised: { kind: 'sum', sql: whenKind(WITH_DATA, 'realised'), type: 'integer', meta: internal('Realisasi', 'Realised', 'integer') },
    asOfLatest: { kind: 'max', sql: 'as_of_month', type: 'integer', meta: internal('Bulan data terakhir', 'Latest month with data', 'integer') },
    asOfEarliest: { kind: 'min', sql: 'as_of_month', type: 'integer', meta: internal('Bulan data terawal', 'Earliest latest month', 'integer') },
    complete: { kind: 'sum', sql: whenKind(['complete'], '1'), type: 'integer', meta: internal('Kunci lengkap', 'Complete keys', 'integer') },
    unprojectable: { kind: 'sum', sql: whenKind(['no-data', 'no-rate'], '1'), type: 'integer', meta: internal('Kunci tanpa laju', 'Keys without a rate', 'integer') },
    projected: { kind: 'sum', sql: "CASE kind WHEN 'complete' THEN realised WHEN 'projected' THEN projected ELSE 0 END", type: 'float', meta: internal('Proyeksi', 'Projected', 'unrounded') },
    floor: { kind: 'sum', sql: "CASE kind WHEN 'complete' THEN realised WHEN 'projected' THEN floor ELSE 0 END", type: 'float', meta: internal('Batas bawah proyeksi', 'Projection floor', 'unrounded') },
    withoutInterval: { kind: 'sum', sql: "CASE WHEN kind = 'projected' AND half_width IS NULL THEN 1 ELSE 0 END", type: 'integer', meta: internal('Proyeksi tanpa interval', 'Projections without an interval', 'integer') },
    variance: { kind: 'sum', sql: "CASE WHEN kind = 'projected' AND half_width IS NOT NULL THEN half_width * half_width ELSE 0 END", type: 'float', meta: internal('Jumlah kuadrat setengah lebar', 'Sum of squared half-widths', 'unrounded') },
    branches: { kind: 'countDistinct', sql: 'branch_code', of: 'branch_code', meta: internal('Cabang dengan target', 'Branches with targets', 'integer') },
    reportingBranches: { kind: 'countDistinct', sql: whenKind(WITH_DATA, 'branch_code', 'NULL'), of: 'branch_code', meta: internal('Cabang yang melapor', 'Reporting branches', 'integer') },
    sourceMin: { kind: 'min', sql: 'source_min', type: 'text', meta: internal('Sumber (terkecil)', 'Source (smallest)', 'text') },
    sourceMax: { kind: 'max', sql: 'source_max', type: 'text', meta: internal('Sumber (terbesar)', 'Source (largest)', 'text') },
  },
  // The targets' own columns, under the same names.
  dimensions: {
    year: targetCube.dimensions.year,
    metric: targetCube.dimensions.metric,
    branch: targetCube.dimensions.branch,
    // The groupings of targetAttainment, named as its GraphQL enum TargetGroupBy.
    PROGRAM: targetCube.dimensions.program,
    SEGMENT: targetCube.dimensions.segment,
    BRANCH: targetCube.dimensions.branch,
    REGION: REGION_OF_BRANCH,
  },
} satisfies DescribedCube;
