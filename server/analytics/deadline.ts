// The time limit of the request being served, carried with its asynchronous work (so that a
// query deep in a resolver sees the limit of the request that asked for it without every
// function passing it on), and the one place that holds database work to it: a PostgreSQL
// statement still running at the deadline is cancelled, SQLite's connection interrupted.
// Statements read through the database's read connections (Database.read), and on SQLite one
// request runs one statement at a time: the few read connections are then shared request by
// request (their queue is first come, first served), so a request with thirty heavy fields
// waits behind its own statements instead of putting them all ahead of everyone else's.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../db/orm.ts';
import { TimeLimitError } from '../errors.ts';

interface RequestScope {
  /** Epoch ms by which the request's database work must be done (Infinity: no limit). */
  at: number;
  limitMs: number;
  /** The end of the request's last queued statement: the next one starts after it (SQLite). */
  tail: Promise<void>;
}

const current = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts) as one request, under a time limit of `limitMs`; 0 means none. */
export function withTimeLimit<T>(limitMs: number, fn: () => T): T {
  const at = limitMs > 0 ? Date.now() + limitMs : Number.POSITIVE_INFINITY;
  return current.run({ at, limitMs, tail: Promise.resolve() }, fn);
}

/**
 * Runs `fn` outside any request's time limit: the reads a writer's transaction makes of its own
 * rows (a refresh inside an import) must run on the transaction's connection, which the
 * limited path would swap for a read connection that cannot see them.
 */
export function withoutTimeLimit<T>(fn: () => T): T {
  return current.exit(fn);
}

/** Runs `fn` after the request's statements queued before it. */
function inTurn<T>(scope: RequestScope, fn: () => Promise<T>): Promise<T> {
  const run = scope.tail.then(fn);
  scope.tail = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

interface SqliteConnection {
  interrupt(): void;
}
interface Pool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<void>;
}

const PG_QUERY_CANCELED = '57014';

/** Runs one reading SQL statement within the time left to the current request (none: as is). */
export async function rawWithinTimeLimit(db: Database, sql: string, bindings: readonly unknown[]): Promise<unknown> {
  const scope = current.getStore();
  if (!scope) return db.read.raw(sql, bindings as never);
  if (db.dialect === 'postgresql') {
    const limited = Number.isFinite(scope.at);
    if (!limited) return db.read.raw(sql, bindings as never);
    const left = Math.floor(scope.at - Date.now());
    if (left <= 0) throw new TimeLimitError(scope.limitMs);
    // knex cancels the statement at the limit (pg_cancel_backend from another connection): no
    // extra round trip for the statements that finish in time, which are nearly all.
    try {
      return await db.read.raw(sql, bindings as never).timeout(Math.max(1, left), { cancel: true });
    } catch (err) {
      if ((err as Error).name === 'KnexTimeoutError' || (err as { code?: string }).code === PG_QUERY_CANCELED) throw new TimeLimitError(scope.limitMs);
      throw err;
    }
  }
  return inTurn(scope, () => sqliteStatement(db, sql, bindings, scope));
}

/**
 * SQLite: the statement runs on a read connection held for its duration, and the interrupt at
 * the deadline goes to that very connection, so it stops this request's statement and nobody
 * else's (the writer's import included).
 */
async function sqliteStatement(db: Database, sql: string, bindings: readonly unknown[], scope: RequestScope): Promise<unknown> {
  const left = () => Math.floor(scope.at - Date.now());
  if (left() <= 0) throw new TimeLimitError(scope.limitMs);
  const pool = (db.read as unknown as { client: Pool }).client;
  const conn = await pool.acquireConnection();
  let timedOut = false;
  const timer = Number.isFinite(scope.at)
    ? setTimeout(() => {
        timedOut = true;
        (conn as SqliteConnection).interrupt();
      }, Math.max(0, left()))
    : undefined;
  try {
    if (left() <= 0) throw new TimeLimitError(scope.limitMs);
    return await db.read.raw(sql, bindings as never).connection(conn as never);
  } catch (err) {
    if (timedOut || (err as { code?: string }).code === 'SQLITE_INTERRUPT') throw new TimeLimitError(scope.limitMs);
    throw err;
  } finally {
    clearTimeout(timer);
    await pool.releaseConnection(conn);
  }
}
