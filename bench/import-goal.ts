// The import goal of issue 15: an import with full validation within 1.5× of what the database
// itself needs to store the same rows into the same indexed tables (the kind's rollup refresh
// included on both sides). Measured on both databases, for a membership file (0.35 M rows) and a
// campaigns file (1 M activities):
//
// - PostgreSQL (a throw-away cluster, server/tools/throwaway-postgres.ts): Pantau's import of the
//   CSV vs `psql \copy` of the same rows, as stored (a CSV of the table's columns, exported from
//   Pantau's import), into Pantau's indexed table of a fresh database, followed by the kind's
//   rollup refresh; and, for reference, `\copy` into a bare table (no index).
// - SQLite: Pantau's import vs storing the already-parsed rows (a staging table of the stored
//   rows) into the indexed table with the same upsert, then the rollup, in one transaction: the
//   floor no importer can beat on this schema.
//
// Each side is run several times, alternated, and medians compared (the machine is shared). The
// figures are printed and written to bench/results/import.json. No assertions: figures only.
//
//   npx tsx bench/import-goal.ts [--membership-rows N] [--campaign-rows N] [--runs N] [--kind membership|campaigns]
//                                [--dialect postgresql|sqlite] [--out FILE] [--keep]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { refreshCampaignRollup } from '../server/domains/campaigns/rollup.ts';
import { refreshMembershipRollup } from '../server/domains/membership/rollup.ts';
import { openDatabase, type Database } from '../server/db/orm.ts';
import { conflictClause } from '../server/import/conflict-clause.ts';
import { HEAP_LIMIT_MB, runWithBoundedHeap } from '../server/import/heap.ts';
import { importFile } from '../server/import/importer.ts';
import { KINDS } from '../server/import/kinds.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../server/tools/throwaway-postgres.ts';
import { clusterCpuSecs, generate, type DataKind } from './lib/import-data.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const ROWS: Record<DataKind, number> = {
  membership: Number(arg('membership-rows', '350000')),
  campaigns: Number(arg('campaign-rows', '1000000')),
};
const KINDS_RUN: DataKind[] = process.argv.includes('--kind') ? [arg('kind', 'membership') as DataKind] : ['membership', 'campaigns'];
const DIALECTS = process.argv.includes('--dialect') ? [arg('dialect', 'postgresql')] : ['postgresql', 'sqlite'];
const RUNS = Number(arg('runs', '3'));
const GOAL = 1.5;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = arg('out', path.join(here, 'results', 'import.json'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const rate = (rows: number, secs: number) => Math.round(rows / secs).toLocaleString('en');
const q = (id: string) => `"${id}"`;

/** The SQL a function sends through `raw`, without running it (the rollup's refresh, as written today). */
async function rawStatements(dialect: 'postgresql' | 'sqlite', run: (trx: Knex.Transaction) => Promise<void>): Promise<string[]> {
  const statements: string[] = [];
  // `client.dialect` is what dialectOfKnex reads: without it the PostgreSQL floor ran SQLite's SQL.
  const recorder = { client: { dialect }, raw: async (sql: string, bindings: unknown[] = []) => { if (bindings.length) throw new Error('bindings not expected'); statements.push(sql); } };
  await run(recorder as unknown as Knex.Transaction);
  return statements;
}

/** The rollup refresh of every row (the floor's: a fresh database holds only the file's rows), as both kinds' imports refresh theirs in `afterStore`. */
function rollupStatements(dialect: 'postgresql' | 'sqlite', kind: DataKind): Promise<string[]> {
  return rawStatements(dialect, (trx) => (kind === 'campaigns' ? refreshCampaignRollup(trx, 'all') : refreshMembershipRollup(trx, 'all')));
}

interface Timed { secs: number; cpuSecs?: number; peakRssMb?: number; dbCpuSecs?: number }

/** Pantau's import of the file (branches first, untimed): wall and CPU seconds, peak RSS. */
async function pantauImport(db: Database, kind: DataKind, files: { branches: string; data: string }, port?: number): Promise<Timed> {
  const branches = await importFile(db, { kind: 'branches', source: { path: files.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
  if (branches.outcome !== 'STORED') throw new Error(`branches: ${JSON.stringify(branches.problems.slice(0, 3))}`);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const db0 = port ? clusterCpuSecs(port) : undefined;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await importFile(db, { kind, source: { path: files.data }, fileName: path.basename(files.data), actor: 'bench', lang: 'en' });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const db1 = port ? clusterCpuSecs(port) : undefined;
  clearInterval(sampler);
  if (report.outcome !== 'STORED' || report.storedRows !== report.rows) throw new Error(`${kind}: ${report.outcome} ${JSON.stringify(report.problems.slice(0, 3))}`);
  const dbCpuSecs = db0 !== undefined && db1 !== undefined ? db1 - db0 : undefined;
  return { secs, cpuSecs: (cpu.user + cpu.system) / 1e6, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576), dbCpuSecs };
}

/**
 * Wall seconds of a psql run (bash's `time`, so that only the tool's own run is counted), and the
 * CPU seconds it cost: psql's own and the cluster's (its backend, the background workers).
 */
function timedPsql(port: number, args: string[]): Timed {
  const db0 = clusterCpuSecs(port);
  const out = execFileSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; { time psql "$@" >/dev/null ; } 2>&1`, 'timed', ...args], { encoding: 'utf8' });
  const db1 = clusterCpuSecs(port);
  const [secs, user, sys] = out.trim().split('\n').pop()!.split(' ').map(Number);
  return { secs, cpuSecs: user + sys, dbCpuSecs: db0 !== undefined && db1 !== undefined ? db1 - db0 : undefined };
}

async function postgresKind(cluster: ThrowawayPostgres, dir: string, kind: DataKind, files: { branches: string; data: string }) {
  const spec = KINDS[kind];
  const cols = spec.dbColumns.map(q).join(', ');
  const stored = path.join(dir, `${kind}-stored.csv`);
  const rollup = await rollupStatements('postgresql', kind);
  const port = Number(new URL(cluster.url).port);
  const pantau: Timed[] = [];
  const indexed: Timed[] = [];
  const bare: Timed[] = [];
  for (let run = 0; run < RUNS; run++) {
    const url = cluster.createDatabase(`bench_${kind}_${run}`);
    const db = await openDatabase({ dialect: 'postgresql', url });
    try {
      pantau.push(await pantauImport(db, kind, files, port));
      // The rows as Pantau stored them: what the database is asked to store.
      if (run === 0) execFileSync('psql', [url, '-q', '-c', `\\copy (SELECT ${cols} FROM ${q(spec.table)}) TO '${stored}' WITH (FORMAT csv)`]);
    } finally {
      await db.close();
    }
    const floorUrl = cluster.createDatabase(`bench_${kind}_${run}_floor`);
    const floorDb = await openDatabase({ dialect: 'postgresql', url: floorUrl }); // migrated: the same indexed tables
    try {
      await importFile(floorDb, { kind: 'branches', source: { path: files.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
      await floorDb.knex.raw(`CREATE TABLE bench_bare AS SELECT ${cols} FROM ${q(spec.table)} WITH NO DATA`);
    } finally {
      await floorDb.close();
    }
    // One psql session, one transaction: the COPY into the indexed table and the rollup after it.
    const script = ['BEGIN;', `\\copy ${q(spec.table)} (${cols}) FROM '${stored}' WITH (FORMAT csv)`, ...rollup.map((s) => `${s};`), 'COMMIT;'].join('\n');
    fs.writeFileSync(path.join(dir, 'floor.sql'), script);
    indexed.push(timedPsql(port, [floorUrl, '-q', '-v', 'ON_ERROR_STOP=1', '-f', path.join(dir, 'floor.sql')]));
    bare.push(timedPsql(port, [floorUrl, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy bench_bare (${cols}) FROM '${stored}' WITH (FORMAT csv)`]));
    const rows = ROWS[kind];
    const p = pantau[run];
    console.log(
      `  run ${run + 1}: pantau ${p.secs.toFixed(2)} s (${rate(rows, p.secs)} rows/s, CPU node ${p.cpuSecs!.toFixed(2)} s + PostgreSQL ${p.dbCpuSecs?.toFixed(2)} s, peak RSS ${p.peakRssMb} MB); ` +
        `psql \\copy into the indexed table + rollup ${indexed[run].secs.toFixed(2)} s (CPU PostgreSQL ${indexed[run].dbCpuSecs?.toFixed(2)} s); ` +
        `into a bare table ${bare[run].secs.toFixed(2)} s`,
    );
  }
  const cpu = (xs: Timed[]) => median(xs.map((x) => (x.cpuSecs ?? 0) + (x.dbCpuSecs ?? 0)));
  const cpuRatio = cpu(pantau) / cpu(indexed);
  console.log(`  CPU (node or psql + the cluster), medians: pantau ${cpu(pantau).toFixed(2)} s, psql \\copy ${cpu(indexed).toFixed(2)} s: ${cpuRatio.toFixed(2)}× (less sensitive to the shared machine than wall time)`);
  return summary('postgresql', kind, pantau, indexed.map((x) => x.secs), {
    bareTableCopySecs: { median: round(median(bare.map((x) => x.secs))), runs: bare.map((x) => round(x.secs)) },
    cpuSecs: {
      what: 'CPU of the client (node or psql) plus the PostgreSQL cluster, medians',
      pantau: round(cpu(pantau)),
      pantauPostgres: round(median(pantau.map((x) => x.dbCpuSecs ?? 0))),
      floor: round(cpu(indexed)),
      ratio: round(cpuRatio),
    },
  });
}

async function sqliteKind(dir: string, kind: DataKind, files: { branches: string; data: string }) {
  const spec = KINDS[kind];
  const cols = spec.dbColumns.map(q).join(', ');
  const rollup = await rollupStatements('sqlite', kind);
  const pantau: Timed[] = [];
  const floor: number[] = [];
  const floorCpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const file = path.join(dir, `pantau-${kind}-${run}.sqlite`);
    const floorFile = path.join(dir, `floor-${kind}-${run}.sqlite`);
    const db = await openDatabase({ dialect: 'sqlite', file });
    try {
      pantau.push(await pantauImport(db, kind, files));
    } finally {
      await db.close();
    }
    const floorDb = await openDatabase({ dialect: 'sqlite', file: floorFile });
    try {
      await importFile(floorDb, { kind: 'branches', source: { path: files.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
    } finally {
      await floorDb.close();
    }
    // The parsed rows, in a staging table (untimed); then, timed: the upsert into the indexed
    // table (the same conflict clause as Pantau's), the rollup, the commit.
    const script = [
      `ATTACH '${file}' AS src;`,
      `CREATE TEMP TABLE staging AS SELECT ${cols} FROM src.${q(spec.table)};`,
      'DETACH src;',
      'PRAGMA synchronous = NORMAL;', // as Pantau runs it (server/db/orm.ts)
      '.timer on',
      'BEGIN;',
      `INSERT INTO ${q(spec.table)} (${cols}) SELECT ${cols} FROM staging WHERE true ${conflictClause(spec)};`,
      ...rollup.map((s) => `${s};`),
      'COMMIT;',
    ].join('\n');
    const out = execFileSync('sqlite3', [floorFile], { input: script, encoding: 'utf8' });
    // `.timer` prints each statement's wall, user and system seconds: the CPU is the less load-sensitive figure.
    const timings = [...out.matchAll(/Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/g)];
    floor.push(timings.reduce((sum, m) => sum + Number(m[1]), 0));
    floorCpu.push(timings.reduce((sum, m) => sum + Number(m[2]) + Number(m[3]), 0));
    const p = pantau[run];
    const rows = ROWS[kind];
    console.log(
      `  run ${run + 1}: pantau ${p.secs.toFixed(2)} s (${rate(rows, p.secs)} rows/s, CPU ${p.cpuSecs!.toFixed(2)} s, peak RSS ${p.peakRssMb} MB); ` +
        `the parsed rows into the indexed table + rollup ${floor[run].toFixed(2)} s (CPU ${floorCpu[run].toFixed(2)} s)`,
    );
    fs.rmSync(file, { force: true });
    fs.rmSync(floorFile, { force: true });
  }
  const cpuRatio = median(pantau.map((p) => p.cpuSecs!)) / median(floorCpu);
  console.log(`  CPU, medians: pantau ${median(pantau.map((p) => p.cpuSecs!)).toFixed(2)} s (node and its SQLite threads), the floor ${median(floorCpu).toFixed(2)} s (sqlite3): ${cpuRatio.toFixed(2)}×`);
  return summary('sqlite', kind, pantau, floor, {
    cpuSecs: { what: 'CPU of node (SQLite runs on its threads) or of sqlite3, medians', pantau: round(median(pantau.map((p) => p.cpuSecs!))), floor: round(median(floorCpu)), ratio: round(cpuRatio) },
  });
}

function summary(dialect: string, kind: DataKind, pantau: Timed[], floor: number[], extra: Record<string, unknown>) {
  const secs = median(pantau.map((p) => p.secs));
  const floorSecs = median(floor);
  const ratio = secs / floorSecs;
  const what = dialect === 'postgresql' ? 'psql \\copy into the indexed table' : 'the parsed rows into the indexed table';
  console.log(
    `${dialect} ${kind}, median of ${RUNS}: pantau ${secs.toFixed(2)} s vs ${what} + rollup ${floorSecs.toFixed(2)} s: ` +
      `${ratio.toFixed(2)}× (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`,
  );
  return {
    rows: ROWS[kind],
    pantauImportSecs: { median: round(secs), runs: pantau.map((p) => round(p.secs)) },
    pantauCpuSecs: { median: round(median(pantau.map((p) => p.cpuSecs!))) },
    pantauPeakRssMb: Math.max(...pantau.map((p) => p.peakRssMb!)),
    floor: what + ', then the rollup refresh, one transaction',
    floorSecs: { median: round(floorSecs), runs: floor.map((x) => round(x)) },
    ...extra,
    ratio: round(ratio),
    goal: GOAL,
    met: ratio <= GOAL,
  };
}

async function main() {
  // Like the CLI for big files: a bounded heap (see server/import/heap.ts).
  const code = await runWithBoundedHeap(fileURLToPath(import.meta.url), process.argv.slice(2), HEAP_LIMIT_MB);
  if (code !== undefined) {
    process.exitCode = code;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-bench-import-goal-'));
  const cluster = DIALECTS.includes('postgresql') ? await startThrowawayPostgres() : undefined;
  const results: Record<string, Record<string, unknown>> = {};
  try {
    let postgresVersion: string | undefined;
    if (cluster) postgresVersion = execFileSync('psql', [cluster.url, '-Atc', 'SHOW server_version']).toString().trim();
    for (const kind of KINDS_RUN) {
      const t0 = performance.now();
      const files = await generate(dir, kind, ROWS[kind]);
      console.log(`\n${kind}: ${ROWS[kind].toLocaleString('en')} rows (${(fs.statSync(files.data).size / 1048576).toFixed(0)} MB) generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      results[kind] = {};
      if (cluster) {
        console.log(`PostgreSQL ${postgresVersion}:`);
        results[kind].postgresql = await postgresKind(cluster, dir, kind, files);
      }
      if (DIALECTS.includes('sqlite')) {
        console.log('SQLite:');
        results[kind].sqlite = await sqliteKind(dir, kind, files);
      }
    }
    const report = {
      bench: 'bench/import-goal.ts',
      date: new Date().toISOString(),
      node: process.version,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
      heapLimitMb: HEAP_LIMIT_MB,
      runs: RUNS,
      postgresql: cluster ? { version: postgresVersion, cluster: 'throw-away (server/tools/throwaway-postgres.ts): fsync=off, synchronous_commit=off, full_page_writes=off, defaults otherwise' } : undefined,
      sqlite: DIALECTS.includes('sqlite') ? { tool: execFileSync('sqlite3', ['--version']).toString().trim().split(' ')[0], journal: 'WAL, synchronous=NORMAL (as Pantau runs it)' } : undefined,
      goal: `Pantau's import (full validation) within ${GOAL}× of the database storing the same rows into the same indexed tables (rollup included)`,
      kinds: results,
    };
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwritten: ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await cluster?.stop();
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
