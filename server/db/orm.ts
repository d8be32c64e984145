// Opens the database named by the configuration, brings its schema up to date with the
// migrations of its dialect, and hands out the knex instance the analytics run on.
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { EntityManager as KnexEntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import type { DatabaseTarget } from '../config.ts';
import { entities } from './entities/index.ts';
import { migrationsFor } from './migrations/index.ts';

export type Dialect = DatabaseTarget['dialect'];

export interface Database {
  orm: MikroORM;
  dialect: Dialect;
  /** The knex instance behind the ORM: aggregations and bulk writes use it directly. */
  knex: ReturnType<KnexEntityManager['getKnex']>;
  close(): Promise<void>;
}

export function ormOptions(target: DatabaseTarget): Options {
  const common = {
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    debug: false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'pantau_migrations',
      silent: true,
      transactional: true,
      allOrNothing: true,
      migrationsList: migrationsFor(target.dialect),
    },
  };
  if (target.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.url } as Options;
  }
  return { ...common, driver: SqliteDriver, dbName: target.file } as Options;
}

/** Opens the database, runs pending migrations and returns it ready for queries. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.dialect === 'sqlite' && target.file !== ':memory:') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
  }
  // Connected inside the try: when connecting fails (a file that is not a database) the pool
  // must still be closed, or it keeps the process alive after the error.
  const orm = await MikroORM.init({ ...ormOptions(target), connect: false });
  let knex: Knex;
  try {
    await orm.connect();
    // Only now: connecting makes the driver's knex instance.
    knex = (orm.em as unknown as KnexEntityManager).getKnex();
    await orm.getMigrator().up();
    if (target.dialect === 'sqlite') {
      // WAL lets the dashboard read while an import writes; foreign keys are not used (natural keys).
      await knex.raw('PRAGMA journal_mode = WAL').catch(() => undefined);
      await knex.raw('PRAGMA synchronous = NORMAL');
    }
  } catch (err) {
    await orm.close(true).catch(() => undefined);
    throw err;
  }
  return { orm, dialect: target.dialect, knex, close: () => orm.close(true) };
}
