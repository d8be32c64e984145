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
import { conflictClause } from './conflict-clause.ts';
import type { DbValue, KindSpec } from './kind-parts.ts';

const SPACE = 0x20;
const NULL_FLAG = 0x4e; // 'N'

type Column =
  | { type: 'constant'; value: DbValue }
  | { type: 'integer'; width: number; nullable: boolean }
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

  constructor(
    private readonly spec: KindSpec,
    kept?: ReadonlySet<string>,
    filled?: ReadonlySet<string>,
  ) {
    this.widths = spec.dbColumns.map(() => 1);
    this.nullable = spec.dbColumns.map(() => false);
    this.conflict = conflictClause(spec, kept, filled);
  }

  encode(rows: readonly DbValue[][]): SqliteBatch {
    const columns = this.layout(rows);
    return columns ? this.fixedWidth(rows, columns) : this.json(rows);
  }

  /** Each column's encoding for this batch, or undefined when the BLOB cannot carry the batch exactly. */
  private layout(rows: readonly DbValue[][]): Column[] | undefined {
    const columns: Column[] = [];
    for (let c = 0; c < this.spec.dbColumns.length; c++) {
      if (isConstant(rows, c)) {
        columns.push({ type: 'constant', value: rows[0][c] });
        continue;
      }
      let nullable = this.nullable[c];
      let numbers = 0;
      let texts = 0;
      let width = 0;
      for (let r = 0; r < rows.length; r++) {
        const v = rows[r][c];
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
        }
      }
      if (numbers > 0 && texts > 0) return undefined;
      this.nullable[c] = nullable;
      width = this.widths[c] = Math.max(this.widths[c], width);
      if (texts > 0) columns.push({ type: 'text', prefix: digits(width), width, nullable });
      else columns.push({ type: 'integer', width, nullable });
    }
    return columns;
  }

  private fixedWidth(rows: readonly DbValue[][], columns: Column[]): SqliteBatch {
    // Byte offset of each column within a row.
    const offsets: number[] = [];
    let rowWidth = 0;
    for (const col of columns) {
      offsets.push(rowWidth);
      if (col.type === 'integer') rowWidth += (col.nullable ? 1 : 0) + col.width;
      else if (col.type === 'text') rowWidth += (col.nullable ? 1 : 0) + col.prefix + col.width;
    }
    const buf = Buffer.allocUnsafe(rows.length * rowWidth).fill(SPACE);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const base = r * rowWidth;
      for (let c = 0; c < columns.length; c++) {
        const col = columns[c];
        if (col.type === 'constant') continue;
        let at = base + offsets[c];
        const v = row[c];
        if (col.nullable) {
          if (v === null) {
            buf[at] = NULL_FLAG;
            continue;
          }
          at++;
        }
        if (col.type === 'integer') writeInteger(buf, at + col.width - 1, v as number);
        else {
          const text = v as string;
          const bytes = isAscii(text) ? writeAscii(buf, at + col.prefix, text) : buf.write(text, at + col.prefix, 'utf8');
          writeInteger(buf, at + col.prefix - 1, bytes);
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
          : `CAST(substr(?1, ${at} + ${col.prefix}, CAST(substr(?1, ${at}, ${col.prefix}) AS INTEGER)) AS TEXT)`;
      return col.nullable ? `CASE WHEN substr(?1, i * ${rowWidth} + ${offsets[c] + 1}, 1) = x'4e' THEN NULL ELSE ${value} END` : value;
    });
    const sql =
      `WITH RECURSIVE batch(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM batch WHERE i + 1 < ?2) ` +
      `INSERT INTO ${q(this.spec.table)} (${this.spec.dbColumns.map(q).join(', ')}) SELECT ${picks.join(', ')} FROM batch WHERE true ${this.conflict}`;
    return { sql, bindings: [buf, rows.length, ...constants] };
  }

  private json(rows: readonly DbValue[][]): SqliteBatch {
    const varying: number[] = [];
    const constants: DbValue[] = [];
    const picks: string[] = [];
    for (let c = 0; c < this.spec.dbColumns.length; c++) {
      if (isConstant(rows, c)) {
        constants.push(rows[0][c]);
        picks.push(`?${1 + constants.length}`);
      } else {
        picks.push(`value ->> ${varying.length}`);
        varying.push(c);
      }
    }
    const picked = rows.map((row) => varying.map((c) => row[c]));
    const sql = `INSERT INTO ${q(this.spec.table)} (${this.spec.dbColumns.map(q).join(', ')}) SELECT ${picks.join(', ')} FROM json_each(?1) WHERE true ${this.conflict}`;
    return { sql, bindings: [JSON.stringify(picked), ...constants] };
  }
}

/** True when column `c` holds one value in every row of a batch of two rows or more. */
function isConstant(rows: readonly DbValue[][], c: number): boolean {
  if (rows.length < 2) return false;
  const v = rows[0][c];
  for (let r = 1; r < rows.length; r++) if (rows[r][c] !== v) return false;
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Writes ASCII text at `at`; returns its length in bytes. */
function writeAscii(buf: Buffer, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buf[at + i] = text.charCodeAt(i);
  return text.length;
}

/** Writes a safe integer right-aligned so that its last digit lands on `end`. */
function writeInteger(buf: Buffer, end: number, value: number): void {
  let v = value < 0 ? -value : value;
  let at = end;
  do {
    buf[at--] = 48 + (v % 10);
    v = Math.floor(v / 10);
  } while (v > 0);
  if (value < 0) buf[at] = 45;
}
