// Runs cube queries on the open database: the one place where compiled SQL meets a connection.
import type { Database } from '../db/orm.ts';
import { compileQuery } from './compile.ts';
import type { SqlDialect } from './dialects/dialect.ts';
import { postgresqlDialect } from './dialects/postgresql.ts';
import { sqliteDialect } from './dialects/sqlite.ts';
import type { Cube, CubeQuery } from './model.ts';

export function dialectOf(db: Pick<Database, 'dialect'>): SqlDialect {
  return db.dialect === 'postgresql' ? postgresqlDialect : sqliteDialect;
}

export type Row = Record<string, string | number | null>;

export async function runQuery<T extends Row = Row>(db: Database, cube: Cube, query: CubeQuery): Promise<T[]> {
  const { sql, bindings } = compileQuery(cube, query, dialectOf(db));
  const result = await db.knex.raw(sql, bindings);
  // knex returns rows directly for SQLite and a pg Result (rows inside) for PostgreSQL.
  return (Array.isArray(result) ? result : result.rows) as T[];
}
