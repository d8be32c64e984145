// How a batch of rows travels to SQLite in one statement. node-sqlite3 binds values on the
// main thread (a 32,000-variable VALUES statement cost more there than the insert itself), so a
// batch goes as one or two bound values and SQLite unpacks it in C:
//
// - Fixed-width BLOB (the usual case): every row is W bytes; integers are right-aligned decimal
//   digits, texts a length in digits then their UTF-8 bytes; a nullable column starts with a
//   flag byte ('N' = NULL). A recursive CTE counts the rows and `substr(blob, i*W + offset, w)`
//   cuts each value out: on a BLOB that is a byte offset, O(1), where picking values out of JSON
//   text walks it from the start (the figures: server/import/README.md, "Storage").
// - JSON text (fallback): a batch with a value the BLOB cannot carry exactly (a non-integer
//   number, or a column mixing numbers and texts) goes as one JSON array of row arrays,
//   unpacked by json_each.
//
// Either way, a column holding the same value in every row of the batch (the source, the import
// id, often the branch) is bound once as a parameter instead. Both keep the values' types: an
// integer arrives as INTEGER, a text as TEXT, a null as NULL; column affinity applies as for
// bound values.
//
// The batch arrives column by column (one array per database column, reused from batch to
// batch by the upserter), so that queuing a row allocates nothing and each column is scanned
// once for its layout. A text column whose values all fill its width (a date) carries no length
// digits: SQLite cuts it with one substr instead of two. The BLOB's bytes are written into one of
// two buffers used in turn: node-sqlite3 copies a bound BLOB when the statement is run, and a
// buffer is written again only after the batch that used it has executed.
import { conflictClause } from './conflict-clause.ts';
import type { DbValue, KindSpec } from './kind-parts.ts';

const SPACE = 0x20;
const NULL_FLAG = 0x4e; // 'N'

type Column =
  | { type: 'constant'; value: DbValue }
  | { type: 'integer'; width: number; nullable: boolean }
  /** `prefix`: digits of the length before the text; 0 when every text of the batch is `width` bytes. */
  | { type: 'text'; prefix: number; width: number; nullable: boolean };

export interface SqliteBatch {
  sql: string;
  bindings: (DbValue | Buffer)[];
}

const q = (id: string) => `"${id}"`;

/** Characters of a safe integer written in decimal (with its minus sign). */
function digits(n: number): number {
  let v = n < 0 ? -n : n;
  let d = n < 0 ? 2 : 1;
  while (v >= 10) {
    v = Math.floor(v / 10);
    d++;
  }
  return d;
}

/**
 * Encodes batches for one kind. Column widths only ever grow over an import, and a column that
 * has held a null once keeps its null flag, so that few statement texts (and prepared
 * statements) are made. Which columns are constant is decided per batch: binding a constant
 * once saves more than a stable statement text would.
 */
export class SqliteBatchEncoder {
  private readonly widths: number[];
  private readonly nullable: boolean[];
  private readonly conflict: string;
  /** The two buffers the BLOBs are written into, in turn (see above). */
  private readonly buffers: Buffer[] = [Buffer.alloc(0), Buffer.alloc(0)];
  private turn = 0;

  constructor(
    private readonly spec: KindSpec,
    kept?: ReadonlySet<string>,
    filled?: ReadonlySet<string>,
  ) {
    this.widths = spec.dbColumns.map(() => 1);
    this.nullable = spec.dbColumns.map(() => false);
    this.conflict = conflictClause(spec, kept, filled);
  }

  /**
   * One statement for the first `rows` values of each column (`values[c]` holds the values of
   * database column c, in `dbColumns` order). Its BLOB is this encoder's: run the statement
   * before the next encode() but one, which writes the same buffer again.
   */
  encode(values: readonly (readonly DbValue[])[], rows: number): SqliteBatch {
    const columns = this.layout(values, rows);
    return columns ? this.fixedWidth(values, rows, columns) : this.json(values, rows);
  }

  /** Each column's encoding for this batch, or undefined when the BLOB cannot carry the batch exactly. */
  private layout(values: readonly (readonly DbValue[])[], rows: number): Column[] | undefined {
    const columns: Column[] = [];
    for (let c = 0; c < this.spec.dbColumns.length; c++) {
      const column = values[c];
      if (isConstant(column, rows)) {
        columns.push({ type: 'constant', value: column[0] });
        continue;
      }
      let nullable = this.nullable[c];
      let numbers = 0;
      let texts = 0;
      let width = 0;
      let shortest = Infinity;
      for (let r = 0; r < rows; r++) {
        const v = column[r];
        if (v === null) nullable = true;
        else if (typeof v === 'number') {
          if (!Number.isSafeInteger(v)) return undefined;
          numbers++;
          const d = digits(v);
          if (d > width) width = d;
        } else {
          texts++;
          const bytes = v.length < 64 && isAscii(v) ? v.length : Buffer.byteLength(v, 'utf8');
          if (bytes > width) width = bytes;
          if (bytes < shortest) shortest = bytes;
        }
      }
      if (numbers > 0 && texts > 0) return undefined;
      this.nullable[c] = nullable;
      width = this.widths[c] = Math.max(this.widths[c], width);
      if (texts > 0) columns.push({ type: 'text', prefix: shortest === width ? 0 : digits(width), width, nullable });
      else columns.push({ type: 'integer', width, nullable });
    }
    return columns;
  }

  /** A buffer of `bytes` filled with spaces: the one not used by the batch before, grown when too small. */
  private buffer(bytes: number): Buffer {
    this.turn ^= 1;
    let buf = this.buffers[this.turn];
    if (buf.length < bytes) buf = this.buffers[this.turn] = Buffer.allocUnsafeSlow(Math.max(bytes, buf.length * 2));
    return buf.subarray(0, bytes).fill(SPACE);
  }

  private fixedWidth(values: readonly (readonly DbValue[])[], rows: number, columns: Column[]): SqliteBatch {
    // Byte offset of each column within a row.
    const offsets: number[] = [];
    let rowWidth = 0;
    for (const col of columns) {
      offsets.push(rowWidth);
      if (col.type === 'integer') rowWidth += (col.nullable ? 1 : 0) + col.width;
      else if (col.type === 'text') rowWidth += (col.nullable ? 1 : 0) + col.prefix + col.width;
    }
    const buf = this.buffer(rows * rowWidth);
    // Column by column: each column's values are one array, read in order.
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      if (col.type === 'constant') continue;
      const column = values[c];
      const flag = col.nullable ? 1 : 0;
      for (let r = 0, base = offsets[c]; r < rows; r++, base += rowWidth) {
        const v = column[r];
        if (col.nullable && v === null) {
          buf[base] = NULL_FLAG;
          continue;
        }
        const at = base + flag;
        if (col.type === 'integer') writeInteger(buf, at + col.width - 1, v as number);
        else {
          const text = v as string;
          const bytes = writeAscii(buf, at + col.prefix, text);
          // Not ASCII after all (writeAscii stops at the first character that is not): as UTF-8.
          const written = bytes < 0 ? buf.write(text, at + col.prefix, 'utf8') : bytes;
          if (col.prefix > 0) writeInteger(buf, at + col.prefix - 1, written);
        }
      }
    }

    const constants: DbValue[] = [];
    const picks = columns.map((col, c) => {
      if (col.type === 'constant') {
        constants.push(col.value);
        return `?${2 + constants.length}`;
      }
      const at = `i * ${rowWidth} + ${offsets[c] + 1 + (col.nullable ? 1 : 0)}`;
      const value =
        col.type === 'integer'
          ? `CAST(substr(?1, ${at}, ${col.width}) AS INTEGER)`
          : col.prefix === 0
            ? `CAST(substr(?1, ${at}, ${col.width}) AS TEXT)`
            : `CAST(substr(?1, ${at} + ${col.prefix}, CAST(substr(?1, ${at}, ${col.prefix}) AS INTEGER)) AS TEXT)`;
      return col.nullable ? `CASE WHEN substr(?1, i * ${rowWidth} + ${offsets[c] + 1}, 1) = x'4e' THEN NULL ELSE ${value} END` : value;
    });
    const sql =
      `WITH RECURSIVE batch(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM batch WHERE i + 1 < ?2) ` +
      `INSERT INTO ${q(this.spec.table)} (${this.spec.dbColumns.map(q).join(', ')}) SELECT ${picks.join(', ')} FROM batch WHERE true ${this.conflict}`;
    return { sql, bindings: [buf, rows, ...constants] };
  }

  private json(values: readonly (readonly DbValue[])[], rows: number): SqliteBatch {
    const varying: number[] = [];
    const constants: DbValue[] = [];
    const picks: string[] = [];
    for (let c = 0; c < this.spec.dbColumns.length; c++) {
      if (isConstant(values[c], rows)) {
        constants.push(values[c][0]);
        picks.push(`?${1 + constants.length}`);
      } else {
        picks.push(`value ->> ${varying.length}`);
        varying.push(c);
      }
    }
    const picked = Array.from({ length: rows }, (_, r) => varying.map((c) => values[c][r]));
    const sql = `INSERT INTO ${q(this.spec.table)} (${this.spec.dbColumns.map(q).join(', ')}) SELECT ${picks.join(', ')} FROM json_each(?1) WHERE true ${this.conflict}`;
    return { sql, bindings: [JSON.stringify(picked), ...constants] };
  }
}

/** True when a column holds one value in every row of a batch of two rows or more. */
function isConstant(column: readonly DbValue[], rows: number): boolean {
  if (rows < 2) return false;
  const v = column[0];
  for (let r = 1; r < rows; r++) if (column[r] !== v) return false;
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Writes ASCII text at `at`; returns its length in bytes, or -1 at a character that is not ASCII (the text is then to be written as UTF-8). */
function writeAscii(buf: Buffer, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return -1;
    buf[at + i] = c;
  }
  return text.length;
}

/** Writes a safe integer right-aligned so that its last digit lands on `end`. */
function writeInteger(buf: Buffer, end: number, value: number): void {
  let v = value < 0 ? -value : value;
  let at = end;
  // Below 2^31 in 32-bit integer arithmetic (most values); above it in doubles.
  while (v > 0x7fffffff) {
    const q = Math.floor(v / 10);
    buf[at--] = 48 + (v - q * 10);
    v = q;
  }
  let small = v | 0;
  do {
    const q = (small / 10) | 0;
    buf[at--] = 48 + (small - q * 10);
    small = q;
  } while (small > 0);
  if (value < 0) buf[at] = 45;
}
