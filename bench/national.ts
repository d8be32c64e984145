// Every dashboard question timed at national and stress scale (issue 15): each GraphQL document
// the dashboard sends, at each scope it offers (the nation, a regional office, one branch) for
// its default period and one full year, plus the scope ranking table's questions, asked over
// real HTTP of a real server process with the default limits (rate limit off: the bench is one
// client asking far more than one person) and its answer cache off, so that every timed request
// computes; `warm` columns repeat it on a server with the default configuration (answer cache
// on, where the server has one). Printed per database as p50/p95/max in ms, the
// answer's rows, GraphQL/direct (the same aggregation through the same driver without GraphQL
// and HTTP) and the goals met; a question the row-cost limit refuses is recorded as refused
// and timed against a second server with the limit off. The same questions at demo and stress
// scale give each question's stress/demo ratio. Results: bench/results/national-<dialect>.json.
// Nothing here is asserted: these are figures to read.
//
//   npm run bench -- national                       SQLite and PostgreSQL; demo, national, stress
//   BENCH_DATABASES=sqlite BENCH_SCALES=national,demo npm run bench -- national
//   BENCH_STRESS_BRANCHES=300 …                     caps the stress scale (1,470 branches) and says so
//   BENCH_ROUNDS (30), BENCH_WARMUP (3), BENCH_SECONDS_PER_QUESTION (20: fewer rounds, at least
//   5, for a question slower than that), BENCH_REGION (JATIM), BENCH_YEAR (2024),
//   BENCH_DATA_DIR (seeded SQLite files, reused while the seed code is unchanged),
//   BENCH_POSTGRES_URL (a running server to keep seeded databases in; else a throw-away cluster),
//   BENCH_RESEED=1 (seed anew even when a complete database is there),
//   BENCH_OUT_SUFFIX (e.g. `-baseline`: bench/results/national-<dialect>-baseline.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '../server/db/orm.ts';
import type { Scale } from '../server/db/seed/national-seed.ts';
import { timeFirstView, type FirstViewTiming } from './lib/first-view-timing.ts';
import { machineFacts } from './lib/machine.ts';
import { DATA_DIR, prepareDataSet, stopPostgres, type DataSet, type DataSizes } from './lib/national-databases.ts';
import { answerDirectly } from './lib/national-direct.ts';
import { dashboardQuestions } from './lib/national-questions.ts';
import { compareScales, comparisonTable, firstViewTable, goalLine, GOALS, questionTable, summarizeGoals, type GoalSummary, type ScaleComparison } from './lib/national-report.ts';
import { timeQuestion, type QuestionTiming, type Servers, type TimingOptions } from './lib/national-timing.ts';
import { startServerProcess } from './lib/server-process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const list = (v: string | undefined, fallback: string) => (v || fallback).split(',').map((s) => s.trim()).filter(Boolean);
const DIALECTS = list(process.env.BENCH_DATABASES, 'sqlite,postgresql') as Dialect[];
const SCALES = list(process.env.BENCH_SCALES, 'national,demo,stress') as Scale[];
const STRESS_BRANCHES = process.env.BENCH_STRESS_BRANCHES ? Number(process.env.BENCH_STRESS_BRANCHES) : undefined;
const TIMING: TimingOptions = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 30),
  warmup: Number(process.env.BENCH_WARMUP ?? 3),
  maxSeconds: Number(process.env.BENCH_SECONDS_PER_QUESTION ?? 20),
  minRounds: 5,
};
const PLAN = { region: process.env.BENCH_REGION ?? 'JATIM', branch: 'MADIUN', year: Number(process.env.BENCH_YEAR ?? 2024) };
/** What the servers run with besides their database: the defaults but for the rate limit. */
const SERVER_ENV = { DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' };
/** The servers the rounds are timed on compute every answer (a server without an answer cache ignores this). */
const NO_ANSWER_CACHE = { GRAPHQL_ANSWER_CACHE_ENTRIES: '0' };
const NO_COST_LIMIT = { GRAPHQL_MAX_COST_ROWS: '0' };

interface DataSetResult {
  dialect: Dialect;
  scale: Scale;
  branchLimit: number | null;
  capped: boolean;
  database: string;
  seededSeconds: number | null;
  seededAtCommit: string;
  sizes: DataSizes;
  regionBranches: number;
  seconds: number;
  /** The machine's 1-minute load average as the data set's timing began and ended (others share the two cores). */
  load: { start: number; end: number };
  goals: GoalSummary;
  questions: QuestionTiming[];
  firstView: FirstViewTiming[];
}

async function benchDataSet(set: DataSet): Promise<DataSetResult> {
  const t0 = Date.now();
  const loadStart = os.loadavg()[0];
  const regionBranches = Number((await set.db.read('branch').where({ region_code: PLAN.region }).count({ n: '*' }).first())?.n ?? 0);
  const hasBranch = (await set.db.read('branch').where({ code: PLAN.branch }).first()) !== undefined;
  if (!regionBranches || !hasBranch) throw new Error(`the data set has no ${regionBranches ? PLAN.branch : PLAN.region}`);
  const questions = await dashboardQuestions(PLAN, (doc, vars) => answerDirectly(set.db, doc, vars));
  const servers: Servers = {
    computing: await startServerProcess({ ...SERVER_ENV, ...NO_ANSWER_CACHE, DATABASE_URL: set.url }),
    unlimited: await startServerProcess({ ...SERVER_ENV, ...NO_ANSWER_CACHE, ...NO_COST_LIMIT, DATABASE_URL: set.url }),
    cached: await startServerProcess({ ...SERVER_ENV, DATABASE_URL: set.url }),
  };
  const timings: QuestionTiming[] = [];
  const firstView: FirstViewTiming[] = [];
  try {
    for (const q of questions) {
      const t = await timeQuestion(q, servers, set.db, TIMING);
      timings.push(t);
      process.stdout.write(`  ${q.id}: p95 ${t.graphql?.p95 ?? '–'} ms${t.refused ? ' (refused at the default limit)' : ''}${t.error ? ` ${t.error}` : ''}\n`);
    }
    const views = [['nation', 'scope=national'], [`region ${PLAN.region}`, `region=${PLAN.region}`], [`branch ${PLAN.branch}`, `branch=${PLAN.branch}`]];
    for (const [scope, search] of views) firstView.push(await timeFirstView(servers.cached.base, scope, search, Math.min(TIMING.rounds, 10)));
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  const file = set.dialect === 'sqlite' ? path.basename(set.url) : new URL(set.url).pathname.slice(1);
  return {
    dialect: set.dialect, scale: set.scale, branchLimit: set.branchLimit ?? null, capped: set.branchLimit !== undefined,
    database: `${set.dialect} ${file}`, seededSeconds: set.seededSeconds, seededAtCommit: set.seededAtCommit, sizes: set.sizes, regionBranches,
    seconds: Math.round((Date.now() - t0) / 1000), load: { start: Math.round(loadStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 }, goals: summarizeGoals(timings), questions: timings, firstView,
  };
}

function describe(r: DataSetResult): string {
  const s = r.sizes;
  return `${r.dialect}, ${r.scale}${r.capped ? ` capped at ${r.branchLimit} branches` : ''}: ${s.branches} branches (${r.regionBranches} in ${PLAN.region}), ${s.campaignActivities.toLocaleString('en')} activities, ` +
    `${s.campaignRollupRows.toLocaleString('en')} rollup rows, ${s.membershipRows.toLocaleString('en')} membership rows, ${s.targets.toLocaleString('en')} targets, ${s.databaseMB} MB` +
    `${r.seededSeconds === null ? ' (reused)' : `, seeded in ${r.seededSeconds} s`}; load average ${r.load.start} → ${r.load.end}`;
}

const machine = machineFacts();
console.log(`national bench: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, commit ${machine.commit.slice(0, 8)}${machine.workTreeChanged ? ' (work tree changed)' : ''}, load ${machine.loadAverage1m}`);
console.log(`seeded SQLite files in ${DATA_DIR}; rounds ${TIMING.rounds} after ${TIMING.warmup} warm-up, at most ${TIMING.maxSeconds} s a question (at least ${TIMING.minRounds} rounds)`);
fs.mkdirSync(path.join(here, 'results'), { recursive: true });

for (const dialect of DIALECTS) {
  const results: DataSetResult[] = [];
  try {
    for (const scale of SCALES) {
      const set = await prepareDataSet(dialect, scale, scale === 'stress' ? STRESS_BRANCHES : undefined);
      try {
        const result = await benchDataSet(set);
        results.push(result);
        console.log(`\n${describe(result)}\n${questionTable(result.questions)}\n${goalLine(result.goals)}\n\n${firstViewTable(result.firstView)}\n`);
      } finally {
        await set.db.close();
      }
    }
  } finally {
    if (dialect === 'postgresql') await stopPostgres();
  }
  const demo = results.find((r) => r.scale === 'demo');
  const comparisons: Record<string, ScaleComparison[]> = {};
  for (const other of results.filter((r) => r.scale !== 'demo')) {
    if (!demo) break;
    const label = other.capped ? `${other.scale} (${other.branchLimit} branches)` : other.scale;
    comparisons[other.scale] = compareScales(demo.questions, other.questions);
    console.log(`\n${dialect}: ${label} against demo (p95, ms)\n${comparisonTable(label, comparisons[other.scale])}\n`);
  }
  const out = path.join(here, 'results', `national-${dialect}${process.env.BENCH_OUT_SUFFIX ?? ''}.json`);
  const json = {
    bench: 'national',
    machine,
    goals: GOALS,
    timing: TIMING,
    plan: PLAN,
    servers: {
      env: SERVER_ENV,
      computing: NO_ANSWER_CACHE,
      costLimitOff: { ...NO_ANSWER_CACHE, ...NO_COST_LIMIT },
      cached: 'the default configuration',
      note: 'separate server processes (node --import tsx server/main.ts) per data set, asked over loopback HTTP; the direct path runs in the bench process on its own connections to the same database',
    },
    caching: 'graphql, direct and firstMs: the answer cache off (GRAPHQL_ANSWER_CACHE_ENTRIES=0), every request computes; firstMs is the first ask on a fresh server, the rounds follow the warm-up with the database pages in memory. warm: the default server asked the same request again (its answer cache, where the server has one). firstView: index.html of the default server, firstLoadMs its first load, the rounds after it (the page may be cached for a few seconds per URL).',
    dataSets: results,
    stressOverDemo: comparisons,
  };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), out)}`);
}
