// Rebuilding some groups of a rollup table, the one pattern every rollup refreshes by: delete
// the groups in scope, then insert them again from the rows they are made of, inside the
// writer's transaction (so a reader sees the old groups or the new, and a failed import none of
// its own).
//
// The groups an import touched are named by a temporary table of their distinct keys, joined
// back: a condition `(key) IN (SELECT key FROM facts WHERE import_id = ?)` made the database
// read the import's rows once per statement and probe a large semi-join for every group, several
// times slower than rebuilding the whole table; a table of the few thousand keys, read once, is
// what both databases join quickly (SQLite seeks the source's key index key after key).
import type { Knex } from 'knex';
import { dialectOfKnex } from './dialects/of.ts';

type Bindings = readonly Knex.Value[];

/** A SELECT of key columns: the keys of the groups to rebuild (duplicates allowed). */
export interface Keys {
  keys: string;
  bindings?: Bindings;
}

/** How a rollup table is filled from the rows it sums. */
export interface RollupFill {
  /** The rollup table. */
  table: string;
  /** Its key columns, named alike in the rows it is made from and in a key table. */
  key: readonly string[];
  /** The columns after the key, in the order `select` gives them. */
  columns: readonly string[];
  /**
   * The SELECT of the groups, key columns first: `rows` is the text after its FROM up to its
   * GROUP BY (the source table, joined to a key table or followed by a WHERE), e.g.
   * `SELECT ${key}, SUM(x) FROM ${rows} GROUP BY ${key}`. Unqualified column names stay
   * unambiguous: a key table is joined USING its columns.
   */
  select(rows: string): string;
  /** The table `select` reads its rows from. */
  source: string;
}

/**
 * Which groups to rebuild:
 * - `'all'`: every group (the table emptied and filled again);
 * - `where`: those where a condition on the key columns holds, in the rollup and in its source
 *   alike (e.g. `branch_code = ?`);
 * - `keys`: those whose key a SELECT of the key columns (in `key`'s order) gives, such as the
 *   keys of an import's rows (importKeys); its distinct rows go into a temporary table first;
 * - `keyTable`: those whose key is a row of a table of distinct keys the caller made (withKeyTable),
 *   for several refreshes of one set of keys.
 */
export type RefreshScope =
  | 'all'
  | { where: string; bindings?: Bindings }
  | Keys
  | { keyTable: string };

/**
 * Whether an import's rows (in `facts`, carrying its id) outnumber the rows stored before it,
 * which `storedBefore` counts as `n` from a rollup not yet refreshed (its few groups, not the
 * facts): then rebuilding every group reads at most twice the import's rows in table order,
 * which costs less than finding the groups of its rows key by key. So it is for the first
 * import into a new database, or one that brings most of the history.
 */
export async function importHoldsMost(trx: Knex | Knex.Transaction, facts: string, importId: number, storedBefore: string): Promise<boolean> {
  const count = async (sql: string, bindings: Knex.Value[] = []) => {
    const result = (await trx.raw(sql, bindings)) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    return Number((Array.isArray(result) ? result : result.rows)[0]?.n ?? 0);
  };
  return (await count(`SELECT COUNT(*) AS n FROM ${facts} WHERE import_id = ?`, [importId])) > (await count(storedBefore));
}

/** The scope of the groups that rows of one import belong to (its new and changed rows carry its id). */
export function importKeys(facts: string, key: readonly string[], importId: number): Keys {
  return { keys: `SELECT ${key.join(', ')} FROM ${facts} WHERE import_id = ?`, bindings: [importId] };
}

/** Deletes and inserts again the groups of `scope`. Run inside the writer's transaction. */
export async function refreshRollup(trx: Knex | Knex.Transaction, fill: RollupFill, scope: RefreshScope): Promise<void> {
  if (scope !== 'all' && 'keys' in scope) {
    await withKeyTable(trx, `${fill.table}_refresh_keys`, scope, (keyTable) => refreshRollup(trx, fill, { keyTable }));
    return;
  }
  const key = fill.key.join(', ');
  const [deleted, rows, bindings]: [string, string, Bindings] =
    scope === 'all' ? ['', fill.source, []]
    : 'where' in scope ? [` WHERE ${scope.where}`, `${fill.source} WHERE ${scope.where}`, scope.bindings ?? []]
    : [` WHERE (${key}) IN (SELECT ${key} FROM ${scope.keyTable})`, `${scope.keyTable} JOIN ${fill.source} USING (${key})`, []];
  // The keys in key order, read first: SQLite then seeks the source's rows group after group
  // and groups them as they come, where it otherwise scanned the whole source (or sorted the
  // rows it found) to group them.
  if (scope !== 'all' && 'keyTable' in scope) await trx.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${scope.keyTable}_key ON ${scope.keyTable} (${key})`);
  await trx.raw(`DELETE FROM ${fill.table}${deleted}`, bindings);
  await trx.raw(`INSERT INTO ${fill.table} (${key}, ${fill.columns.join(', ')}) ${fill.select(rows)}`, bindings);
}

/**
 * Runs `body` with a temporary table `name` of the distinct keys (the SELECT's columns name the
 * table's), dropped after it. Inside the caller's transaction: on PostgreSQL it is also
 * dropped at commit, and a failure rolls its creation back on both databases (no DROP is tried
 * then, as PostgreSQL refuses every statement of a failed transaction).
 */
export async function withKeyTable<T>(trx: Knex | Knex.Transaction, name: string, keys: Keys, body: (table: string) => Promise<T>): Promise<T> {
  const postgres = dialectOfKnex(trx).name === 'postgresql';
  await trx.raw(`CREATE TEMPORARY TABLE ${name}${postgres ? ' ON COMMIT DROP' : ''} AS SELECT DISTINCT * FROM (${keys.keys}) k`, keys.bindings ?? []);
  // PostgreSQL never analyses a temporary table by itself: without its row count the planner
  // guesses thousands of keys and may join them the slow way.
  if (postgres) await trx.raw(`ANALYZE ${name}`);
  const result = await body(name);
  await trx.raw(`DROP TABLE ${name}`);
  return result;
}
