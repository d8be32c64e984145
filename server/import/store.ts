// Batched upserts by natural key: one multi-row `INSERT … ON CONFLICT (key) DO UPDATE` per
// batch, on SQLite and PostgreSQL alike. An existing row is only rewritten when a compared
// value differs, so re-importing a file leaves every stored row exactly as it was (including
// the import id that first wrote it).
import type { Knex } from 'knex';
import type { DbValue, KindSpec } from './kinds.ts';

/** SQLite allows 32766 bound variables per statement; stay under it (PostgreSQL allows 65535). */
const MAX_VARIABLES = 32000;
const MAX_ROWS = 2000;

export function batchRowsFor(spec: KindSpec): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VARIABLES / spec.dbColumns.length)));
}

const q = (id: string) => `"${id}"`;

export function upsertSql(spec: KindSpec, rows: number): string {
  const cols = spec.dbColumns.map(q).join(', ');
  const tuple = `(${spec.dbColumns.map(() => '?').join(', ')})`;
  const values = new Array(rows).fill(tuple).join(', ');
  const updated = spec.dbColumns.filter((c) => !spec.conflict.includes(c));
  const set = updated.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ');
  const changed = spec.compared.map((c) => `${q(spec.table)}.${q(c)} IS DISTINCT FROM excluded.${q(c)}`).join(' OR ');
  return `INSERT INTO ${q(spec.table)} (${cols}) VALUES ${values} ON CONFLICT (${spec.conflict.map(q).join(', ')}) DO UPDATE SET ${set} WHERE ${changed}`;
}

/** Writes rows in one statement per batch; `rows` is consumed. */
export class Upserter {
  private readonly fullSql: string;
  readonly batchRows: number;
  private pending: DbValue[][] = [];
  /** Rows passed to the database. */
  sent = 0;
  /** Rows inserted or changed (unchanged rows of a re-import are not counted). */
  changed = 0;

  constructor(
    private readonly trx: Knex | Knex.Transaction,
    private readonly spec: KindSpec,
    private readonly dialect: 'sqlite' | 'postgresql',
    batchRows?: number,
  ) {
    this.batchRows = batchRows ?? batchRowsFor(spec);
    this.fullSql = upsertSql(spec, this.batchRows);
  }

  /** Queues a row; returns a promise only when a batch had to be written. */
  add(row: DbValue[]): Promise<void> | undefined {
    this.pending.push(row);
    if (this.pending.length >= this.batchRows) return this.flush();
    return undefined;
  }

  discard(): void {
    this.pending = [];
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    const sql = rows.length === this.batchRows ? this.fullSql : upsertSql(this.spec, rows.length);
    const bindings: DbValue[] = new Array(rows.length * this.spec.dbColumns.length);
    let i = 0;
    for (const r of rows) for (const v of r) bindings[i++] = v;
    const result = await this.trx.raw(sql, bindings as Knex.RawBinding[]);
    this.sent += rows.length;
    if (this.dialect === 'postgresql') {
      this.changed += Number((result as { rowCount?: number }).rowCount ?? 0);
    } else {
      const [{ c }] = (await this.trx.raw('SELECT changes() AS c')) as { c: number }[];
      this.changed += Number(c);
    }
  }
}
