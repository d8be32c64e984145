// The dialect of an open database.
import type { Knex } from 'knex';
import type { Database } from '../../db/orm.ts';
import type { SqlDialect } from './dialect.ts';
import { postgresqlDialect } from './postgresql.ts';
import { sqliteDialect } from './sqlite.ts';

export function dialectOf(db: Pick<Database, 'dialect'>): SqlDialect {
  return db.dialect === 'postgresql' ? postgresqlDialect : sqliteDialect;
}

/** The dialect of a knex connection or transaction (where no Database is at hand: an import's store step). */
export function dialectOfKnex(k: Knex): SqlDialect {
  return (k.client as { dialect?: string }).dialect === 'postgresql' ? postgresqlDialect : sqliteDialect;
}
