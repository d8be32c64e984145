// The databases a throughput bench serves: the national data set on SQLite (a temporary file)
// and on PostgreSQL (a throw-away cluster), seeded with seedScale as `npm run seed` does
// (about 90 s and 2 min on two cores). BENCH_SQLITE (a file) and BENCH_POSTGRES (a URL) name
// databases already seeded instead; BENCH_BRANCHES seeds only the first N branches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDatabaseUrl } from '../../server/config.ts';
import { openDatabase } from '../../server/db/orm.ts';
import { seedScale } from '../../server/db/seed/national-seed.ts';
import { startThrowawayPostgres } from '../../server/tools/throwaway-postgres.ts';

export interface BenchDatabase {
  dialect: 'sqlite' | 'postgresql';
  /** DATABASE_URL for a server. */
  url: string;
  /** Branches and campaign activities in it. */
  data: { branches: number; activities: number; seeded: boolean; seedSeconds?: number };
}

async function seeded(url: string, reuse: boolean): Promise<BenchDatabase['data']> {
  const db = await openDatabase(parseDatabaseUrl(url));
  try {
    let seedSeconds: number | undefined;
    if (!reuse) {
      const t0 = performance.now();
      const branches = process.env.BENCH_BRANCHES ? Number(process.env.BENCH_BRANCHES) : undefined;
      await seedScale(db, { scale: 'national', ...(branches ? { branches } : {}) });
      seedSeconds = Math.round((performance.now() - t0) / 1000);
    }
    const count = async (table: string) => Number((await db.knex(table).count({ n: '*' }).first())!.n);
    return { branches: await count('branch'), activities: await count('campaign_activity'), seeded: !reuse, seedSeconds };
  } finally {
    await db.close();
  }
}

export async function postgresDatabase(): Promise<{ db: BenchDatabase; stop(): Promise<void> }> {
  if (process.env.BENCH_POSTGRES) {
    const url = process.env.BENCH_POSTGRES;
    return { db: { dialect: 'postgresql', url, data: await seeded(url, true) }, stop: async () => undefined };
  }
  console.log('seeding the national set into a throw-away PostgreSQL cluster …');
  const cluster = await startThrowawayPostgres();
  try {
    const url = cluster.createDatabase('pantau_bench');
    const data = await seeded(url, false);
    return { db: { dialect: 'postgresql', url, data }, stop: () => cluster.stop() };
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}

export async function sqliteDatabase(): Promise<{ db: BenchDatabase; stop(): Promise<void> }> {
  if (process.env.BENCH_SQLITE) {
    const url = process.env.BENCH_SQLITE;
    return { db: { dialect: 'sqlite', url, data: await seeded(url, true) }, stop: async () => undefined };
  }
  console.log('seeding the national set into a temporary SQLite file …');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-throughput-'));
  const url = path.join(dir, 'national.sqlite');
  const data = await seeded(url, false);
  return { db: { dialect: 'sqlite', url, data }, stop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
