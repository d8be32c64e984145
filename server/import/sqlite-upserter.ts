// SQLite: each batch goes as one BLOB (or JSON) bound value that SQLite unpacks itself
// (sqlite-batch.ts), run on the transaction's own node-sqlite3 connection with the statements
// prepared once: knex's per-call binding formatting costs more than the insert itself.
import type { Knex } from 'knex';
import type { DbValue, KindSpec } from './kinds.ts';
import { OneInFlight } from './one-in-flight.ts';
import { SqliteBatchEncoder } from './sqlite-batch.ts';
import type { Upserter } from './upserter.ts';

/** Rows per batch, all passed as one bound value. */
const ROWS = 4000;
/** Prepared statements kept per import (one per set of constant columns met). */
const MAX_STATEMENTS = 32;

type RunCallback = (this: { changes?: number }, err: Error | null) => void;
interface SqliteStatement {
  run(bindings: unknown[], cb: RunCallback): void;
  finalize(cb: () => void): void;
}
interface SqliteConnection {
  prepare(sql: string, cb: (err: Error | null) => void): SqliteStatement;
  run(sql: string, bindings: unknown[], cb: RunCallback): void;
}

export class SqliteUpserter implements Upserter {
  readonly batchRows: number;
  sent = 0;
  changed = 0;
  private encoder: SqliteBatchEncoder;
  /**
   * The batch's values, one array per database column in `dbColumns` order, reused from batch
   * to batch (queuing a row allocates nothing); the first `queued` of each are the batch's.
   * Encoded at flush, while the batch before executes.
   */
  private readonly pending: DbValue[][];
  private queued = 0;
  private readonly flight = new OneInFlight();
  private connection?: SqliteConnection;
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly spec: KindSpec,
    batchRows?: number,
  ) {
    this.batchRows = batchRows ?? ROWS;
    this.encoder = new SqliteBatchEncoder(spec);
    this.pending = spec.dbColumns.map(() => new Array<DbValue>(this.batchRows).fill(null));
  }

  keepStored(kept: ReadonlySet<string>, filled: ReadonlySet<string> = new Set()): void {
    if (this.sent > 0 || this.queued > 0) throw new Error('keepStored() must come before the first row');
    this.encoder = new SqliteBatchEncoder(this.spec, kept, filled);
  }

  add(row: Record<string, DbValue>): Promise<void> | undefined {
    const columns = this.spec.dbColumns;
    const pending = this.pending;
    const r = this.queued++;
    for (let i = 0; i < columns.length; i++) pending[i][r] = row[columns[i]];
    return this.queued >= this.batchRows ? this.flush() : undefined;
  }

  discard(): void {
    this.queued = 0;
  }

  async flush(): Promise<void> {
    const rows = this.queued;
    if (rows === 0) return;
    const { sql, bindings } = this.encoder.encode(this.pending, rows);
    this.queued = 0;
    await this.flight.wait();
    this.sent += rows;
    this.flight.start(
      this.run(sql, bindings).then((changed) => {
        this.changed += changed;
      }),
    );
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.flight.wait();
  }

  async close(): Promise<void> {
    await this.flight.settle();
    const statements = [...this.statements.values()];
    this.statements.clear();
    for (const stmt of statements) await new Promise<void>((resolve) => stmt.finalize(() => resolve()));
  }

  private async connect(): Promise<SqliteConnection> {
    if (this.connection) return this.connection;
    const client = (this.trx as unknown as { client: { acquireConnection(): Promise<SqliteConnection> } }).client;
    const conn = await client.acquireConnection();
    // Wait (up to 10 s) rather than fail when another process holds the write lock.
    await new Promise<void>((resolve) => conn.run('PRAGMA busy_timeout = 10000', [], () => resolve()));
    this.connection = conn;
    return conn;
  }

  private async run(sql: string, bindings: (DbValue | Buffer)[]): Promise<number> {
    const conn = await this.connect();
    let target = this.statements.get(sql);
    if (!target && this.statements.size < MAX_STATEMENTS) {
      // Prepared with a callback: without one, node-sqlite3 emits a failure to prepare (a table
      // that is not Pantau's, a busy schema) as an 'error' event that would end the process.
      target = await new Promise<SqliteStatement>((resolve, reject) => {
        const stmt = conn.prepare(sql, (err) => (err ? reject(err) : resolve(stmt)));
      });
      this.statements.set(sql, target);
    }
    return new Promise<number>((resolve, reject) => {
      const done = function (this: { changes?: number }, err: Error | null) {
        if (err) reject(err);
        else resolve(Number(this?.changes ?? 0));
      };
      if (target) target.run(bindings, done);
      else conn.run(sql, bindings, done);
    });
  }
}
