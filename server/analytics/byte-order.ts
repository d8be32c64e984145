// One order for text everywhere: code-point order (the byte order of UTF-8), whatever the
// database's collation. A PostgreSQL database created with ICU sorts FACE_TO_FACE before
// FACEBOOK (punctuation first, letters compared before case), SQLite and the "C" collation
// after ('_' is U+005F, 'B' U+0042); answers must not depend on which database serves them.
//
// Two halves of the same rule:
// - SQL that orders or compares text on the database (keyset pages, exports, lists) names the
//   column through `inByteOrder`, which applies the dialect's byte-order collation
//   (SqlDialect.byteOrder);
// - the few grouped rows of a cube query are ordered by the runner in JavaScript with
//   `compareValues`, so the compiler needs no column types and NULLs go the same place on both
//   databases (SQLite sorts them first, PostgreSQL last).
import type { Knex } from 'knex';
import type { Database } from '../db/orm.ts';
import { dialectOf } from './dialects/of.ts';

/**
 * Compares two strings by Unicode code point, as memcmp compares their UTF-8 bytes. (`<` on
 * JavaScript strings compares UTF-16 code units, which puts U+E000–U+FFFF after the astral
 * planes; the shift below moves surrogates above them again.)
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

export type SqlValue = string | number | bigint | boolean | null | undefined;

/**
 * Orders values of one result column: NULL first, then numbers by value, then text by code
 * point (SQLite's order of types, and a total order for any mix).
 */
export function compareValues(a: SqlValue, b: SqlValue): number {
  // Written without allocations: it runs for every comparison of a sort.
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 2) return compareCodePoints(a as string, b as string);
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function rankOf(v: SqlValue): number {
  return v === null || v === undefined ? 0 : typeof v === 'string' ? 2 : 1;
}

/** Text columns per table, from the ORM's metadata (only text takes a collation). */
const textColumnsByTable = new WeakMap<Database['orm'], Map<string, Set<string>>>();

function textColumns(db: Database, table: string): Set<string> {
  let byTable = textColumnsByTable.get(db.orm);
  if (!byTable) {
    byTable = new Map();
    for (const meta of Object.values(db.orm.getMetadata().getAll())) {
      const columns = Object.values(meta.properties)
        .filter((p) => p.runtimeType === 'string')
        .flatMap((p) => p.fieldNames ?? []);
      byTable.set(meta.tableName, new Set(columns));
    }
    textColumnsByTable.set(db.orm, byTable);
  }
  return byTable.get(table) ?? new Set();
}

/**
 * A column of `table` for ORDER BY or a comparison in a knex query: text columns in byte
 * order, other columns as they are. Use it for every text column a query orders by or
 * compares with < or > (equality needs nothing: both databases' collations are deterministic,
 * equal only when the bytes are).
 */
export function inByteOrder(db: Database, table: string, column: string): Knex.Raw {
  const sql = textColumns(db, table).has(column) ? dialectOf(db).byteOrder('??') : '??';
  return db.read.raw(sql, [column]);
}
