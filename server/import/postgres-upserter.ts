// PostgreSQL: the upserter an import writes through. A file of less than one batch goes as one
// multi-row INSERT (postgres-insert-upserter.ts); as soon as a full batch is queued, the file is
// taken to be big and every row goes through COPY (postgres-copy-upserter.ts), which stores a
// big file several times faster but costs a staging table and two more round trips, which a
// small file would feel. (The threshold is one batch: see server/import/README.md, "Speed".)
import type { Knex } from 'knex';
import type { DbValue, KindSpec } from './kinds.ts';
import { PostgresCopyUpserter } from './postgres-copy-upserter.ts';
import { PostgresInsertUpserter } from './postgres-insert-upserter.ts';
import type { Upserter } from './upserter.ts';

export class PostgresUpserter implements Upserter {
  readonly batchRows: number;
  private readonly small: PostgresInsertUpserter;
  private big?: PostgresCopyUpserter;
  /** The rows of the first batch, until it is known which way they go. */
  private queued: Record<string, DbValue>[] = [];
  private kept: ReadonlySet<string> = new Set();
  private filled: ReadonlySet<string> = new Set();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly spec: KindSpec,
    batchRows?: number,
  ) {
    this.small = new PostgresInsertUpserter(trx, spec, batchRows);
    this.batchRows = this.small.batchRows;
  }

  get sent(): number {
    return (this.big ?? this.small).sent;
  }

  get changed(): number {
    return (this.big ?? this.small).changed;
  }

  /** Which way the rows went: 'copy' once a full batch was queued, else 'insert'. */
  get path(): 'insert' | 'copy' {
    return this.big ? 'copy' : 'insert';
  }

  keepStored(kept: ReadonlySet<string>, filled: ReadonlySet<string> = new Set()): void {
    this.small.keepStored(kept, filled);
    this.kept = kept;
    this.filled = filled;
  }

  add(row: Record<string, DbValue>): Promise<void> | undefined {
    if (this.big) return this.big.add(row);
    this.queued.push(row);
    if (this.queued.length < this.batchRows) return undefined;
    // A full batch: the file is big. The queued rows start the COPY (and are written now, as the
    // INSERT upserter would have written its full batch).
    const big = new PostgresCopyUpserter(this.trx, this.spec, this.batchRows);
    big.keepStored(this.kept, this.filled);
    this.big = big;
    const rows = this.queued;
    this.queued = [];
    let written: Promise<void> | undefined;
    for (const r of rows) written = big.add(r) ?? written;
    return written ?? big.flush();
  }

  discard(): void {
    this.queued = [];
    this.big?.discard();
  }

  async flush(): Promise<void> {
    if (this.big) return this.big.flush();
    // Below one batch nothing is sent early: finish() sends the file as one INSERT.
  }

  async finish(): Promise<void> {
    if (this.big) return this.big.finish();
    for (const row of this.queued) await this.small.add(row);
    this.queued = [];
    await this.small.finish();
  }

  async close(): Promise<void> {
    await this.small.close();
    await this.big?.close();
  }
}
