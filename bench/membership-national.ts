// The membership questions at national scale (tryout F2: the monthly trend of the nation and of
// an office), at each scope the dashboard offers (the nation, an office, a branch), timed over
// real HTTP of a real server process with its answer cache off, and optionally beside the code
// before a change on the same data, in one run: each round asks the before server, then the
// after server, so that the shared machine's load weighs on both alike. Each side is first
// asked once at the default row-cost limit (a refusal is recorded), then timed on a server
// with the limit off; the answers of both sides are compared. Results:
// bench/results/membership-national.json. Nothing here is asserted: these are figures to read.
//
//   npm run bench -- membership-national          the seeded national SQLite set (bench/lib/national-databases.ts), this code only
//   BENCH_SQLITE=<file> BENCH_POSTGRES=<url>       the national data sets this code serves (opening them migrates them)
//   BENCH_BEFORE_ROOT=<checkout> BENCH_BEFORE_SQLITE=<file> BENCH_BEFORE_POSTGRES=<url>
//                                                  the same data served by another checkout's code (copies this
//                                                  code never opened: its migrations would change them)
//   BENCH_ROUNDS (30), BENCH_WARMUP (3), BENCH_SECONDS_PER_QUESTION (20: fewer rounds, at least 5, for a
//   question slower than that on both sides together), BENCH_REGION (JATIM), BENCH_BRANCH (MADIUN), BENCH_YEAR (2024)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { postGraphQL, type HttpAnswer } from './lib/graphql-http.ts';
import { machineFacts } from './lib/machine.ts';
import { prepareDataSet } from './lib/national-databases.ts';
import { freePort } from './lib/server-process.ts';
import { ms, summarize } from './lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const REGION = process.env.BENCH_REGION ?? 'JATIM';
const BRANCH = process.env.BENCH_BRANCH ?? 'MADIUN';
const YEAR = Number(process.env.BENCH_YEAR ?? 2024);
const SECONDS_PER_QUESTION = Number(process.env.BENCH_SECONDS_PER_QUESTION ?? 20);
const MIN_ROUNDS = 5;
const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
const SERVER_ENV = { DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production', GRAPHQL_ANSWER_CACHE_ENTRIES: '0' };

const TREND = `query Trend($branch: ID, $region: ID, $programs: [Program!], $from: String, $to: String, $granularity: Granularity) {
  membershipTrend(branch: $branch, region: $region, programs: $programs, from: $from, to: $to, granularity: $granularity) {
    segment program unit
    points { period activeParticipants change changePct changeUnavailable newParticipants lapsedParticipants flowsIncomplete reportingBranches asOf source flowSource }
  }
}`;
const YEARS = 'query Years($branch: ID, $region: ID) { membershipYears(branch: $branch, region: $region) }';

interface Question {
  id: string;
  operation: 'Trend' | 'Years';
  variables: Record<string, unknown>;
}

function questions(): Question[] {
  const scopes: [string, Record<string, unknown>][] = [['nation', {}], [`region ${REGION}`, { region: REGION }], [`branch ${BRANCH}`, { branch: BRANCH }]];
  const variants: [string, Record<string, unknown>][] = [
    ['yearly, all data', {}],
    ['quarterly, all data', { granularity: 'QUARTER' }],
    ['monthly, all data', { granularity: 'MONTH' }],
    ['monthly per program, all data', { granularity: 'MONTH', programs: PROGRAMS }],
    [`monthly per program, ${YEAR}`, { granularity: 'MONTH', programs: PROGRAMS, from: `${YEAR}-01`, to: `${YEAR}-12` }],
  ];
  return scopes.flatMap(([scope, args]) => [
    ...variants.map(([variant, v]): Question => ({ id: `membershipTrend ${variant} | ${scope}`, operation: 'Trend', variables: { ...args, ...v } })),
    { id: `membershipYears | ${scope}`, operation: 'Years', variables: args },
  ]);
}

interface Server {
  base: string;
  stop(): Promise<void>;
}

/** A server of the checkout at `root` (`node --import tsx server/main.ts` there) on a free loopback port. */
async function startServer(root: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...SERVER_ENV, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString('utf8')).slice(-5000)));
  const base = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 180_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the server of ${root} exited with ${child.exitCode}: ${err}`);
    if (Date.now() > until) throw new Error(`the server of ${root} did not become ready: ${err}`);
    if (await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Side {
  label: 'before' | 'after';
  root: string;
  url: string;
}

interface Timing {
  /** The refusal's error code at the default limit (COST_LIMIT), or null when it answered. */
  refusedAtDefault: string | null;
  estimateMessage: string | null;
  p50: number;
  p95: number;
  max: number;
  rounds: number;
  error: string | null;
}

const ask = (server: Server, q: Question): Promise<HttpAnswer> => postGraphQL(server.base, q.operation, q.operation === 'Trend' ? TREND : YEARS, q.variables);

async function benchDatabase(dialect: string, sides: Side[]) {
  const list = questions();
  // The machine is shared: the 1-minute load as this database's timing begins and ends.
  const loadStart = os.loadavg()[0];
  // Refusals at the default limit, one server per side at a time.
  const refusals = new Map<string, HttpAnswer>();
  for (const side of sides) {
    const server = await startServer(side.root, { DATABASE_URL: side.url });
    try {
      for (const q of list) refusals.set(`${side.label}|${q.id}`, await ask(server, q));
    } finally {
      await server.stop();
    }
  }
  const servers = await Promise.all(sides.map((side) => startServer(side.root, { DATABASE_URL: side.url, GRAPHQL_MAX_COST_ROWS: '0' })));
  const results = [];
  try {
    for (const q of list) {
      const times = sides.map(() => [] as number[]);
      const answers: (HttpAnswer | undefined)[] = sides.map(() => undefined);
      const t0 = Date.now();
      for (let round = 0; round < WARMUP + ROUNDS; round++) {
        // A slow question gets fewer rounds (at least MIN_ROUNDS timed).
        if (round >= WARMUP + MIN_ROUNDS && Date.now() - t0 > SECONDS_PER_QUESTION * 1000) break;
        for (const [i, server] of servers.entries()) {
          const a = await ask(server, q);
          answers[i] ??= a;
          if (round >= WARMUP) times[i].push(a.ms);
        }
      }
      const timing = Object.fromEntries(
        sides.map((side, i): [string, Timing] => {
          const refusal = refusals.get(`${side.label}|${q.id}`)!;
          const s = summarize(times[i]);
          return [side.label, { refusedAtDefault: refusal.error, estimateMessage: refusal.error ? refusal.message : null, p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max), rounds: s.n, error: answers[i]!.error }];
        }),
      );
      const sameAnswer = sides.length < 2 ? null : isDeepStrictEqual(answers[0]!.data, answers[1]!.data);
      results.push({ id: q.id, variables: q.variables, ...timing, sameAnswer });
      const line = sides.map((side) => `${side.label} p50 ${timing[side.label].p50} p95 ${timing[side.label].p95}${timing[side.label].refusedAtDefault ? ` (${timing[side.label].refusedAtDefault})` : ''}`).join(' | ');
      process.stdout.write(`  ${dialect} ${q.id}: ${line}${sameAnswer === null ? '' : sameAnswer ? '; same answer' : '; ANSWERS DIFFER'}\n`);
    }
  } finally {
    for (const server of servers) await server.stop();
  }
  const commitOf = (root: string) => execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const load = { start: Math.round(loadStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 };
  return { dialect, load, sides: sides.map(({ label, root, url }) => ({ label, commit: commitOf(root), database: dialect === 'sqlite' ? path.basename(url) : new URL(url).pathname.slice(1) })), questions: results };
}

function sidesFor(after: string | undefined, before: string | undefined): Side[] {
  const sides: Side[] = [];
  if (before && process.env.BENCH_BEFORE_ROOT) sides.push({ label: 'before', root: path.resolve(process.env.BENCH_BEFORE_ROOT), url: before });
  if (after) sides.push({ label: 'after', root: ROOT, url: after });
  return sides;
}

const machine = machineFacts();
console.log(`membership national bench: ${machine.cores} cores, Node ${machine.node}, commit ${machine.commit.slice(0, 8)}${machine.workTreeChanged ? ' (work tree changed)' : ''}, load ${machine.loadAverage1m}; ${ROUNDS} rounds after ${WARMUP}`);
let sqlite = process.env.BENCH_SQLITE;
if (!sqlite && !process.env.BENCH_POSTGRES) {
  const set = await prepareDataSet('sqlite', 'national');
  await set.db.close();
  sqlite = set.url;
}
const databases = [];
for (const [dialect, after, before] of [['sqlite', sqlite, process.env.BENCH_BEFORE_SQLITE], ['postgresql', process.env.BENCH_POSTGRES, process.env.BENCH_BEFORE_POSTGRES]] as const) {
  const sides = sidesFor(after, before);
  if (sides.length) databases.push(await benchDatabase(dialect, sides));
}
fs.mkdirSync(path.join(here, 'results'), { recursive: true });
const out = path.join(here, 'results', 'membership-national.json');
fs.writeFileSync(out, `${JSON.stringify({ bench: 'membership-national', machine, rounds: ROUNDS, warmup: WARMUP, secondsPerQuestion: SECONDS_PER_QUESTION, plan: { region: REGION, branch: BRANCH, year: YEAR }, databases }, null, 2)}\n`);
console.log(`written ${path.relative(ROOT, out)}`);
