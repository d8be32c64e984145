// Real Pantau servers for tests: a fresh database (SQLite in memory or a new PostgreSQL
// database in the run's throw-away cluster), migrated, optionally seeded with the demo data,
// served on a free port. Tests talk to it over HTTP as a user's client would.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type Config, type DatabaseTarget, loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';

export type Dialect = 'sqlite' | 'postgresql';

/** Which dialects this run can test: PostgreSQL only when the cluster (or DATABASE_URL) is there. */
export function availableDialects(): Dialect[] {
  return inject('pgUrl') ? ['sqlite', 'postgresql'] : ['sqlite'];
}

let counter = 0;

/** A new empty database of the dialect. */
export async function freshTarget(dialect: Dialect): Promise<DatabaseTarget> {
  if (dialect === 'sqlite') return { dialect, file: ':memory:' };
  const admin = inject('pgUrl');
  if (!admin) throw new Error('PostgreSQL is not available in this run');
  const name = `pantau_test_${process.pid}_${Date.now()}_${++counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { dialect, url: url.toString() };
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
  dialect: Dialect,
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const target = await freshTarget(dialect);
  const db = await openDatabase(target);
  if (options.seed ?? true) await seedDemoDataIfEmpty(db);
  const config = { ...loadConfig({ ...options.env }), database: target };
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
