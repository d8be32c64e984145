// What the store stage writes through: rows upserted by natural key in batches, each batch one
// `INSERT … ON CONFLICT (key) DO UPDATE … WHERE <a compared value differs>`, so that
// re-importing a file leaves every stored row exactly as it was (including the import id that
// first wrote it). One implementation per dialect; `openUpserter` picks it once. (PostgreSQL's
// sends a big file through COPY into a staging table and one INSERT … SELECT with that clause.)
import type { Knex } from 'knex';
import type { Dialect } from '../db/orm.ts';
import type { DbValue, KindSpec } from './kinds.ts';
import { PostgresUpserter } from './postgres-upserter.ts';
import { SqliteUpserter } from './sqlite-upserter.ts';

export interface Upserter {
  /** Rows per batch. */
  readonly batchRows: number;
  /** Rows passed to the database. */
  readonly sent: number;
  /** Rows inserted or changed (unchanged rows of a re-import are not counted). */
  readonly changed: number;
  /**
   * Database columns that existing rows keep as stored: those fed by optional columns the file
   * does not have; and those they keep where the file's value is null (`filled`). Called once
   * the header is read, before the first row.
   */
  keepStored(kept: ReadonlySet<string>, filled?: ReadonlySet<string>): void;
  /** Queues a row (keyed by database column); returns a promise only when a batch had to be written. */
  add(row: Record<string, DbValue>): Promise<void> | undefined;
  /** Drops the queued rows (a problem was found: nothing more will be stored). */
  discard(): void;
  /** Sends the queued rows, after waiting for the batch before (whose errors surface here). */
  flush(): Promise<void>;
  /** Sends what is queued and waits until every batch is written. */
  finish(): Promise<void>;
  /** Waits for the batch in flight (its error ignored) and releases what the upserter holds. */
  close(): Promise<void>;
}

export function openUpserter(trx: Knex.Transaction, spec: KindSpec, dialect: Dialect, batchRows?: number): Upserter {
  return dialect === 'sqlite' ? new SqliteUpserter(trx, spec, batchRows) : new PostgresUpserter(trx, spec, batchRows);
}
