// What every import kind is made of (server/domains/<domain>/import-kind.ts writes one each;
// kinds.ts collects them): the shape of a kind's definition, the header and value aliases that
// several kinds share, and the small helpers their mappings use. Kept apart from kinds.ts so
// that the domains' files can import it while kinds.ts imports them.
import type { Knex } from 'knex';
import type { z } from 'zod';
import { ACTIVITY_TYPES, CHANNELS, SEGMENTS } from '../../common/vocabulary/catalog.ts';
import { ImportKind } from '../../common/vocabulary/schema-enums.ts';
import { numberToText } from '../../common/numbers/locale-number.ts';
import { oneOf } from './fields.ts';
import type { ProblemCode, ProblemParams } from './messages.ts';

export const IMPORT_KINDS = Object.values(ImportKind);
export type { ImportKind };

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

/** A kind as its domain defines it: every mapping keyed by column name. */
export interface KindDefinition<Row = any> {
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
  /** Regional office code the row refers to (checked against the known regions); null for none. */
  regionOf?(row: Row): string | null;
  /**
   * Work after the rows are stored, inside the same transaction (so all or nothing with them):
   * e.g. the campaign rollup's groups of the rows this import wrote (they carry `importId`).
   */
  afterStore?(trx: Knex.Transaction, importId: number): Promise<void>;
  /**
   * Checks across rows that only the stored table can answer (e.g. staff targets against their
   * branch's, which may come from an earlier file), run inside the transaction once the rows
   * are stored and before afterStore: any problem returned rejects the whole import.
   */
  verify?(trx: Knex.Transaction, importId: number): Promise<{ code: ProblemCode; params: ProblemParams }[]>;
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
  /** A valid row → its table's values, keyed by database column (every one of `dbColumns`). */
  toDb(row: Row, importId: number): Record<string, DbValue>;
  /** ORDER BY of the export: the natural key. */
  orderBy: readonly string[];
  /** A stored row (snake_case columns) → CSV cells keyed by canonical column (every one of `columns`). */
  toCsv(dbRow: Record<string, unknown>): Record<string, string>;
}

/**
 * A kind as the importer and the export use it: its definition, with the CSV cells put in
 * `columns` order once (kinds.ts builds these; the upserters order `toDb`'s record by
 * `dbColumns` as they copy it into a batch).
 */
export interface KindSpec<Row = any> extends Omit<KindDefinition<Row>, 'toCsv'> {
  /** A stored row → CSV cells in `columns` order. */
  toCsv(dbRow: Record<string, unknown>): string[];
}

export const SEGMENT_ALIASES = {
  PENERIMA_UPAH: 'PU',
  BUKAN_PENERIMA_UPAH: 'BPU',
  JASA_KONSTRUKSI: 'JAKON',
  JAKON_KONSTRUKSI: 'JAKON',
  PEKERJA_MIGRAN_INDONESIA: 'PMI',
  PEKERJA_MIGRAN: 'PMI',
} as const;

export const ACTIVITY_ALIASES = {
  SOSIALISASI: 'SOCIALISATION',
  SOCIALIZATION: 'SOCIALISATION',
  PROMOSI: 'PROMOTION',
} as const;

export const CHANNEL_ALIASES: Record<string, string> = {
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

export const segmentField = (optional: boolean) => oneOf(SEGMENTS, { optional, aliases: SEGMENT_ALIASES });
export const activityField = () => oneOf(ACTIVITY_TYPES, { aliases: ACTIVITY_ALIASES });
export const channelField = () => oneOf(CHANNELS as readonly string[], { aliases: CHANNEL_ALIASES });

export const COMMON_BRANCH_ALIASES = { cabang: 'branch', kantor_cabang: 'branch', kode_cabang: 'branch', branch_code: 'branch' };
export const STAFF_ALIASES = { petugas: 'staff', staf: 'staff', pegawai: 'staff', staff_code: 'staff', kode_petugas: 'staff' };
export const SEGMENT_HEADER_ALIASES = { segmen: 'segment' };

/** A stored value as CSV text ('' for null). */
export const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
/** A stored number as CSV text, as the importer reads it back ('' for null). */
export const numberText = (v: unknown) => (v === null || v === undefined || v === '' ? '' : numberToText(Number(v)));
/** Months since year 0: the tables' `period_index`. */
export const periodIndex = (y: number, m: number) => y * 12 + m - 1;
