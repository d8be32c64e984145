// Batched upserts by natural key: one multi-row `INSERT … ON CONFLICT (key) DO UPDATE` per
// batch, on SQLite and PostgreSQL alike. An existing row is only rewritten when a compared
// value differs, so re-importing a file leaves every stored row exactly as it was (including
// the import id that first wrote it).
import type { Knex } from 'knex';
import type { DbValue, KindSpec } from './kinds.ts';
import { conflictClause, SqliteBatchEncoder } from './sqlite-batch.ts';

/** SQLite allows 32766 bound variables per statement; stay under it (PostgreSQL allows 65535). */
const MAX_VARIABLES = 32000;
const MAX_ROWS = 500;
/** SQLite: prepared statements kept per import (one per set of constant columns met). */
const MAX_STATEMENTS = 32;

/** SQLite: rows per batch, all passed as one bound value (see sqlite-batch.ts). */
const SQLITE_JSON_ROWS = 4000;

export function batchRowsFor(spec: KindSpec, dialect: 'sqlite' | 'postgresql' = 'postgresql'): number {
  if (dialect === 'sqlite') return SQLITE_JSON_ROWS;
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VARIABLES / spec.dbColumns.length)));
}

const q = (id: string) => `"${id}"`;

export function upsertSql(spec: KindSpec, rows: number, kept?: ReadonlySet<string>, filled?: ReadonlySet<string>): string {
  const cols = spec.dbColumns.map(q).join(', ');
  const tuple = `(${spec.dbColumns.map(() => '?').join(', ')})`;
  const values = new Array(rows).fill(tuple).join(', ');
  return `INSERT INTO ${q(spec.table)} (${cols}) VALUES ${values} ${conflictClause(spec, kept, filled)}`;
}

/** Writes rows in one statement per batch; `rows` is consumed. */
export class Upserter {
  readonly batchRows: number;
  // Rows are copied into flat, reused bindings arrays (nothing per row outlives its batch); two
  // of them, so that one batch executes (SQLite works on libuv's thread pool) while the next is
  // validated and filled: at most one batch is in flight.
  private readonly buffers: [DbValue[], DbValue[]];
  private current = 0;
  private count = 0;
  private inflight?: Promise<void>;
  /** Rows passed to the database. */
  sent = 0;
  /** Rows inserted or changed (unchanged rows of a re-import are not counted). */
  changed = 0;

  private fullSql: string;
  private kept: ReadonlySet<string> = new Set();
  private filled: ReadonlySet<string> = new Set();

  constructor(
    private readonly trx: Knex | Knex.Transaction,
    private readonly spec: KindSpec,
    private readonly dialect: 'sqlite' | 'postgresql',
    batchRows?: number,
  ) {
    this.batchRows = batchRows ?? batchRowsFor(spec, dialect);
    if (dialect === 'sqlite') {
      this.encoder = new SqliteBatchEncoder(spec);
      this.fullSql = '';
      this.buffers = [[], []];
      return;
    }
    this.fullSql = upsertSql(spec, this.batchRows);
    const size = this.batchRows * spec.dbColumns.length;
    this.buffers = [new Array(size).fill(null), new Array(size).fill(null)];
  }

  /**
   * Database columns that existing rows keep as stored: those fed by optional columns the file
   * does not have; and those they keep where the file's value is null (`filled`). Called once
   * the header is read, before the first row.
   */
  keepStored(columns: ReadonlySet<string>, filled: ReadonlySet<string> = new Set()): void {
    if (this.sent > 0 || this.count > 0) throw new Error('keepStored() must come before the first row');
    this.kept = columns;
    this.filled = filled;
    if (this.encoder) this.encoder = new SqliteBatchEncoder(this.spec, columns, filled);
    else this.fullSql = upsertSql(this.spec, this.batchRows, columns, filled);
  }

  // SQLite: the batch's rows themselves (encoded at flush).
  private readonly pendingRows: DbValue[][] = [];
  private encoder?: SqliteBatchEncoder;

  /** Queues a row; returns a promise only when a batch had to be written. */
  add(row: DbValue[]): Promise<void> | undefined {
    if (this.dialect === 'sqlite') {
      this.pendingRows.push(row);
      this.count++;
      if (this.count >= this.batchRows) return this.flush();
      return undefined;
    }
    const width = this.spec.dbColumns.length;
    const buffer = this.buffers[this.current];
    let at = this.count * width;
    for (let i = 0; i < width; i++) buffer[at++] = row[i];
    this.count++;
    if (this.count >= this.batchRows) return this.flush();
    return undefined;
  }

  discard(): void {
    this.count = 0;
    this.pendingRows.length = 0;
  }

  /** Sends the queued rows, after waiting for the batch before (whose errors surface here). */
  async flush(): Promise<void> {
    const rows = this.count;
    if (rows === 0) return;
    this.count = 0;
    // SQLite: the batch is encoded while the batch before is still executing.
    const batch = this.encoder?.encode(this.pendingRows);
    this.pendingRows.length = 0;
    const previous = this.inflight;
    this.inflight = undefined;
    if (previous) await previous;
    let sql: string;
    let bindings: (DbValue | Buffer)[];
    let full: boolean;
    if (batch !== undefined) {
      // Statements are prepared once per set of constant columns and reused.
      ({ sql, bindings } = batch);
      full = true;
    } else {
      const buffer = this.buffers[this.current];
      this.current ^= 1;
      full = rows === this.batchRows;
      sql = full ? this.fullSql : upsertSql(this.spec, rows, this.kept, this.filled);
      bindings = full ? buffer : buffer.slice(0, rows * this.spec.dbColumns.length);
    }
    this.sent += rows;
    const running = this.execute(sql, bindings, full).then((changed) => {
      this.changed += changed;
    });
    running.catch(() => undefined); // observed by the next flush() or finish()
    this.inflight = running;
  }

  /** Sends what is queued and waits until every batch is written. */
  async finish(): Promise<void> {
    await this.flush();
    const last = this.inflight;
    this.inflight = undefined;
    if (last) await last;
  }

  private async execute(sql: string, bindings: (DbValue | Buffer)[], full: boolean): Promise<number> {
    if (this.dialect === 'sqlite') return this.runSqlite(sql, bindings, full);
    const result = await this.trx.raw(sql, bindings as Knex.RawBinding[]);
    return Number((result as { rowCount?: number }).rowCount ?? 0);
  }

  /** Finalises the prepared statement (SQLite). */
  async close(): Promise<void> {
    const last = this.inflight;
    this.inflight = undefined;
    if (last) await last.catch(() => undefined);
    const statements = [...this.statements.values()];
    this.statements.clear();
    for (const stmt of statements) await new Promise<void>((resolve) => stmt.finalize(() => resolve()));
  }

  // SQLite: the transaction's own connection (node-sqlite3), with the full-batch statement
  // prepared once; knex's per-call binding formatting costs more than the insert itself.
  private connection?: SqliteConnection;
  private readonly statements = new Map<string, SqliteStatement>();

  private async runSqlite(sql: string, bindings: (DbValue | Buffer)[], reuse: boolean): Promise<number> {
    if (!this.connection) {
      const client = (this.trx as unknown as { client: { acquireConnection(): Promise<SqliteConnection> } }).client;
      this.connection = await client.acquireConnection();
      // Wait (up to 10 s) rather than fail when another process holds the write lock.
      await new Promise<void>((resolve) => this.connection!.run('PRAGMA busy_timeout = 10000', [], () => resolve()));
    }
    const conn = this.connection;
    let target = reuse ? this.statements.get(sql) : undefined;
    if (reuse && !target && this.statements.size < MAX_STATEMENTS) {
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

type RunCallback = (this: { changes?: number }, err: Error | null) => void;
interface SqliteStatement {
  run(bindings: unknown[], cb: RunCallback): void;
  finalize(cb: () => void): void;
}
interface SqliteConnection {
  prepare(sql: string, cb: (err: Error | null) => void): SqliteStatement;
  run(sql: string, bindings: unknown[], cb: RunCallback): void;
}
