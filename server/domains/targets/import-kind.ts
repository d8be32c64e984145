// The `targets` import kind: yearly targets per branch (and staff) into `target`.
import type { Knex } from 'knex';
import { z } from 'zod';
import { PROGRAMS, SEGMENTS, TARGET_METRICS } from '../../../common/vocabulary/catalog.ts';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import { MIN_YEAR, branchCode, count, oneOf, text, year } from '../../import/fields.ts';
import { refreshTargetAttainmentKeys } from './attainment-keys.ts';
import {
  COMMON_BRANCH_ALIASES,
  SEGMENT_HEADER_ALIASES,
  STAFF_ALIASES,
  cellText,
  numberText,
  segmentField,
  type KindDefinition,
} from '../../import/kind-parts.ts';

const METRIC_ALIASES = {
  PESERTA_AKTIF: 'ACTIVE_PARTICIPANTS',
  ACTIVE: 'ACTIVE_PARTICIPANTS',
  PESERTA_BARU: 'NEW_PARTICIPANTS',
  NEW: 'NEW_PARTICIPANTS',
} as const;

const targetRow = z.object({
  branch: branchCode(),
  year: year(),
  program: oneOf(PROGRAMS),
  segment: segmentField(false),
  target: count(),
  metric: oneOf(TARGET_METRICS, { fallback: 'ACTIVE_PARTICIPANTS', aliases: METRIC_ALIASES }),
  staff: text(64, { optional: true }),
});
type TargetRow = z.output<typeof targetRow>;

/**
 * A branch target's split across its staff never adds up to more than the target (the split is
 * the Kabid's share-out of it): checked over the stored table for every target key this import
 * wrote, since the branch target and its split may come from different files.
 */
async function splitsWithinTargets(trx: Knex.Transaction, importId: number) {
  // PostgreSQL: the branch targets of the lines this import wrote are locked first, in one order,
  // as a target split (planning/split.ts) locks its line's, so that neither checks against a
  // table missing the other's uncommitted shares (READ COMMITTED). SQLite has one writer.
  if (dialectOfKnex(trx).name === 'postgresql') {
    await trx.raw(
      `SELECT 1 FROM target WHERE staff_code = '' AND (branch_code, year, program, segment, metric) IN (SELECT branch_code, year, program, segment, metric FROM target WHERE import_id = ?)
       ORDER BY branch_code, year, program, segment, metric FOR UPDATE`,
      [importId],
    );
  }
  const rows = (await trx.raw(
    `SELECT s.branch_code, s.year, s.program, s.segment, s.metric, SUM(s.target) AS assigned, MIN(b.target) AS branch_target
     FROM target s JOIN target b ON b.branch_code = s.branch_code AND b.year = s.year AND b.program = s.program AND b.segment = s.segment AND b.metric = s.metric AND b.staff_code = ''
     WHERE s.staff_code <> '' AND (s.branch_code, s.year, s.program, s.segment, s.metric) IN (SELECT branch_code, year, program, segment, metric FROM target WHERE import_id = ?)
     GROUP BY s.branch_code, s.year, s.program, s.segment, s.metric HAVING SUM(s.target) > MIN(b.target)
     ORDER BY s.branch_code, s.year, s.program, s.segment, s.metric LIMIT 100`,
    [importId],
  )) as Record<string, string | number>[] | { rows: Record<string, string | number>[] };
  return (Array.isArray(rows) ? rows : rows.rows).map((r) => ({
    code: 'split_over_target' as const,
    params: { key: `branch=${r.branch_code}, year=${r.year}, program=${r.program}, segment=${r.segment}, metric=${r.metric}`, assigned: Number(r.assigned), target: Number(r.branch_target) },
  }));
}

export const targetsKind: KindDefinition<TargetRow> = {
  kind: 'targets',
  columns: ['branch', 'year', 'program', 'segment', 'target', 'metric', 'staff'],
  required: ['branch', 'year', 'program', 'segment', 'target'],
  aliases: {
    ...COMMON_BRANCH_ALIASES,
    ...SEGMENT_HEADER_ALIASES,
    ...STAFF_ALIASES,
    tahun: 'year',
    program_jaminan: 'program',
    sasaran: 'target', target_peserta: 'target',
    metrik: 'metric', ukuran: 'metric', jenis_target: 'metric',
  },
  schema: targetRow,
  // branch × staff × year (< 256 after 1970) × program (5) × segment (4) × metric (2).
  key: (r, intern) =>
    ((((intern(r.branch) * 1048576 + intern(`staff:${r.staff}`)) * 256 + r.year - MIN_YEAR) * 8 + PROGRAMS.indexOf(r.program as never)) * 4 +
      SEGMENTS.indexOf(r.segment as never)) * 2 + TARGET_METRICS.indexOf(r.metric as never),
  keyText: (r) =>
    `branch=${r.branch}, year=${r.year}, program=${r.program}, segment=${r.segment}, metric=${r.metric}, staff=${r.staff || '—'}`,
  branchOf: (r) => r.branch,
  table: 'target',
  dbColumns: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code', 'target', 'source', 'import_id'],
  conflict: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code'],
  compared: ['target', 'source'],
  optionalFeeds: {}, // metric and staff are parts of the key
  toDb: (r, importId) => ({
    branch_code: r.branch,
    year: r.year,
    program: r.program,
    segment: r.segment,
    metric: r.metric,
    staff_code: r.staff,
    target: r.target,
    source: 'IMPORTED',
    import_id: importId,
  }),
  orderBy: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code'],
  verify: splitsWithinTargets,
  afterStore: (trx, importId) => refreshTargetAttainmentKeys(trx, { importId, table: 'target' }),
  toCsv: (d) => ({
    branch: cellText(d.branch_code),
    year: String(d.year),
    program: cellText(d.program),
    segment: cellText(d.segment),
    target: numberText(d.target),
    metric: cellText(d.metric),
    staff: cellText(d.staff_code),
  }),
};
