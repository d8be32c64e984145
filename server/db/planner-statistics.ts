// SQLite's query planner statistics (sqlite_stat1). Without them SQLite plans from the indexes'
// shapes alone: a question over a time range of every branch (a week of the nation's
// activities grouped by office) then walks the whole branch-led index of the activities, where
// knowing that each branch holds thousands of rows it skips from one branch's range to the next
// (a skip-scan). PostgreSQL keeps its own statistics
// (autovacuum; the seed and the imports ANALYZE where they need them at once).
//
// analysis_limit has ANALYZE read a sample of each index rather than all of it: the planner
// needs the proportions, not the counts, and a sample keeps ANALYZE cheap on millions of rows.
//
// Statistics that no longer fit the tables are worse than none: figures of a one-row table
// planned an import's rollup refresh over 20,000 new rows as nested scans. So they are gathered where the tables have just grown, inside the writing
// transaction and before anything reads what was written: an import's (store.ts, before its
// rollup refresh), a seed's (before its refreshes); and once, on opening, for a database with
// data and none (one made before they were kept).
//
// MikroORM's schema comparison lists sqlite_stat1 among the tables and fails on its untyped
// columns: schemas are compared on databases without data (create-migration.ts, the startup
// test), which have none.
import { databaseCondition } from './errors.ts';
import type { Database } from './orm.ts';
import { logger } from '../logger.ts';

/** Rows ANALYZE reads of each index (SQLite's own suggestion is a few hundred to a thousand). */
const ANALYSIS_LIMIT = 1000;

/**
 * Gathers the statistics anew (SQLite; nothing to do on PostgreSQL), on `db.knex`: a writing
 * transaction's, to plan what it goes on to read. They only guide plans, the answers are the
 * same without them: ANALYZE is skipped while another process holds the database, and a
 * failure is logged, never passed on to the import or seed that asked for it.
 */
export async function refreshPlannerStatistics(db: Pick<Database, 'dialect' | 'knex'>): Promise<void> {
  if (db.dialect !== 'sqlite') return;
  try {
    await db.knex.raw(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`);
    await db.knex.raw('ANALYZE');
  } catch (err) {
    if (databaseCondition(err) !== 'busy') logger.warn({ err }, 'SQLite planner statistics (ANALYZE) could not be refreshed');
  }
}

/** Gathers them for a SQLite database with data and none yet (one made before they were kept); an empty one gets them with its first rows. */
export async function ensurePlannerStatistics(db: Pick<Database, 'dialect' | 'knex'>): Promise<void> {
  if (db.dialect !== 'sqlite') return;
  const kept = (await db.knex.raw("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) as unknown[];
  if (kept.length > 0) return;
  const stored = (await db.knex.raw('SELECT 1 FROM campaign_activity UNION ALL SELECT 1 FROM membership_snapshot LIMIT 1')) as unknown[];
  if (stored.length > 0) await refreshPlannerStatistics(db);
}
