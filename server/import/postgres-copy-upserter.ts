// PostgreSQL, big files: the rows are streamed with COPY (pg-copy-streams, text format) into a
// temporary staging table, then merged into the kind's table with the same rules as every other
// upsert (postgres-merge-sql.ts: an UPDATE of the stored rows that differ, an INSERT of the new
// keys), so the stored rows and the `changed` count are those of the multi-row INSERTs. COPY
// cannot upsert itself, and a COPY straight into the indexed table would fail on the first key
// already stored.
//
// Everything runs on the import transaction's own connection: inside a knex transaction,
// `trx.client` is knex's transaction client, whose acquireConnection() answers the connection
// the transaction was begun on (knex/lib/execution/transaction.js, makeTxClient), not one from
// the pool. The staging table is `ON COMMIT DROP` and the COPY is part of the transaction, so a
// failure at any point (mid-COPY included) rolls back everything the import wrote.
import { once } from 'node:events';
import type { Knex } from 'knex';
import type pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import type { DbValue, KindSpec } from './kinds.ts';
import { copyField } from './postgres-copy-text.ts';
import { mergeSql } from './postgres-merge-sql.ts';
import type { Upserter } from './upserter.ts';

/** Rows per chunk written to the COPY stream (a chunk of membership rows is about 60 kB). */
const CHUNK_ROWS = 1000;
/**
 * Bytes the COPY stream may buffer before write() asks us to wait: room for a few chunks, so
 * that the next chunk is encoded while the socket sends the one before, and memory stays flat.
 */
const HIGH_WATER_MARK = 1 << 18;

const q = (id: string) => `"${id}"`;
const UNIQUE_VIOLATION = '23505';

export class PostgresCopyUpserter implements Upserter {
  readonly batchRows: number;
  sent = 0;
  changed = 0;
  private kept: ReadonlySet<string> = new Set();
  private filled: ReadonlySet<string> = new Set();
  private chunk = '';
  private count = 0;
  private readonly staging: string;
  private opening?: Promise<CopyStreamQuery>;
  private stream?: CopyStreamQuery;
  /** Rejects with the COPY's error (the server's, e.g. a cancel or a value its column refuses). */
  private failed?: Promise<never>;
  private failure?: unknown;
  private ended = false;

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly spec: KindSpec,
    batchRows?: number,
  ) {
    this.batchRows = batchRows ?? CHUNK_ROWS;
    this.staging = `pantau_staging_${spec.table}`;
  }

  keepStored(kept: ReadonlySet<string>, filled: ReadonlySet<string> = new Set()): void {
    if (this.sent > 0 || this.count > 0) throw new Error('keepStored() must come before the first row');
    this.kept = kept;
    this.filled = filled;
  }

  add(row: Record<string, DbValue>): Promise<void> | undefined {
    const columns = this.spec.dbColumns;
    let line = copyField(row[columns[0]]);
    for (let i = 1; i < columns.length; i++) line += '\t' + copyField(row[columns[i]]);
    this.chunk += line + '\n';
    this.count++;
    return this.count >= this.batchRows ? this.flush() : undefined;
  }

  discard(): void {
    this.chunk = '';
    this.count = 0;
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    const text = this.chunk;
    const rows = this.count;
    this.discard();
    const stream = await this.open();
    if (this.failure) throw this.failure;
    this.sent += rows;
    // Back-pressure: past the high-water mark, wait until the socket has taken the data.
    if (!stream.write(text)) await Promise.race([once(stream, 'drain'), this.failed]);
    // The socket mostly takes a chunk at once (PostgreSQL reads as fast as we write), so without
    // this the whole file would be read without ever letting the event loop run: a server's other
    // requests would wait for the import (the INSERTs' round trips let them in at every batch).
    else await new Promise((resolve) => setImmediate(resolve));
  }

  async finish(): Promise<void> {
    await this.flush();
    if (!this.opening) return; // no row
    const stream = await this.open();
    if (this.failure) throw this.failure;
    this.ended = true;
    stream.end();
    // 'finish' comes once the server has taken every row (CommandComplete, ReadyForQuery).
    await Promise.race([once(stream, 'finish'), this.failed]);
    this.changed = await this.merge();
    // Frees the staging rows now rather than at the commit (work after the store reads the table).
    await this.trx.raw(`DROP TABLE ${q(this.staging)}`);
  }

  async close(): Promise<void> {
    const stream = this.stream ?? (await this.opening?.catch(() => undefined));
    // A COPY still open holds the connection, and the ROLLBACK that follows would wait behind it
    // for ever: end it with CopyFail (what destroy() sends) and wait for the server's answer.
    if (!stream || this.ended || this.failure) return;
    this.ended = true;
    const closed = new Promise((resolve) => stream.once('close', resolve));
    stream.destroy(new Error('import abandoned: nothing is stored'));
    await closed;
  }

  /**
   * Moves the staging rows into the table (postgres-merge-sql.ts): the stored ones changed, then
   * the new ones inserted. Should another writer store one of the new keys between the two (a
   * unique violation), the insert is undone to a savepoint and the rows go through the ON
   * CONFLICT upsert instead, as the INSERT upserter would have sent them. Returns the rows
   * inserted or changed.
   */
  private async merge(): Promise<number> {
    const sql = mergeSql(this.spec, this.staging, this.kept, this.filled);
    const count = (result: unknown) => Number((result as { rowCount?: number }).rowCount ?? 0);
    // Statistics of the staging table, so that the planner joins it to the table sensibly.
    await this.trx.raw(`ANALYZE ${q(this.staging)}`);
    const updated = count(await this.trx.raw(sql.update));
    await this.trx.raw('SAVEPOINT pantau_merge');
    try {
      const inserted = count(await this.trx.raw(sql.insert));
      await this.trx.raw('RELEASE SAVEPOINT pantau_merge');
      return updated + inserted;
    } catch (err) {
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
      await this.trx.raw('ROLLBACK TO SAVEPOINT pantau_merge');
      return updated + count(await this.trx.raw(sql.upsert));
    }
  }

  /** Creates the staging table and starts the COPY, once. */
  private open(): Promise<CopyStreamQuery> {
    this.opening ??= (async () => {
      const cols = this.spec.dbColumns.map(q).join(', ');
      // The columns' types without their constraints: the target table checks those at the INSERT.
      await this.trx.raw(`CREATE TEMP TABLE ${q(this.staging)} ON COMMIT DROP AS SELECT ${cols} FROM ${q(this.spec.table)} WITH NO DATA`);
      const client = (this.trx as unknown as { client: { acquireConnection(): Promise<pg.Client> } }).client;
      const connection = await client.acquireConnection();
      const stream = connection.query(copyFrom(`COPY ${q(this.staging)} (${cols}) FROM STDIN`, { highWaterMark: HIGH_WATER_MARK }));
      this.failed = new Promise<never>((_, reject) => {
        stream.on('error', (err) => {
          this.failure ??= err;
          reject(this.failure);
        });
      });
      this.failed.catch(() => undefined); // observed by the next flush() or finish()
      this.stream = stream;
      return stream;
    })();
    return this.opening;
  }
}
