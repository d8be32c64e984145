// How the COPY upserter moves its staging table into the kind's table: existing rows first, by
// an UPDATE … FROM where a compared value differs, then the new rows by a plain INSERT … SELECT
// of the keys not stored. Measured on 0.35 M membership rows (bench/import-goal.ts), one
// `INSERT … SELECT … ON CONFLICT DO UPDATE` costs PostgreSQL about twice the CPU of these two
// (every row goes through speculative insertion), while the result is the same: the same rows
// changed (the same rules as conflict-clause.ts: `kept` columns stay as stored, `filled` ones
// where the file's value is null) and counted. The ON CONFLICT statement is kept for the case
// where another writer stores one of the new keys in between (see PostgresCopyUpserter.finish).
import { conflictClause } from './conflict-clause.ts';
import type { KindSpec } from './kinds.ts';

const q = (id: string) => `"${id}"`;

export interface MergeSql {
  /** Rewrites the stored rows that the staging table has with a differing compared value. */
  update: string;
  /** Inserts the staging rows whose key is not stored. */
  insert: string;
  /** Everything at once, as the INSERT upserter does it (the fallback). */
  upsert: string;
}

export function mergeSql(spec: KindSpec, staging: string, kept: ReadonlySet<string> = new Set(), filled: ReadonlySet<string> = new Set()): MergeSql {
  const table = q(spec.table);
  const cols = spec.dbColumns.map(q).join(', ');
  const incoming = (c: string) => (filled.has(c) ? `COALESCE(s.${q(c)}, t.${q(c)})` : `s.${q(c)}`);
  const sameKey = spec.conflict.map((c) => `t.${q(c)} = s.${q(c)}`).join(' AND ');
  const set = spec.dbColumns
    .filter((c) => !spec.conflict.includes(c) && !kept.has(c))
    .map((c) => `${q(c)} = ${incoming(c)}`)
    .join(', ');
  const changed = spec.compared
    .filter((c) => !kept.has(c))
    .map((c) => `t.${q(c)} IS DISTINCT FROM ${incoming(c)}`)
    .join(' OR ');
  return {
    update: `UPDATE ${table} AS t SET ${set} FROM ${q(staging)} AS s WHERE ${sameKey} AND (${changed})`,
    insert: `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM ${q(staging)} AS s WHERE NOT EXISTS (SELECT 1 FROM ${table} AS t WHERE ${sameKey})`,
    upsert: `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM ${q(staging)} ${conflictClause(spec, kept, filled)}`,
  };
}
