// The databases the national bench asks: one per dialect and scale, seeded with seedScale (the
// code behind `npm run seed`) or reused when a previous run left one complete. SQLite files live
// in BENCH_DATA_DIR (default: <tmp>/pantau-national, printed); PostgreSQL databases in the
// server BENCH_POSTGRES_URL names, else in a throw-away cluster started here (gone at the end).
// A database holding the scale's branches is reused (BENCH_RESEED=1 seeds anew): opening it runs
// the migrations since, and those fill any new rollup from the stored rows, as on a deployed
// server. A sidecar file records the commit it was seeded at, which the results name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDatabaseUrl } from '../../server/config.ts';
import { openDatabase, type Database, type Dialect } from '../../server/db/orm.ts';
import { DEMO_BRANCHES } from '../../server/db/seed/demo-branches.ts';
import { branchesOf, countBranches, deleteDataRows, seedScale, type Scale } from '../../server/db/seed/national-seed.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../server/tools/throwaway-postgres.ts';

export const DATA_DIR = process.env.BENCH_DATA_DIR || path.join(os.tmpdir(), 'pantau-national');

export interface DataSet {
  dialect: Dialect;
  scale: Scale;
  /** The cap on the scale's branches (stress), undefined for all of them. */
  branchLimit?: number;
  /** What the server's DATABASE_URL is set to. */
  url: string;
  db: Database;
  /** Seconds the seed took in this run, or null when a complete database was reused. */
  seededSeconds: number | null;
  /** The last commit of server/db and server/domains when it was seeded (unknown for a database seeded otherwise). */
  seededAtCommit: string;
  sizes: DataSizes;
}

export interface DataSizes {
  regions: number;
  branches: number;
  membershipRows: number;
  campaignActivities: number;
  campaignRollupRows: number;
  targets: number;
  /** The SQLite file (with its WAL) or pg_database_size, in MB. */
  databaseMB: number;
}

/** The last commit that changed how data is written or pre-aggregated. */
function seedCodeCommit(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', '--', 'server/db', 'server/domains'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function expectedBranches(scale: Scale, limit?: number): number {
  return scale === 'demo' ? DEMO_BRANCHES.length : branchesOf(scale, limit).length;
}

const count = async (db: Database, table: string): Promise<number> => Number((await db.read(table).count({ n: '*' }).first())?.n ?? 0);

async function sizesOf(db: Database, file?: string): Promise<DataSizes> {
  let bytes = 0;
  if (file) for (const f of [file, `${file}-wal`]) bytes += fs.existsSync(f) ? fs.statSync(f).size : 0;
  else bytes = Number(((await db.read.raw('select pg_database_size(current_database()) as n')) as { rows: { n: string }[] }).rows[0].n);
  return {
    regions: await count(db, 'region'),
    branches: await count(db, 'branch'),
    membershipRows: await count(db, 'membership_snapshot'),
    campaignActivities: await count(db, 'campaign_activity'),
    campaignRollupRows: await count(db, 'campaign_rollup'),
    targets: await count(db, 'target'),
    databaseMB: Math.round(bytes / 2 ** 20),
  };
}

let cluster: Promise<ThrowawayPostgres> | undefined;

/** A database URL for the name: in BENCH_POSTGRES_URL's server, else in this run's throw-away cluster. */
async function postgresUrl(name: string): Promise<string> {
  const given = process.env.BENCH_POSTGRES_URL;
  if (given) {
    const url = new URL(given);
    const admin = await openDatabase(parseDatabaseUrl(given));
    try {
      const exists = await admin.knex.raw('select 1 from pg_database where datname = ?', [name]);
      if ((exists as { rows: unknown[] }).rows.length === 0) await admin.knex.raw(`create database "${name}"`);
    } finally {
      await admin.close();
    }
    url.pathname = `/${name}`;
    return url.toString();
  }
  cluster ??= startThrowawayPostgres();
  return (await cluster).createDatabase(name);
}

/** Stops the throw-away cluster, if this run started one. */
export async function stopPostgres(): Promise<void> {
  if (cluster) await (await cluster).stop();
  cluster = undefined;
}

/** Opens (seeding when needed) the data set of a dialect and scale. */
export async function prepareDataSet(dialect: Dialect, scale: Scale, branchLimit?: number): Promise<DataSet> {
  const name = `${scale}${branchLimit === undefined ? '' : `-${branchLimit}`}`;
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const file = dialect === 'sqlite' ? path.join(DATA_DIR, `${name}.sqlite`) : undefined;
  const url = file ?? (await postgresUrl(`pantau_bench_${name.replace(/-/g, '_')}`));
  const sidecar = path.join(DATA_DIR, `${dialect}-${name}.seeded.json`);
  const db = await openDatabase(parseDatabaseUrl(url));
  const commit = seedCodeCommit();
  const expected = expectedBranches(scale, branchLimit);
  const recorded = fs.existsSync(sidecar) ? (JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { commit: string; url: string }) : null;
  const have = await countBranches(db);
  let seededSeconds: number | null = null;
  if (have !== expected || process.env.BENCH_RESEED === '1') {
    if (have > 0) await deleteDataRows(db);
    console.log(`seeding ${dialect} ${name} (${expected} branches) into ${url} …`);
    const t0 = performance.now();
    let shown = 0;
    await seedScale(db, {
      scale,
      branches: branchLimit,
      onProgress: (p) => {
        if (p.done === p.total || p.done - shown >= 50) {
          shown = p.done;
          console.log(`  ${p.done}/${p.total} branches, ${p.rows.campaigns.toLocaleString('en')} activities, ${(p.elapsedMs / 1000).toFixed(0)} s`);
        }
      },
    });
    seededSeconds = Math.round((performance.now() - t0) / 100) / 10;
    fs.writeFileSync(sidecar, JSON.stringify({ commit, url, seededAt: new Date().toISOString(), seconds: seededSeconds }));
  } else {
    console.log(`reusing ${dialect} ${name} (${have} branches, seeded at ${recorded?.commit.slice(0, 8) ?? 'an unknown commit'}): ${url}`);
  }
  const seededAtCommit = seededSeconds === null ? (recorded?.url === url ? recorded.commit : 'unknown') : commit;
  return { dialect, scale, branchLimit, url, db, seededSeconds, seededAtCommit, sizes: await sizesOf(db, file) };
}
