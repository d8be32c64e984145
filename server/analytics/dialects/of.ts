// The dialect of an open database.
import type { Database } from '../../db/orm.ts';
import type { SqlDialect } from './dialect.ts';
import { postgresqlDialect } from './postgresql.ts';
import { sqliteDialect } from './sqlite.ts';

export function dialectOf(db: Pick<Database, 'dialect'>): SqlDialect {
  return db.dialect === 'postgresql' ? postgresqlDialect : sqliteDialect;
}
