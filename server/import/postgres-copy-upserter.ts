// PostgreSQL, big files: the rows are streamed with COPY (pg-copy-streams, text format) into a
// temporary staging table, then moved into the kind's table by one INSERT … SELECT … ON CONFLICT
// with the same conflict clause as every other upsert (conflict-clause.ts), so the stored rows
// and the `changed` count are those of the multi-row INSERTs. COPY cannot upsert itself, and a
// COPY straight into the indexed table would fail on the first key already stored.
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
import { conflictClause } from './conflict-clause.ts';
import type { DbValue, KindSpec } from './kinds.ts';
import { copyField } from './postgres-copy-text.ts';
import type { Upserter } from './upserter.ts';

/** Rows per chunk written to the COPY stream (a chunk of membership rows is about 60 kB). */
const CHUNK_ROWS = 1000;
/**
 * Bytes the COPY stream may buffer before write() asks us to wait: room for a few chunks, so
 * that the next chunk is encoded while the socket sends the one before, and memory stays flat.
 */
const HIGH_WATER_MARK = 1 << 18;

const q = (id: string) => `"${id}"`;

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
    const cols = this.spec.dbColumns.map(q).join(', ');
    const result = await this.trx.raw(
      `INSERT INTO ${q(this.spec.table)} (${cols}) SELECT ${cols} FROM ${q(this.staging)} ${conflictClause(this.spec, this.kept, this.filled)}`,
    );
    this.changed = Number((result as { rowCount?: number }).rowCount ?? 0);
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
