// Opens the database named by the configuration, brings its schema up to date with the
// migrations of its dialect, and hands out the knex instances: the ORM's, which writes, and the
// one that only reads, which the analytics run on. On a SQLite file these are different
// connections (one writer, a few readers, in WAL mode), so that a read never waits for an
// import's transaction to end: SQLite serialises everything on one connection, and WAL lets
// readers read the last committed state while the writer writes.
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { type EntityManager as KnexEntityManager, knex as createKnex, SqliteKnexDialect } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import type { DatabaseTarget } from '../config.ts';
import { entities } from './entities/index.ts';
import { ensureTargetAttainmentKeys } from '../domains/targets/attainment-keys.ts';
import { ensurePlannerStatistics } from './planner-statistics.ts';
import { migrationsFor } from './migrations/index.ts';

export type Dialect = DatabaseTarget['dialect'];

export interface Database {
  orm: MikroORM;
  dialect: Dialect;
  /** The knex instance behind the ORM, the one that writes: imports and bulk writes use it directly. */
  knex: ReturnType<KnexEntityManager['getKnex']>;
  /**
   * The knex instance for statements that only read (the analytics, the facts, the probes).
   * SQLite file: a pool of READ_CONNECTIONS read-only connections beside the writer, which see
   * committed data only; in memory, and on PostgreSQL (whose pool already serves readers and
   * writers side by side), the same instance as `knex`.
   */
  read: ReturnType<KnexEntityManager['getKnex']>;
  close(): Promise<void>;
}

/**
 * Read connections beside SQLite's writer. The sqlite3 driver runs each statement on libuv's
 * thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise), which compression and file
 * reads share: three readers leave a thread for the writer and for them.
 */
export const READ_CONNECTIONS = 3;

/**
 * PostgreSQL's pool, for reads and writes alike: enough for the dashboard's parallel panels and
 * an import at once, far below the server's max_connections (100 by default) even with a few
 * server processes and a CLI import (the time limit cancels through a connection of its own).
 */
export const POSTGRES_POOL = { min: 1, max: 10 };

/** Read-only connections to the SQLite file the ORM writes. */
function sqliteReader(file: string): Database['read'] {
  return createKnex({
    // The ORM's own dialect, so that raw statements answer the same shapes as on the writer.
    client: SqliteKnexDialect as never,
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      min: 0,
      max: READ_CONNECTIONS,
      afterCreate(conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) {
        // query_only: a statement that would write fails here instead of racing the writer;
        // busy_timeout: a reader may meet the writer's lock for a moment (a WAL checkpoint, recovery).
        conn.exec('PRAGMA query_only = ON; PRAGMA busy_timeout = 5000;', (err) => done(err, conn));
      },
    },
  }) as unknown as Database['read'];
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
      // No schema snapshot after migrating: writing one reads every table's columns, SQLite's
      // planner statistics (sqlite_stat1, untyped columns) among them, which MikroORM cannot
      // read, so a database with statistics could not migrate. Only `npm run
      // migration:create` keeps the snapshot it diffs against (create-migration.ts).
      snapshot: false,
    },
  };
  if (target.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.url, pool: POSTGRES_POOL } as Options;
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
  let read: Knex | undefined;
  try {
    await orm.connect();
    // Only now: connecting makes the driver's knex instance.
    knex = (orm.em as unknown as KnexEntityManager).getKnex();
    await orm.getMigrator().up();
    if (target.dialect === 'sqlite') {
      // WAL lets the dashboard read while an import writes; foreign keys are not used (natural keys).
      await knex.raw('PRAGMA journal_mode = WAL').catch(() => undefined);
      await knex.raw('PRAGMA synchronous = NORMAL');
      // Readers beside the writer need WAL (in rollback-journal mode a writer locks them out).
      const [{ journal_mode: mode }] = await knex.raw('PRAGMA journal_mode');
      if (target.file !== ':memory:' && String(mode).toLowerCase() === 'wal') read = sqliteReader(target.file);
      await ensurePlannerStatistics({ dialect: target.dialect, knex });
    }
  } catch (err) {
    await orm.close(true).catch(() => undefined);
    throw err;
  }
  const reader = read;
  const db: Database = {
    orm,
    dialect: target.dialect,
    knex,
    read: reader ?? knex,
    close: async () => {
      await reader?.destroy();
      await orm.close(true);
    },
  };
  // Derived rows no migration can compute (the target keys' projections) for a database from before them.
  try {
    await ensureTargetAttainmentKeys(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
