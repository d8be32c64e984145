// The `membership` import kind: active participants at a period end (with optional flows) into
// `membership_snapshot`.
import { z } from 'zod';
import { NONE, PROGRAMS, SEGMENTS } from '../../../common/vocabulary/catalog.ts';
import { MIN_YEAR, branchCode, count, oneOf, period } from '../../import/fields.ts';
import { refreshTargetAttainmentKeys } from '../targets/attainment-keys.ts';
import { refreshMembershipRollup } from './rollup.ts';
import {
  COMMON_BRANCH_ALIASES,
  SEGMENT_HEADER_ALIASES,
  cellText,
  numberText,
  periodIndex,
  segmentField,
  type KindDefinition,
} from '../../import/kind-parts.ts';

const membershipRow = z.object({
  branch: branchCode(),
  period: period(),
  segment: segmentField(false),
  active_participants: count(),
  program: oneOf(PROGRAMS, { optional: true }),
  new_participants: count({ optional: true }),
  lapsed_participants: count({ optional: true }),
});
type MembershipRow = z.output<typeof membershipRow>;

export const membershipKind: KindDefinition<MembershipRow> = {
  kind: 'membership',
  columns: ['branch', 'period', 'segment', 'active_participants', 'program', 'new_participants', 'lapsed_participants'],
  required: ['branch', 'period', 'segment', 'active_participants'],
  aliases: {
    ...COMMON_BRANCH_ALIASES,
    ...SEGMENT_HEADER_ALIASES,
    periode: 'period', bulan_tahun: 'period',
    peserta_aktif: 'active_participants', jumlah_peserta_aktif: 'active_participants', aktif: 'active_participants',
    program_jaminan: 'program',
    peserta_baru: 'new_participants', baru: 'new_participants',
    peserta_nonaktif: 'lapsed_participants', peserta_berhenti: 'lapsed_participants', peserta_keluar: 'lapsed_participants',
    nonaktif: 'lapsed_participants',
  },
  schema: membershipRow,
  // branch × period (months since 1970, < 2048) × segment (4) × program ('' or one of 5).
  key: (r, intern) =>
    ((intern(r.branch) * 2048 + periodIndex(r.period.year, r.period.month) - MIN_YEAR * 12) * 4 + SEGMENTS.indexOf(r.segment as never)) * 6 +
    (r.program === '' ? 0 : PROGRAMS.indexOf(r.program as never) + 1),
  keyText: (r) =>
    `branch=${r.branch}, period=${r.period.year}-${String(r.period.month).padStart(2, '0')}, segment=${r.segment}, program=${r.program || '—'}`,
  branchOf: (r) => r.branch,
  table: 'membership_snapshot',
  dbColumns: [
    'branch_code', 'year', 'month', 'period_index', 'precision', 'segment', 'program',
    'active_participants', 'new_participants', 'lapsed_participants', 'source', 'flow_source', 'import_id',
  ],
  conflict: ['branch_code', 'year', 'month', 'segment', 'program'],
  compared: ['precision', 'active_participants', 'new_participants', 'lapsed_participants', 'source', 'flow_source'],
  optionalFeeds: { new_participants: ['new_participants'], lapsed_participants: ['lapsed_participants'] },
  derivedFeeds: { flow_source: ['new_participants', 'lapsed_participants'] },
  toDb: (r, importId) => ({
    branch_code: r.branch,
    year: r.period.year,
    month: r.period.month,
    period_index: periodIndex(r.period.year, r.period.month),
    precision: r.period.precision,
    segment: r.segment,
    program: r.program || NONE,
    active_participants: r.active_participants,
    new_participants: r.new_participants,
    lapsed_participants: r.lapsed_participants,
    source: 'IMPORTED',
    // The flows' own source: a row that carries flows brought them itself; a row without any has none.
    flow_source: r.new_participants !== null || r.lapsed_participants !== null ? 'IMPORTED' : null,
    import_id: importId,
  }),
  // The stored target keys read the rollups: they come after them.
  afterStore: async (trx, importId) => {
    await refreshMembershipRollup(trx, { importId });
    await refreshTargetAttainmentKeys(trx, { importId, table: 'membership_snapshot' });
  },
  orderBy: ['branch_code', 'year', 'month', 'segment', 'program'],
  toCsv: (d) => ({
    branch: cellText(d.branch_code),
    period: d.precision === 'YEAR' && Number(d.month) === 12 ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`,
    segment: cellText(d.segment),
    active_participants: numberText(d.active_participants),
    program: cellText(d.program),
    new_participants: numberText(d.new_participants),
    lapsed_participants: numberText(d.lapsed_participants),
  }),
};
