// The `targets` import kind: yearly targets per branch (and staff) into `target`.
import { z } from 'zod';
import { PROGRAMS, SEGMENTS, TARGET_METRICS } from '../../../common/vocabulary/catalog.ts';
import { MIN_YEAR, branchCode, count, oneOf, text, year } from '../../import/fields.ts';
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
