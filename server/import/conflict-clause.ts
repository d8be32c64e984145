// The ON CONFLICT clause of an import's upsert, the same SQL for SQLite and PostgreSQL: an
// existing row is rewritten only where a compared value differs, so a re-import changes nothing.
import type { KindSpec } from './kind-parts.ts';

const q = (id: string) => `"${id}"`;

/**
 * The upsert's conflict clause. `kept`: columns that an existing row keeps as stored (those fed
 * by optional columns the file does not have: a file without `leads` leaves leads alone).
 * `filled`: columns that an existing row keeps as stored where the file's value is null (a
 * derived column fed by only some of its columns: see KindSpec.derivedFeeds).
 */
export function conflictClause(spec: KindSpec, kept: ReadonlySet<string> = new Set(), filled: ReadonlySet<string> = new Set()): string {
  const incoming = (c: string) => (filled.has(c) ? `COALESCE(excluded.${q(c)}, ${q(spec.table)}.${q(c)})` : `excluded.${q(c)}`);
  const updated = spec.dbColumns.filter((c) => !spec.conflict.includes(c) && !kept.has(c));
  const set = updated.map((c) => `${q(c)} = ${incoming(c)}`).join(', ');
  const changed = spec.compared
    .filter((c) => !kept.has(c))
    .map((c) => `${q(spec.table)}.${q(c)} IS DISTINCT FROM ${incoming(c)}`)
    .join(' OR ');
  return `ON CONFLICT (${spec.conflict.map(q).join(', ')}) DO UPDATE SET ${set} WHERE ${changed}`;
}
