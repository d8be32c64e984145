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
//   floor no importer can beat on this schema. The floor runs on Pantau's own SQLite (node-sqlite3,
//   the connection and pragmas the import has): Debian's sqlite3 tool, an older SQLite built
//   otherwise, needed about a fifth more CPU for the same statements, a floor easier to meet
//   than the database's own. The tool's figures are kept beside it for reference.
//
// Each import runs in a process of its own (bench/lib/import-run.ts, with the bounded heap of a
// big file's import), as a CLI import does. With --before <checkout> (a worktree of the code
// before a change, its node_modules linked) that code's import runs in the same rounds, on the
// same files, the order of the two alternating from round to round, so that the shared machine's
// load weighs on both alike. Each side is run several times and medians compared. The figures
// (wall and CPU seconds, with the machine's load average) are printed and written to
// bench/results/import.json. No assertions: figures only.
//
//   npx tsx bench/import-goal.ts [--membership-rows N] [--campaign-rows N] [--runs N] [--kind membership|campaigns]
//                                [--dialect postgresql|sqlite] [--before CHECKOUT] [--out FILE] [--keep]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import sqlite3 from 'sqlite3';
import { refreshCampaignRollup } from '../server/domains/campaigns/rollup.ts';
import { refreshMembershipRollup } from '../server/domains/membership/rollup.ts';
import { openDatabase } from '../server/db/orm.ts';
import { conflictClause } from '../server/import/conflict-clause.ts';
import { HEAP_LIMIT_MB } from '../server/import/heap.ts';
import { importFile } from '../server/import/importer.ts';
import { KINDS } from '../server/import/kinds.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../server/tools/throwaway-postgres.ts';
import { clusterCpuSecs, generate, type DataKind } from './lib/import-data.ts';
import type { ImportRun, ImportRunResult } from './lib/import-run.ts';

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
const ROOT = path.resolve(here, '..');
const BEFORE = process.argv.includes('--before') ? path.resolve(arg('before', '')) : undefined;
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

interface Timed { secs: number; cpuSecs?: number; mainCpuSecs?: number; peakRssMb?: number; dbCpuSecs?: number }

/** The machine's 1-minute load average, to print beside each figure. */
const load = () => round(os.loadavg()[0], 1);

/** One import by a checkout's code (this one or --before's) in a process of its own (bench/lib/import-run.ts). */
function importBy(root: string, run: Omit<ImportRun, 'root'>): Promise<ImportRunResult> {
  const args = ['--import', 'tsx', `--max-old-space-size=${HEAP_LIMIT_MB}`, path.join(here, 'lib', 'import-run.ts'), JSON.stringify({ ...run, root })];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`import by ${root} exited ${code}`))));
  });
}

/**
 * This code's import and, with --before, the earlier code's, each into a database `fresh()`
 * makes, in an order that alternates with the round. Returns [this, before].
 */
async function bothImports(round: number, fresh: (side: 'after' | 'before') => Promise<ImportRun['target']>, run: Omit<ImportRun, 'root' | 'target'>): Promise<[Timed, Timed | undefined]> {
  const sides: ('after' | 'before')[] = BEFORE ? (round % 2 === 0 ? ['after', 'before'] : ['before', 'after']) : ['after'];
  const out: Partial<Record<'after' | 'before', Timed>> = {};
  for (const side of sides) out[side] = await importBy(side === 'after' ? ROOT : BEFORE!, { ...run, target: await fresh(side) });
  return [out.after!, out.before];
}

/** One side's line: wall, rows/s, CPU (the process's and its main thread's), the database's CPU, peak RSS. */
function describe(label: string, rows: number, t: Timed): string {
  const main = t.mainCpuSecs !== undefined ? `, main thread ${t.mainCpuSecs.toFixed(2)} s` : '';
  const db = t.dbCpuSecs !== undefined ? ` + PostgreSQL ${t.dbCpuSecs.toFixed(2)} s` : '';
  return `${label} ${t.secs.toFixed(2)} s (${rate(rows, t.secs)} rows/s, CPU node ${t.cpuSecs!.toFixed(2)} s${main}${db}, peak RSS ${t.peakRssMb} MB)`;
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
  const before: Timed[] = [];
  const indexed: Timed[] = [];
  const bare: Timed[] = [];
  const loads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    loads.push(load());
    const url = cluster.createDatabase(`bench_${kind}_${run}`);
    const fresh = async (side: 'after' | 'before') => ({ dialect: 'postgresql' as const, url: side === 'after' ? url : cluster.createDatabase(`bench_${kind}_${run}_before`) });
    const [after, earlier] = await bothImports(run, fresh, { kind, branches: files.branches, data: files.data, port });
    pantau.push(after);
    if (earlier) before.push(earlier);
    // The rows as Pantau stored them: what the database is asked to store.
    if (run === 0) execFileSync('psql', [url, '-q', '-c', `\\copy (SELECT ${cols} FROM ${q(spec.table)}) TO '${stored}' WITH (FORMAT csv)`]);
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
    console.log(
      `  run ${run + 1} (load ${loads[run]}): ${describe('pantau', rows, pantau[run])}; ` +
        (earlier ? `${describe('before', rows, earlier)}; ` : '') +
        `psql \\copy into the indexed table + rollup ${indexed[run].secs.toFixed(2)} s (CPU PostgreSQL ${indexed[run].dbCpuSecs?.toFixed(2)} s); ` +
        `into a bare table ${bare[run].secs.toFixed(2)} s`,
    );
  }
  const cpu = (xs: Timed[]) => median(xs.map((x) => (x.cpuSecs ?? 0) + (x.dbCpuSecs ?? 0)));
  const cpuRatio = cpu(pantau) / cpu(indexed);
  console.log(`  CPU (node or psql + the cluster), medians: pantau ${cpu(pantau).toFixed(2)} s${before.length ? ` (before ${cpu(before).toFixed(2)} s)` : ''}, psql \\copy ${cpu(indexed).toFixed(2)} s: ${cpuRatio.toFixed(2)}× (less sensitive to the shared machine than wall time)`);
  return summary('postgresql', kind, pantau, indexed.map((x) => x.secs), loads, {
    bareTableCopySecs: { median: round(median(bare.map((x) => x.secs))), runs: bare.map((x) => round(x.secs)) },
    cpuSecs: {
      what: 'CPU of the client (node or psql) plus the PostgreSQL cluster, medians',
      pantau: round(cpu(pantau)),
      pantauPostgres: round(median(pantau.map((x) => x.dbCpuSecs ?? 0))),
      floor: round(cpu(indexed)),
      ratio: round(cpuRatio),
    },
    ...beforeSummary(before, indexed.map((x) => x.secs), cpu(before), cpu(indexed)),
  });
}

/** The code before the change, measured in the same rounds: its medians and ratios to the same floor. */
function beforeSummary(before: Timed[], floor: number[], beforeCpu: number, floorCpu: number) {
  if (before.length === 0) return {};
  const secs = median(before.map((b) => b.secs));
  return {
    before: {
      commit: execFileSync('git', ['-C', BEFORE!, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
      pantauImportSecs: { median: round(secs), runs: before.map((b) => round(b.secs)) },
      pantauCpuSecs: { median: round(beforeCpu) },
      pantauMainThreadCpuSecs: { median: round(median(before.map((b) => b.mainCpuSecs ?? 0))) },
      ratio: round(secs / median(floor)),
      cpuRatio: round(beforeCpu / floorCpu),
    },
  };
}

/**
 * The SQLite floor: the parsed rows (Pantau's stored rows, copied into a staging table, untimed)
 * upserted into the indexed table of a fresh database with the import's conflict clause, then the
 * rollup, in one transaction, on Pantau's own connection (its SQLite, its pragmas). Its CPU is
 * this process's while only SQLite works (the main thread waits).
 */
async function sqliteFloor(floorFile: string, sourceFile: string, kind: DataKind, files: { branches: string }, rollup: string[]): Promise<Timed> {
  const spec = KINDS[kind];
  const cols = spec.dbColumns.map(q).join(', ');
  const floorDb = await openDatabase({ dialect: 'sqlite', file: floorFile });
  try {
    await importFile(floorDb, { kind: 'branches', source: { path: files.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
    await floorDb.knex.raw(`ATTACH '${sourceFile}' AS src`);
    await floorDb.knex.raw(`CREATE TEMP TABLE staging AS SELECT ${cols} FROM src.${q(spec.table)}`);
    await floorDb.knex.raw('DETACH src');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await floorDb.knex.transaction(async (trx) => {
      await trx.raw(`INSERT INTO ${q(spec.table)} (${cols}) SELECT ${cols} FROM staging WHERE true ${conflictClause(spec)}`);
      for (const statement of rollup) await trx.raw(statement);
    });
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { secs, cpuSecs: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await floorDb.close();
  }
}

/** The same floor through Debian's sqlite3 tool (as measured before 2026-12-02 afternoon), for reference. */
async function sqliteToolFloor(floorFile: string, sourceFile: string, kind: DataKind, files: { branches: string }, rollup: string[]): Promise<Timed> {
  const spec = KINDS[kind];
  const cols = spec.dbColumns.map(q).join(', ');
  const floorDb = await openDatabase({ dialect: 'sqlite', file: floorFile });
  try {
    await importFile(floorDb, { kind: 'branches', source: { path: files.branches }, fileName: 'branches.csv', actor: 'bench', lang: 'en' });
  } finally {
    await floorDb.close();
  }
  const script = [
    `ATTACH '${sourceFile}' AS src;`,
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
  // `.timer` prints each statement's wall, user and system seconds.
  const timings = [...out.matchAll(/Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/g)];
  return { secs: timings.reduce((sum, m) => sum + Number(m[1]), 0), cpuSecs: timings.reduce((sum, m) => sum + Number(m[2]) + Number(m[3]), 0) };
}

async function sqliteKind(dir: string, kind: DataKind, files: { branches: string; data: string }) {
  const rollup = await rollupStatements('sqlite', kind);
  const pantau: Timed[] = [];
  const before: Timed[] = [];
  const floor: Timed[] = [];
  const tool: Timed[] = [];
  const loads: number[] = [];
  const rm = (file: string) => ['', '-wal', '-shm'].forEach((end) => fs.rmSync(file + end, { force: true }));
  for (let run = 0; run < RUNS; run++) {
    loads.push(load());
    const file = (side: string) => path.join(dir, `${side}-${kind}-${run}.sqlite`);
    const fresh = async (side: 'after' | 'before') => ({ dialect: 'sqlite' as const, file: file(side) });
    const [after, earlier] = await bothImports(run, fresh, { kind, branches: files.branches, data: files.data });
    pantau.push(after);
    if (earlier) before.push(earlier);
    floor.push(await sqliteFloor(file('floor'), file('after'), kind, files, rollup));
    tool.push(await sqliteToolFloor(file('tool'), file('after'), kind, files, rollup));
    const rows = ROWS[kind];
    console.log(
      `  run ${run + 1} (load ${loads[run]}): ${describe('pantau', rows, after)}; ` +
        (earlier ? `${describe('before', rows, earlier)}; ` : '') +
        `the parsed rows into the indexed table + rollup ${floor[run].secs.toFixed(2)} s (CPU ${floor[run].cpuSecs!.toFixed(2)} s; sqlite3 tool ${tool[run].secs.toFixed(2)} s, CPU ${tool[run].cpuSecs!.toFixed(2)} s)`,
    );
    for (const side of ['after', 'before', 'floor', 'tool']) rm(file(side));
  }
  const cpu = (xs: Timed[]) => median(xs.map((x) => x.cpuSecs!));
  const cpuRatio = cpu(pantau) / cpu(floor);
  console.log(
    `  CPU, medians: pantau ${cpu(pantau).toFixed(2)} s (node and its SQLite threads; main thread ${median(pantau.map((p) => p.mainCpuSecs ?? 0)).toFixed(2)} s)` +
      `${before.length ? `, before ${cpu(before).toFixed(2)} s` : ''}, the floor ${cpu(floor).toFixed(2)} s (sqlite3 tool ${cpu(tool).toFixed(2)} s): ${cpuRatio.toFixed(2)}×`,
  );
  return summary('sqlite', kind, pantau, floor.map((x) => x.secs), loads, {
    floorSqlite3Tool: {
      what: "the same floor through Debian's sqlite3 tool (an older SQLite, built otherwise): the floor measured until 2026-12-02's morning",
      secs: { median: round(median(tool.map((x) => x.secs))), runs: tool.map((x) => round(x.secs)) },
      cpuSecs: round(cpu(tool)),
    },
    cpuSecs: {
      what: 'CPU of node (SQLite runs on its threads), medians; the floor on the same SQLite (node-sqlite3)',
      pantau: round(cpu(pantau)),
      pantauMainThread: round(median(pantau.map((p) => p.mainCpuSecs ?? 0))),
      floor: round(cpu(floor)),
      ratio: round(cpuRatio),
    },
    ...beforeSummary(before, floor.map((x) => x.secs), cpu(before), cpu(floor)),
  });
}

function summary(dialect: string, kind: DataKind, pantau: Timed[], floor: number[], loads: number[], extra: Record<string, unknown>) {
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
    loadAverage: { what: "the machine's 1-minute load average at the start of each round", runs: loads },
    ...extra,
    ratio: round(ratio),
    goal: GOAL,
    met: ratio <= GOAL,
  };
}

async function main() {
  if (BEFORE && !fs.existsSync(path.join(BEFORE, 'server', 'import', 'importer.ts'))) throw new Error(`--before ${BEFORE}: not a Pantau checkout`);
  const startLoad = os.loadavg().map((x) => round(x, 1));
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
      commit: execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
      // The commit only: the checkout's folder is this machine's, no part of the results.
      before: BEFORE ? { commit: execFileSync('git', ['-C', BEFORE, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() } : undefined,
      loadAverage: { start: startLoad, end: os.loadavg().map((x) => round(x, 1)) },
      postgresql: cluster ? { version: postgresVersion, cluster: 'throw-away (server/tools/throwaway-postgres.ts): fsync=off, synchronous_commit=off, full_page_writes=off, defaults otherwise' } : undefined,
      sqlite: DIALECTS.includes('sqlite')
        ? { version: sqlite3.VERSION, tool: execFileSync('sqlite3', ['--version']).toString().trim().split(' ')[0], journal: 'WAL, synchronous=NORMAL (as Pantau runs it)' }
        : undefined,
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
