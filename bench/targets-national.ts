// The targets questions at national scale (issue 15: the targets panel and the scope ranking's
// targets of the nation), answered in process by targetAttainment itself, optionally beside
// another checkout's targetAttainment on the same data, in one run: each round asks the before
// code, then this code, so that the shared machine's load weighs on both alike. Wall time and
// the process's CPU time (the SQLite driver's threads included; PostgreSQL's own work is not)
// per answer, median of the rounds; the answers of both sides are compared. Over HTTP the same
// questions are in the national bench (bench/national.ts). Results: bench/results/targets-national.json.
// Nothing here is asserted: these are figures to read.
//
//   npm run bench -- targets-national            the national SQLite set of bench/lib/national-databases.ts, if seeded
//   BENCH_SQLITE=<file> BENCH_POSTGRES=<url>      the data sets to ask (opening them migrates them)
//   BENCH_BEFORE_ROOT=<checkout>                  the code to compare with (it opens the same data sets)
//   BENCH_ROUNDS (11), BENCH_REGION (JATIM), BENCH_BRANCH (MADIUN), BENCH_YEARS (2025,2024: the running and a finished year)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseDatabaseUrl } from '../server/config.ts';
import { machineFacts } from './lib/machine.ts';
import { DATA_DIR } from './lib/national-databases.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const REGION = process.env.BENCH_REGION ?? 'JATIM';
const BRANCH = process.env.BENCH_BRANCH ?? 'MADIUN';
const YEARS = (process.env.BENCH_YEARS ?? '2025,2024').split(',').map(Number);
const WARMUP = 2;

type Answer = (db: unknown, args: Record<string, unknown>) => Promise<unknown>;
interface Side {
  answer: Answer;
  open(url: string): Promise<{ close(): Promise<void> }>;
}

async function side(root: string): Promise<Side> {
  const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);
  const [orm, query] = await Promise.all([load('server/db/orm.ts'), load('server/domains/targets/query.ts')]);
  return { answer: query.targetAttainment, open: (url) => orm.openDatabase(parseDatabaseUrl(url)) };
}

/** The targets the dashboard asks of each scope: the panel (by program), the ranking (by branch, by office), and by staff. */
function questions(): [string, Record<string, unknown>][] {
  return YEARS.flatMap((year): [string, Record<string, unknown>][] => [
    ...(['PROGRAM', 'BRANCH', 'REGION', 'STAFF'] as const).map((groupBy): [string, Record<string, unknown>] => [`nation ${year} by ${groupBy}`, { year, groupBy }]),
    [`region ${REGION} ${year} by PROGRAM`, { year, region: REGION }],
    [`region ${REGION} ${year} by BRANCH`, { year, region: REGION, groupBy: 'BRANCH' }],
    [`branch ${BRANCH} ${year} by PROGRAM`, { year, branch: BRANCH }],
  ]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x: number) => Math.round(x * 10) / 10;

async function timed(answer: Answer, db: unknown, args: Record<string, unknown>) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const rows = await answer(db, args);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { rows, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

async function benchDataSet(url: string, after: Side, before: Side | null) {
  const dbAfter = await after.open(url);
  const dbBefore = before ? await before.open(url) : null;
  const loadStart = os.loadavg()[0];
  const results = [];
  try {
    for (const [label, args] of questions()) {
      const t = { before: [] as number[], after: [] as number[], beforeCpu: [] as number[], afterCpu: [] as number[] };
      let sameAnswer: boolean | null = null;
      for (let round = 0; round < WARMUP + ROUNDS; round++) {
        const b = before && dbBefore ? await timed(before.answer, dbBefore, args) : null;
        const a = await timed(after.answer, dbAfter, args);
        if (round === 0 && b) sameAnswer = isDeepStrictEqual(a.rows, b.rows);
        if (round < WARMUP) continue;
        t.after.push(a.wallMs);
        t.afterCpu.push(a.cpuMs);
        if (b) (t.before.push(b.wallMs), t.beforeCpu.push(b.cpuMs));
      }
      const row = {
        question: label,
        args,
        sameAnswer,
        afterMs: round1(median(t.after)),
        afterCpuMs: round1(median(t.afterCpu)),
        ...(before ? { beforeMs: round1(median(t.before)), beforeCpuMs: round1(median(t.beforeCpu)) } : {}),
      };
      results.push(row);
      console.log(`  ${label.padEnd(32)} after ${String(row.afterMs).padStart(6)} ms (cpu ${row.afterCpuMs})` + (before ? `   before ${row.beforeMs} ms (cpu ${row.beforeCpuMs})   same answer: ${sameAnswer}` : ''));
    }
  } finally {
    await dbAfter.close();
    await dbBefore?.close();
  }
  return { database: url.startsWith('postgres') ? 'postgresql' : 'sqlite', load: { start: round1(loadStart), end: round1(os.loadavg()[0]) }, rounds: ROUNDS, questions: results };
}

const defaultSqlite = path.join(DATA_DIR, 'national.sqlite');
const urls = [process.env.BENCH_SQLITE ?? (process.env.BENCH_POSTGRES ? undefined : fs.existsSync(defaultSqlite) ? defaultSqlite : undefined), process.env.BENCH_POSTGRES].filter((u): u is string => !!u);
if (urls.length === 0) {
  console.log(`targets-national: no national data set (seed one with npm run bench -- national, or name one in BENCH_SQLITE / BENCH_POSTGRES): skipped`);
  process.exit(0);
}
const after = await side(path.resolve(here, '..'));
const before = process.env.BENCH_BEFORE_ROOT ? await side(path.resolve(process.env.BENCH_BEFORE_ROOT)) : null;
const machine = machineFacts();
/** The other checkout by its commit (its folder is this machine's business). */
const beforeCommit = before ? execFileSync('git', ['-C', process.env.BENCH_BEFORE_ROOT!, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim() : null;
console.log(`targets-national: ${machine.cores} cores, commit ${machine.commit.slice(0, 8)}, load ${machine.loadAverage1m}${before ? `, beside ${beforeCommit!.slice(0, 8)}` : ''}`);
const dataSets = [];
for (const url of urls) {
  console.log(`\n${url.startsWith('postgres') ? 'postgresql' : path.basename(url)}`);
  dataSets.push(await benchDataSet(url, after, before));
}
const out = path.join(here, 'results', 'targets-national.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({ bench: 'targets-national', machine, beforeCommit, caching: 'in process, no GraphQL answer cache involved: every call computes', dataSets }, null, 2)}\n`);
console.log(`\nwritten ${path.relative(process.cwd(), out)}`);
