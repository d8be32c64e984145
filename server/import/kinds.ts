// The four import kinds (server/import/README.md): their columns, Indonesian
// header aliases, zod row schemas, natural keys, and how a row maps to and from its table.
// The export (server/export) reads the same definitions, so export → import round-trips.
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  CHANNELS,
  CHANNELS_BY_ACTIVITY,
  NONE,
  PROGRAMS,
  SEGMENTS,
  TARGET_METRICS,
  mediumOf,
  type ActivityType,
} from '../domain/catalog.ts';
import { MIN_YEAR, amount, branchCode, count, date, enumKey, numberToText, oneOf, period, text, year } from './fields.ts';
import type { ProblemCode, ProblemParams } from './messages.ts';

export const IMPORT_KINDS = ['branches', 'membership', 'campaigns', 'targets'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** A problem found by a row check: the offending column, its problem and the texts' parameters. */
export interface RowProblem {
  column: string;
  code: ProblemCode;
  params: ProblemParams;
}

export interface RowCheck {
  /** The columns the check reads (parsed values, as the row schema gives them). */
  columns: readonly string[];
  check(values: Record<string, any>): RowProblem | undefined;
}

/** A value as the database takes it. */
export type DbValue = string | number | null;

export interface KindSpec<Row = any> {
  kind: ImportKind;
  /** Canonical columns in export order: the contract's required ones, then the optional ones. */
  columns: readonly string[];
  required: readonly string[];
  /** Header aliases (normalised: lower case, '_' for spaces) → canonical column. */
  aliases: Record<string, string>;
  schema: z.ZodType<Row, Record<string, string>>;
  /**
   * Checks across cells of a row. Each names the columns it reads and runs whenever those cells
   * parsed, also on a row rejected for another cell, so that every problem of a row is listed
   * at once.
   */
  rowChecks?: readonly RowCheck[];
  /**
   * The natural key, compact, for duplicate detection within a file: a number where the key's
   * parts allow it (membership, targets: a million keys fit in a few tens of MB), else a string.
   * `intern` numbers free-text parts (branch codes, staff codes) 0, 1, 2… in order of appearance.
   */
  key(row: Row, intern: (text: string) => number): string | number;
  /** The natural key for people: `branch=MADIUN, period=2020, …`. */
  keyText(row: Row): string;
  /** Branch code the row refers to (checked against the known branches), if any. */
  branchOf?(row: Row): string;
  table: string;
  dbColumns: readonly string[];
  conflict: readonly string[];
  /** Columns compared to decide whether an existing row changes (re-import changes nothing). */
  compared: readonly string[];
  /**
   * Optional file columns → the database columns they feed. When a file lacks the column, rows
   * it updates keep those values as stored (a corrected file without `leads` must not erase them).
   */
  optionalFeeds: Readonly<Record<string, readonly string[]>>;
  /**
   * Database columns derived from several optional file columns → those columns. A file with
   * none of them leaves the derived column as stored (a corrected membership file without flow
   * columns keeps the stored flows and their source); a file with only some of them sets it
   * where the row gives a value and keeps the stored one where it does not (the stored flow it
   * describes stays too).
   */
  derivedFeeds?: Readonly<Record<string, readonly string[]>>;
  toDb(row: Row, importId: number): DbValue[];
  /** ORDER BY of the export: the natural key. */
  orderBy: readonly string[];
  /** A stored row (snake_case columns) → CSV cells in `columns` order. */
  toCsv(dbRow: Record<string, unknown>): string[];
}

const SEGMENT_ALIASES = {
  PENERIMA_UPAH: 'PU',
  BUKAN_PENERIMA_UPAH: 'BPU',
  JASA_KONSTRUKSI: 'JAKON',
  JAKON_KONSTRUKSI: 'JAKON',
  PEKERJA_MIGRAN_INDONESIA: 'PMI',
  PEKERJA_MIGRAN: 'PMI',
} as const;

const ACTIVITY_ALIASES = {
  SOSIALISASI: 'SOCIALISATION',
  SOCIALIZATION: 'SOCIALISATION',
  PROMOSI: 'PROMOTION',
} as const;

const CHANNEL_ALIASES: Record<string, string> = {
  TATAP_MUKA: 'FACE_TO_FACE',
  FACE2FACE: 'FACE_TO_FACE',
  GMEET: 'GOOGLE_MEET',
  GOOGLEMEET: 'GOOGLE_MEET',
  PANGGILAN_VIDEO: 'VIDEO_CALL',
  VIDEOCALL: 'VIDEO_CALL',
  BROSUR: 'BROCHURE',
  MAJALAH: 'MAGAZINE',
  KORAN: 'NEWSPAPER',
  SURAT_KABAR: 'NEWSPAPER',
  SITUS_WEB: 'WEBSITE',
  WEB: 'WEBSITE',
  X: 'TWITTER',
  TELEVISI: 'TELEVISION',
  TV: 'TELEVISION',
};

const METRIC_ALIASES = {
  PESERTA_AKTIF: 'ACTIVE_PARTICIPANTS',
  ACTIVE: 'ACTIVE_PARTICIPANTS',
  PESERTA_BARU: 'NEW_PARTICIPANTS',
  NEW: 'NEW_PARTICIPANTS',
} as const;

const segmentField = (optional: boolean) => oneOf(SEGMENTS, { optional, aliases: SEGMENT_ALIASES });
const activityField = () => oneOf(ACTIVITY_TYPES, { aliases: ACTIVITY_ALIASES });
const channelField = () => oneOf(CHANNELS as readonly string[], { aliases: CHANNEL_ALIASES });

const COMMON_BRANCH_ALIASES = { cabang: 'branch', kantor_cabang: 'branch', kode_cabang: 'branch', branch_code: 'branch' };
const STAFF_ALIASES = { petugas: 'staff', staf: 'staff', pegawai: 'staff', staff_code: 'staff', kode_petugas: 'staff' };
const SEGMENT_HEADER_ALIASES = { segmen: 'segment' };

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const n = (v: unknown) => (v === null || v === undefined || v === '' ? '' : numberToText(Number(v)));

// ---------------------------------------------------------------------------------------------
const branchRow = z.object({
  code: branchCode(),
  name: text(200),
  region: text(200, { optional: true }),
});
type BranchRow = z.output<typeof branchRow>;

const branches: KindSpec<BranchRow> = {
  kind: 'branches',
  columns: ['code', 'name', 'region'],
  required: ['code', 'name'],
  aliases: {
    kode: 'code', kode_cabang: 'code', branch: 'code', cabang: 'code', branch_code: 'code',
    nama: 'name', nama_cabang: 'name', branch_name: 'name',
    wilayah: 'region', provinsi: 'region', kanwil: 'region', province: 'region',
  },
  schema: branchRow,
  key: (r) => r.code,
  keyText: (r) => `code=${r.code}`,
  table: 'branch',
  dbColumns: ['code', 'name', 'region', 'source', 'import_id'],
  conflict: ['code'],
  compared: ['name', 'region', 'source'],
  optionalFeeds: { region: ['region'] },
  toDb: (r, importId) => [r.code, r.name, r.region === '' ? null : r.region, 'IMPORTED', importId],
  orderBy: ['code'],
  toCsv: (d) => [s(d.code), s(d.name), s(d.region)],
};

// ---------------------------------------------------------------------------------------------
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

const periodIndex = (y: number, m: number) => y * 12 + m - 1;

const membership: KindSpec<MembershipRow> = {
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
  toDb: (r, importId) => [
    r.branch, r.period.year, r.period.month, periodIndex(r.period.year, r.period.month), r.period.precision,
    r.segment, r.program || NONE, r.active_participants, r.new_participants, r.lapsed_participants, 'IMPORTED',
    // The flows' own source: a row that carries flows brought them itself; a row without any has none.
    r.new_participants !== null || r.lapsed_participants !== null ? 'IMPORTED' : null,
    importId,
  ],
  orderBy: ['branch_code', 'year', 'month', 'segment', 'program'],
  toCsv: (d) => [
    s(d.branch_code),
    d.precision === 'YEAR' && Number(d.month) === 12 ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`,
    s(d.segment),
    n(d.active_participants),
    s(d.program),
    n(d.new_participants),
    n(d.lapsed_participants),
  ],
};

// ---------------------------------------------------------------------------------------------
const campaignRow = z
  .object({
    branch: branchCode(),
    date: date(),
    activity: activityField(),
    channel: channelField(),
    reach: count(),
    registrations: count(),
    name: text(300, { optional: true }),
    cost_idr: amount(),
    leads: count({ optional: true }),
    segment: segmentField(true),
    staff: text(64, { optional: true }),
  });
type CampaignRow = z.output<typeof campaignRow>;

/** The activity/channel pair must be one of the catalog's. */
const campaignPair: RowCheck = {
  columns: ['activity', 'channel'],
  check: ({ activity, channel }) =>
    mediumOf(activity as ActivityType, channel)
      ? undefined
      : {
          column: 'channel',
          code: 'bad_pair',
          params: { activity, channel, allowed: Object.keys(CHANNELS_BY_ACTIVITY[activity as ActivityType]).join(', ') },
        },
};

/**
 * Nobody registers, or shows interest, without being reached: registrations and leads are
 * counted among the reach (attendees of a session, impressions of a placement). A count above
 * the reach is a typing error or a column mix-up (reach and registrations swapped), so the row
 * is refused rather than stored with a conversion above 100 %.
 */
const notAboveReach = (column: 'registrations' | 'leads', code: 'registrations_over_reach' | 'leads_over_reach'): RowCheck => ({
  columns: ['reach', column],
  check: (values) => {
    const count = values[column] as number | null;
    const reach = values.reach as number;
    return count !== null && count > reach ? { column, code, params: { [column]: count, reach } } : undefined;
  },
});

const campaigns: KindSpec<CampaignRow> = {
  kind: 'campaigns',
  columns: ['branch', 'date', 'activity', 'channel', 'reach', 'registrations', 'name', 'cost_idr', 'leads', 'segment', 'staff'],
  required: ['branch', 'date', 'activity', 'channel', 'reach', 'registrations'],
  aliases: {
    ...COMMON_BRANCH_ALIASES,
    ...SEGMENT_HEADER_ALIASES,
    ...STAFF_ALIASES,
    tanggal: 'date', tgl: 'date',
    kegiatan: 'activity', aktivitas: 'activity', jenis_kegiatan: 'activity', activity_type: 'activity',
    kanal: 'channel', saluran: 'channel',
    jangkauan: 'reach', jumlah_jangkauan: 'reach',
    pendaftaran: 'registrations', registrasi: 'registrations', pendaftar: 'registrations', peserta_terdaftar: 'registrations',
    nama: 'name', nama_kegiatan: 'name', campaign: 'name', campaign_name: 'name',
    biaya: 'cost_idr', biaya_idr: 'cost_idr', cost: 'cost_idr', biaya_rp: 'cost_idr',
    prospek: 'leads', calon_peserta: 'leads',
  },
  schema: campaignRow,
  rowChecks: [campaignPair, notAboveReach('registrations', 'registrations_over_reach'), notAboveReach('leads', 'leads_over_reach')],
  key: (r) => `${r.branch}\t${r.date.date}\t${r.activity}\t${r.channel}\t${r.name}\t${r.staff}`,
  keyText: (r) =>
    `branch=${r.branch}, date=${r.date.date}, activity=${r.activity}, channel=${r.channel}, name=${r.name || '—'}, staff=${r.staff || '—'}`,
  branchOf: (r) => r.branch,
  table: 'campaign_activity',
  dbColumns: [
    'branch_code', 'date', 'year', 'month', 'period_index', 'activity', 'channel', 'medium', 'name', 'reach', 'leads',
    'registrations', 'cost_idr', 'segment', 'staff_code', 'source', 'import_id',
  ],
  conflict: ['branch_code', 'date', 'activity', 'channel', 'name', 'staff_code'],
  compared: ['reach', 'leads', 'registrations', 'cost_idr', 'segment', 'medium', 'source'],
  // name and staff are parts of the key: a file without them means '' and stays so.
  optionalFeeds: { cost_idr: ['cost_idr'], leads: ['leads'], segment: ['segment'] },
  toDb: (r, importId) => [
    r.branch, r.date.date, r.date.year, r.date.month, periodIndex(r.date.year, r.date.month), r.activity, r.channel,
    mediumOf(r.activity as ActivityType, r.channel) ?? '', r.name, r.reach, r.leads, r.registrations, r.cost_idr,
    r.segment, r.staff, 'IMPORTED', importId,
  ],
  orderBy: ['branch_code', 'date', 'activity', 'channel', 'name', 'staff_code'],
  toCsv: (d) => [
    s(d.branch_code), s(d.date), s(d.activity), s(d.channel), n(d.reach), n(d.registrations), s(d.name),
    n(d.cost_idr), n(d.leads), s(d.segment), s(d.staff_code),
  ],
};

// ---------------------------------------------------------------------------------------------
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

const targets: KindSpec<TargetRow> = {
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
  toDb: (r, importId) => [r.branch, r.year, r.program, r.segment, r.metric, r.staff, r.target, 'IMPORTED', importId],
  orderBy: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code'],
  toCsv: (d) => [s(d.branch_code), String(d.year), s(d.program), s(d.segment), n(d.target), s(d.metric), s(d.staff_code)],
};

export const KINDS: Record<ImportKind, KindSpec> = { branches, membership, campaigns, targets };

/** Normalises a header cell: BOM and surrounding space removed, lower case, spaces/hyphens → '_'. */
export function normaliseHeader(cell: string): string {
  return cell.replace(/^\ufeff/, '').trim().toLowerCase().replace(/[\s\-/.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The canonical column a header cell names for a kind, or undefined. */
export function canonicalColumn(spec: KindSpec, cell: string): string | undefined {
  const h = normaliseHeader(cell);
  if (spec.columns.includes(h)) return h;
  return spec.aliases[h] ?? spec.aliases[enumKey(h).toLowerCase()];
}
