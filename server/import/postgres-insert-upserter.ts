// PostgreSQL, small files: one multi-row VALUES statement per batch, through the transaction's
// knex. postgres-upserter.ts uses it for files of at most one batch, where it is faster than a
// COPY (which needs a staging table and two more round trips).
import type { Knex } from 'knex';
import type { DbValue, KindSpec } from './kinds.ts';
import { conflictClause } from './conflict-clause.ts';
import { OneInFlight } from './one-in-flight.ts';
import type { Upserter } from './upserter.ts';

/** Bound variables per statement: PostgreSQL allows 65535; stay well under it. */
const MAX_VARIABLES = 32000;
const MAX_ROWS = 500;

const q = (id: string) => `"${id}"`;

function upsertSql(spec: KindSpec, rows: number, kept?: ReadonlySet<string>, filled?: ReadonlySet<string>): string {
  const cols = spec.dbColumns.map(q).join(', ');
  const tuple = `(${spec.dbColumns.map(() => '?').join(', ')})`;
  const values = new Array(rows).fill(tuple).join(', ');
  return `INSERT INTO ${q(spec.table)} (${cols}) VALUES ${values} ${conflictClause(spec, kept, filled)}`;
}

export class PostgresInsertUpserter implements Upserter {
  readonly batchRows: number;
  sent = 0;
  changed = 0;
  // Rows are copied into flat, reused bindings arrays (nothing per row outlives its batch); two
  // of them, so that one can be filled while the other's batch executes.
  private readonly buffers: [DbValue[], DbValue[]];
  private current = 0;
  private count = 0;
  private readonly flight = new OneInFlight();
  private fullSql: string;
  private kept: ReadonlySet<string> = new Set();
  private filled: ReadonlySet<string> = new Set();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly spec: KindSpec,
    batchRows?: number,
  ) {
    this.batchRows = batchRows ?? Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VARIABLES / spec.dbColumns.length)));
    this.fullSql = upsertSql(spec, this.batchRows);
    const size = this.batchRows * spec.dbColumns.length;
    this.buffers = [new Array(size).fill(null), new Array(size).fill(null)];
  }

  keepStored(kept: ReadonlySet<string>, filled: ReadonlySet<string> = new Set()): void {
    if (this.sent > 0 || this.count > 0) throw new Error('keepStored() must come before the first row');
    this.kept = kept;
    this.filled = filled;
    this.fullSql = upsertSql(this.spec, this.batchRows, kept, filled);
  }

  add(row: Record<string, DbValue>): Promise<void> | undefined {
    const columns = this.spec.dbColumns;
    const buffer = this.buffers[this.current];
    let at = this.count * columns.length;
    for (let i = 0; i < columns.length; i++) buffer[at++] = row[columns[i]];
    this.count++;
    return this.count >= this.batchRows ? this.flush() : undefined;
  }

  discard(): void {
    this.count = 0;
  }

  async flush(): Promise<void> {
    const rows = this.count;
    if (rows === 0) return;
    this.count = 0;
    await this.flight.wait();
    const buffer = this.buffers[this.current];
    this.current ^= 1;
    const full = rows === this.batchRows;
    const sql = full ? this.fullSql : upsertSql(this.spec, rows, this.kept, this.filled);
    const bindings = full ? buffer : buffer.slice(0, rows * this.spec.dbColumns.length);
    this.sent += rows;
    this.flight.start(
      this.trx.raw(sql, bindings as Knex.RawBinding[]).then((result) => {
        this.changed += Number((result as { rowCount?: number }).rowCount ?? 0);
      }),
    );
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.flight.wait();
  }

  async close(): Promise<void> {
    await this.flight.settle();
  }
}
