// The time limit of the request being served, carried with its asynchronous work (so that a
// query deep in a resolver sees the limit of the request that asked for it without every
// function passing it on), and the one place that holds database work to it: a PostgreSQL
// statement still running at the deadline is cancelled, SQLite's connection interrupted.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../db/orm.ts';
import { TimeLimitError } from '../errors.ts';

interface Deadline {
  /** Epoch ms by which the request's database work must be done. */
  at: number;
  limitMs: number;
}

const current = new AsyncLocalStorage<Deadline>();

/** Runs `fn` (and everything it starts) under a time limit of `limitMs`; 0 means none. */
export function withTimeLimit<T>(limitMs: number, fn: () => T): T {
  if (limitMs <= 0) return fn();
  return current.run({ at: Date.now() + limitMs, limitMs }, fn);
}

interface SqliteConnection {
  interrupt(): void;
}
interface Pool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<void>;
}

const PG_QUERY_CANCELED = '57014';

/** Runs one SQL statement within the time left to the current request (none: as is). */
export async function rawWithinTimeLimit(db: Database, sql: string, bindings: readonly unknown[]): Promise<unknown> {
  const deadline = current.getStore();
  if (!deadline) return db.knex.raw(sql, bindings as never);
  const left = () => Math.floor(deadline.at - Date.now());
  if (left() <= 0) throw new TimeLimitError(deadline.limitMs);
  if (db.dialect === 'postgresql') {
    // knex cancels the statement at the limit (pg_cancel_backend from another connection): no
    // extra round trip for the statements that finish in time, which are nearly all.
    try {
      return await db.knex.raw(sql, bindings as never).timeout(Math.max(1, left()), { cancel: true });
    } catch (err) {
      if ((err as Error).name === 'KnexTimeoutError' || (err as { code?: string }).code === PG_QUERY_CANCELED) throw new TimeLimitError(deadline.limitMs);
      throw err;
    }
  }
  // SQLite: the statement runs on a connection of its own for its duration, so an interrupt at
  // the deadline stops this request's statement and nobody else's.
  const pool = (db.knex as unknown as { client: Pool }).client;
  const conn = await pool.acquireConnection();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    (conn as SqliteConnection).interrupt();
  }, Math.max(0, left()));
  try {
    if (left() <= 0) throw new TimeLimitError(deadline.limitMs);
    return await db.knex.raw(sql, bindings as never).connection(conn as never);
  } catch (err) {
    if (timedOut || (err as { code?: string }).code === 'SQLITE_INTERRUPT') throw new TimeLimitError(deadline.limitMs);
    throw err;
  } finally {
    clearTimeout(timer);
    await pool.releaseConnection(conn);
  }
}
