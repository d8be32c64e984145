// Stage 5, the store: valid rows upserted in batches inside ONE transaction. As soon as a problem
// is found, writing stops (the checks go on to list every problem) and the transaction is rolled
// back: a file is stored whole or not at all. A dry run opens no transaction.
import { refreshPlannerStatistics } from '../../db/planner-statistics.ts';
import type { Database } from '../../db/orm.ts';
import type { KindSpec } from '../kinds.ts';
import { openUpserter, type Upserter } from '../upserter.ts';
import type { Header } from './header.ts';
import type { ProblemLog } from './problems.ts';

class Rollback extends Error {}

/** Where the checked rows go: the upserter, or nowhere on a dry run. */
export class RowSink {
  constructor(
    private readonly upserter: Upserter | undefined,
    private readonly spec: KindSpec,
    private readonly runId: number,
    private readonly log: ProblemLog,
  ) {}

  /** Called once the header is read, before the first row. */
  begin(header: Header): void {
    this.upserter?.keepStored(header.kept, header.filled);
  }

  /** Queues a checked row while the file has no problem; returns a promise only when a batch had to be written. */
  take(data: unknown): Promise<void> | undefined {
    if (!this.upserter) return undefined;
    if (this.log.count > 0) {
      this.upserter.discard();
      return undefined;
    }
    return data === undefined ? undefined : this.upserter.add(this.spec.toDb(data, this.runId));
  }
}

export interface StoreOptions {
  dryRun: boolean;
  runId: number;
  batchRows?: number;
}

/**
 * Runs `body` (which reads, checks and hands each row to the sink) and stores what it handed
 * over, all or nothing. Returns the rows written (inserted or changed); 0 on a dry run or when a
 * problem was found. A database error is thrown.
 */
export async function storeAll(
  db: Database, spec: KindSpec, log: ProblemLog, opts: StoreOptions, body: (sink: RowSink) => Promise<void>,
): Promise<number> {
  if (opts.dryRun) {
    await body(new RowSink(undefined, spec, opts.runId, log));
    return 0;
  }
  let changed = 0;
  // The error that ended the transaction's work. SQLite rolls the transaction back itself on some
  // errors (SQLITE_FULL, SQLITE_BUSY while writing), so the ROLLBACK that follows fails with "no
  // transaction is active" and would hide the reason the user can act on.
  let cause: unknown;
  try {
    await db.knex.transaction(async (trx) => {
      const upserter = openUpserter(trx, spec, db.dialect, opts.batchRows);
      try {
        await body(new RowSink(upserter, spec, opts.runId, log));
        if (log.count === 0) {
          await upserter.finish();
          changed = upserter.changed;
          if (changed > 0) for (const found of (await spec.verify?.(trx, opts.runId)) ?? []) log.report(null, null, null, found.code, found.params);
          if (changed > 0 && log.count === 0) {
            // The planner's figures of the tables just grown, before the rollup refresh reads them.
            await refreshPlannerStatistics({ dialect: db.dialect, knex: trx });
            await spec.afterStore?.(trx, opts.runId);
          }
        }
      } catch (err) {
        cause = err;
        throw err;
      } finally {
        await upserter.close();
      }
      if (log.count > 0) throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback) return 0;
    throw cause ?? err;
  }
  return changed;
}
