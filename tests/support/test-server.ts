// Real Pantau servers for tests: a fresh database (SQLite in memory, or a new PostgreSQL
// database in the run's throw-away cluster, byte-ordered or ICU-collated), migrated, optionally
// seeded with the demo data, served on a free port. Tests talk to it over HTTP as a user's
// client would.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type Config, type DatabaseTarget, loadConfig } from '../../server/config.ts';
import { type Database, type Dialect, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { createIcuDatabase } from './icu-database.ts';

export type { Dialect };
/**
 * A kind of test database: a dialect, or PostgreSQL in a database created with ICU collation
 * (`postgresql-icu`), where text compares as people read it instead of by bytes.
 */
export type TestDatabaseKind = Dialect | 'postgresql-icu';

/** Which dialects this run can test: PostgreSQL only when the cluster (or DATABASE_URL) is there. */
export function availableDialects(): Dialect[] {
  return inject('pgUrl') ? ['sqlite', 'postgresql'] : ['sqlite'];
}

/** Every kind of database this run can test, the ICU one included when PostgreSQL is there. */
export function availableDatabaseKinds(): TestDatabaseKind[] {
  return inject('pgIcuUrl') ? [...availableDialects(), 'postgresql-icu'] : availableDialects();
}

let counter = 0;

/** A new empty database of the kind. */
export async function freshTarget(kind: TestDatabaseKind): Promise<DatabaseTarget> {
  if (kind === 'sqlite') return { dialect: kind, file: ':memory:' };
  const admin = inject('pgUrl');
  if (!admin) throw new Error('PostgreSQL is not available in this run');
  const name = `pantau_test_${process.pid}_${Date.now()}_${++counter}`;
  if (kind === 'postgresql-icu') {
    const template = inject('pgIcuUrl');
    if (!template) throw new Error('No ICU database in this run');
    return { dialect: 'postgresql', url: await createIcuDatabase(admin, template, name) };
  }
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { dialect: kind, url: url.toString() };
}

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  /** POSTs a GraphQL operation and returns the parsed JSON answer. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: T; errors?: any[] }>;
  close(): Promise<void>;
}

export async function startTestServer(
  kind: TestDatabaseKind,
  options: { seed?: boolean; env?: Record<string, string>; prepare?: (db: Database) => Promise<void> } = {},
): Promise<TestServer> {
  const target = await freshTarget(kind);
  const db = await openDatabase(target);
  if (options.seed ?? true) await seedDemoDataIfEmpty(db);
  // Data of the test's own (imports…), stored before the server answers its first request.
  await options.prepare?.(db);
  // No rate limit unless a test asks for one: a suite sends more requests a minute than any user.
  const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '0', ...options.env }), database: target };
  const { app, close } = await createApp({ db, config });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    config,
    async graphql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
      await db.close();
    },
  };
}
