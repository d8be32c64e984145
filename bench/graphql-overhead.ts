// What GraphQL over HTTP adds to the dashboard's questions (issue 15: "GraphQL ≤ 1.2× the same
// aggregation through the same driver"). Each dashboard question (bench/lib/national-questions.ts)
// is asked over loopback HTTP of a server process with its answer cache off (every request
// computes) and the rate limit off, and answered directly by its questions' answer functions
// (bench/lib/national-direct.ts) in this process on the same database, rounds alternating
// between the two so that both see the same machine. Printed and written per database: p50 of
// each path in ms, their ratio and their difference (what GraphQL, HTTP and the protections
// add), beside two floors: GET /healthz (HTTP alone) and `{ __typename }` (GraphQL reading
// nothing), which any answer over HTTP pays whatever the server does. The floor is printed with
// what it means for the goal: `{ __typename }` reads nothing, so its time is the fixed cost of an
// answer over HTTP (the client's fetch, loopback TCP, two processes woken on shared cores, the
// body read, Apollo's pipeline, serialising); a question meets 1.2× only when its direct time is
// at least five times that floor, and each question's time beyond floor and direct is what its
// own GraphQL work adds. So that the goal can be read for GraphQL itself, each question is also
// executed in this process by the same server's Apollo (createApp's, every plugin on, the same
// context as /graphql gives an anonymous caller; bench/lib/graphql-in-process.ts), on the direct
// path's own connections: `inProcessRatio` is GraphQL against the direct aggregation with no HTTP
// at all, and since wall time on shared cores is noisy, `cpuRatio` is the same comparison in CPU
// time of this process (SQLite's driver threads included; PostgreSQL's own work is in neither).
// The HTTP figures stay beside them. Results: bench/results/graphql-overhead.json
// (BENCH_OUT_SUFFIX, e.g. `-before`, names another file). Nothing is asserted: these are figures to read.
//
//   npm run bench -- graphql-overhead
//   BENCH_DATABASES=sqlite BENCH_SCALES=demo,national BENCH_ROUNDS=40 npm run bench -- graphql-overhead
// First: the server's environment, before graphql-js loads (server-env.ts says why).
import { SERVER_ENV } from './lib/server-env.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config.ts';
import type { Dialect } from '../server/db/orm.ts';
import type { Scale } from '../server/db/seed/national-seed.ts';
import { postGraphQL } from './lib/graphql-http.ts';
import { inProcessGraphQL, type InProcessGraphQL } from './lib/graphql-in-process.ts';
import { machineFacts } from './lib/machine.ts';
import { prepareDataSet, stopPostgres, type DataSet } from './lib/national-databases.ts';
import { answerDirectly } from './lib/national-direct.ts';
import { dashboardQuestions, type BenchQuestion } from './lib/national-questions.ts';
import { startServerProcess, type ServerProcess } from './lib/server-process.ts';
import { ms, summarize } from './lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const list = (v: string | undefined, fallback: string) => (v || fallback).split(',').map((s) => s.trim()).filter(Boolean);
const DIALECTS = list(process.env.BENCH_DATABASES, 'sqlite,postgresql') as Dialect[];
const SCALES = list(process.env.BENCH_SCALES, 'demo') as Scale[];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const PLAN = { region: process.env.BENCH_REGION ?? 'JATIM', branch: 'MADIUN', year: Number(process.env.BENCH_YEAR ?? 2024) };

interface Row {
  id: string;
  graphqlP50: number;
  directP50: number;
  /** graphqlP50 / directP50 (the goal: at most 1.2). */
  ratio: number;
  /** graphqlP50 − directP50, ms: what GraphQL, HTTP and the protections add. */
  addedMs: number;
  /** `{ __typename }` over the same HTTP, asked in the same rounds: the floor beside this question. */
  floorP50: number;
  /** addedMs − floorP50: what this question's own GraphQL work adds beyond any request's cost. */
  beyondFloorMs: number;
  /** The same operation executed in this process by the server's own Apollo (no HTTP), p50 ms. */
  inProcessP50: number;
  /** inProcessP50 / directP50: GraphQL's own cost against the same aggregation (the goal: at most 1.2). */
  inProcessRatio: number;
  /** inProcessP50 − directP50, ms. */
  inProcessAddedMs: number;
  /** This process's CPU time per answer, p50 ms: direct, and executed by Apollo in-process. */
  directCpuMs: number;
  inProcessCpuMs: number;
  /** inProcessCpuMs / directCpuMs: the goal read in CPU time, which the machine's load moves less than wall time. */
  cpuRatio: number;
  error?: string;
}

const ratioOf = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const failed = (id: string, error: string): Row => ({
  id,
  graphqlP50: NaN,
  directP50: NaN,
  ratio: NaN,
  addedMs: NaN,
  floorP50: NaN,
  beyondFloorMs: NaN,
  inProcessP50: NaN,
  inProcessRatio: NaN,
  inProcessAddedMs: NaN,
  directCpuMs: NaN,
  inProcessCpuMs: NaN,
  cpuRatio: NaN,
  error,
});

async function timeOne(q: BenchQuestion, server: ServerProcess, set: DataSet, gql: InProcessGraphQL): Promise<Row> {
  const http = () => postGraphQL(server.base, q.operation, q.query, q.variables);
  const direct = async () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await answerDirectly(set.db, q.document, q.variables);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    return { ms: wall, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  const inProcess = () => gql.execute(q.operation, q.query, q.variables);
  const first = await http();
  if (first.error) return failed(q.id, `${first.error}: ${first.message}`);
  const firstInProcess = await inProcess();
  if (firstInProcess.error) return failed(q.id, `in-process ${firstInProcess.error}: ${firstInProcess.message}`);
  // The floor is asked in the same rounds: on shared cores it moves with everyone else's load.
  const floor = async () => (await postGraphQL(server.base, 'Floor', 'query Floor { __typename }', {})).ms;
  for (let i = 0; i < WARMUP; i++) {
    await http();
    await direct();
    await inProcess();
  }
  const g: number[] = [];
  const d: number[] = [];
  const dc: number[] = [];
  const p: number[] = [];
  const pc: number[] = [];
  const f: number[] = [];
  const paths = [
    async () => g.push((await http()).ms),
    async () => {
      const r = await direct();
      d.push(r.ms);
      dc.push(r.cpuMs);
    },
    async () => {
      const r = await inProcess();
      p.push(r.ms);
      pc.push(r.cpuMs);
    },
  ];
  for (let i = 0; i < ROUNDS; i++) {
    f.push(await floor());
    // Turning which path goes first, so that none always finds another's warm pages.
    for (let k = 0; k < paths.length; k++) await paths[(i + k) % paths.length]();
  }
  const gp = summarize(g).p50;
  const dp = summarize(d).p50;
  const fp = summarize(f).p50;
  const pp = summarize(p).p50;
  const dcp = summarize(dc).p50;
  const pcp = summarize(pc).p50;
  return {
    id: q.id,
    graphqlP50: ms(gp),
    directP50: ms(dp),
    ratio: ratioOf(gp, dp),
    addedMs: ms(gp - dp),
    floorP50: ms(fp),
    beyondFloorMs: ms(gp - dp - fp),
    inProcessP50: ms(pp),
    inProcessRatio: ratioOf(pp, dp),
    inProcessAddedMs: ms(pp - dp),
    directCpuMs: Math.round(dcp * 1000) / 1000,
    inProcessCpuMs: Math.round(pcp * 1000) / 1000,
    cpuRatio: ratioOf(pcp, dcp),
  };
}

interface Floors {
  healthzP50: number;
  typenameP50: number;
  /** `{ __typename }` executed in-process by the same Apollo: GraphQL's own floor without HTTP, wall and CPU ms. */
  inProcessTypenameP50: number;
  inProcessTypenameCpuMs: number;
}

/** What any request costs before a question: a probe over HTTP (no GraphQL), a GraphQL query that reads nothing, and that query without HTTP. */
async function floors(server: ServerProcess, gql: InProcessGraphQL): Promise<Floors> {
  const probe = async () => {
    const t0 = performance.now();
    await (await fetch(`${server.base}/healthz`)).text();
    return performance.now() - t0;
  };
  const typename = async () => (await postGraphQL(server.base, 'Floor', 'query Floor { __typename }', {})).ms;
  const inProcess = () => gql.execute('Floor', 'query Floor { __typename }', {});
  const h: number[] = [];
  const t: number[] = [];
  const p: number[] = [];
  const pc: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    await probe();
    await typename();
    await inProcess();
  }
  for (let i = 0; i < ROUNDS * 2; i++) {
    h.push(await probe());
    t.push(await typename());
    const r = await inProcess();
    p.push(r.ms);
    pc.push(r.cpuMs);
  }
  return {
    healthzP50: ms(summarize(h).p50),
    typenameP50: ms(summarize(t).p50),
    inProcessTypenameP50: Math.round(summarize(p).p50 * 1000) / 1000,
    inProcessTypenameCpuMs: Math.round(summarize(pc).p50 * 1000) / 1000,
  };
}

const machine = machineFacts();
console.log(`graphql-overhead: ${machine.cores} cores, Node ${machine.node}, commit ${machine.commit.slice(0, 8)}${machine.workTreeChanged ? ' (work tree changed)' : ''}, load ${machine.loadAverage1m}; ${ROUNDS} rounds after ${WARMUP}`);
const results: unknown[] = [];
for (const dialect of DIALECTS) {
  try {
    for (const scale of SCALES) {
      const set = await prepareDataSet(dialect, scale);
      const loadStart = os.loadavg()[0];
      const server = await startServerProcess({ ...SERVER_ENV, DATABASE_URL: set.url });
      const gql = await inProcessGraphQL(set.db, loadConfig({ ...process.env, ...SERVER_ENV, DATABASE_URL: set.url }));
      const rows: Row[] = [];
      let floor: Floors | undefined;
      try {
        floor = await floors(server, gql);
        console.log(
          `  ${dialect} ${scale} floors: GET /healthz ${floor.healthzP50} ms, { __typename } ${floor.typenameP50} ms over HTTP, ${floor.inProcessTypenameP50} ms (CPU ${floor.inProcessTypenameCpuMs} ms) in-process`,
        );
        const questions = await dashboardQuestions(PLAN, (doc, vars) => answerDirectly(set.db, doc, vars));
        for (const q of questions) {
          const row = await timeOne(q, server, set, gql);
          rows.push(row);
          console.log(
            `  ${dialect} ${scale} ${row.id}: direct ${row.directP50} ms; in-process GraphQL ${row.inProcessP50} ms ×${row.inProcessRatio} (CPU ${row.inProcessCpuMs}/${row.directCpuMs} ms ×${row.cpuRatio}); ` +
              `HTTP ${row.graphqlP50} ms ×${row.ratio} (+${row.addedMs} ms; floor ${row.floorP50} ms)${row.error ? ` ${row.error}` : ''}`,
          );
        }
      } finally {
        await server.stop();
        await gql.close();
        await set.db.close();
      }
      const ok = rows.filter((r) => !r.error);
      const sortedAdded = ok.map((r) => r.addedMs).sort((a, b) => a - b);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;
      // The floor beside the questions, asked in their rounds (the separate floor run moves with the load).
      const fixed = ms(median(ok.map((r) => r.floorP50)) ?? NaN);
      const summary = {
        questions: rows.length,
        withinGoal: ok.filter((r) => r.ratio <= 1.2).length,
        medianRatio: median(ok.map((r) => r.ratio)),
        medianAddedMs: sortedAdded[Math.floor(sortedAdded.length / 2)] ?? null,
        /** Questions whose direct time is at least five floors: only they can be within 1.2× over HTTP at all. */
        longEnoughForGoal: ok.filter((r) => r.directP50 >= 5 * fixed).length,
        /** What a question adds beyond the fixed floor: its own GraphQL work (arguments, resolving its fields, a larger body). */
        medianFloorMs: fixed,
        medianAddedBeyondFloorMs: ms(median(ok.map((r) => r.beyondFloorMs)) ?? NaN),
        /** GraphQL without HTTP (the server's Apollo in-process) against the direct aggregation: wall time, and CPU time. */
        inProcess: {
          withinGoal: ok.filter((r) => r.inProcessRatio <= 1.2).length,
          medianRatio: median(ok.map((r) => r.inProcessRatio)),
          medianAddedMs: ms(median(ok.map((r) => r.inProcessAddedMs)) ?? NaN),
          withinGoalCpu: ok.filter((r) => r.cpuRatio <= 1.2).length,
          medianCpuRatio: median(ok.map((r) => r.cpuRatio)),
          worst: [...ok].sort((a, b) => b.inProcessRatio - a.inProcessRatio).slice(0, 3).map((r) => ({ id: r.id, inProcessRatio: r.inProcessRatio, cpuRatio: r.cpuRatio, directP50: r.directP50 })),
        },
      };
      console.log(
        `${dialect} ${scale}: in-process GraphQL ${summary.inProcess.withinGoal}/${summary.questions} within 1.2× (median ×${summary.inProcess.medianRatio}, +${summary.inProcess.medianAddedMs} ms), ` +
          `in CPU ${summary.inProcess.withinGoalCpu}/${summary.questions} (median ×${summary.inProcess.medianCpuRatio}); ` +
          `over HTTP ${summary.withinGoal}/${summary.questions} within 1.2×, median ×${summary.medianRatio}, median added ${summary.medianAddedMs} ms`,
      );
      console.log(
        `  fixed floor ${fixed} ms ({ __typename } in the questions' rounds; GET /healthz, HTTP alone, ${floor?.healthzP50} ms): every answer over HTTP pays it whatever it reads, so 1.2× needs a question of at least ${ms(5 * fixed)} ms direct ` +
          `(${summary.longEnoughForGoal} of ${ok.length} here); beyond the floor a question adds a median ${summary.medianAddedBeyondFloorMs} ms`,
      );
      results.push({ dialect, scale, floor, load: { start: Math.round(loadStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 }, summary, questions: rows });
    }
  } finally {
    if (dialect === 'postgresql') await stopPostgres();
  }
}
const out = path.join(here, 'results', `graphql-overhead${process.env.BENCH_OUT_SUFFIX ?? ''}.json`);
fs.writeFileSync(
  out,
  `${JSON.stringify({ bench: 'graphql-overhead', machine, rounds: ROUNDS, warmup: WARMUP, plan: PLAN, server: { env: SERVER_ENV, note: 'a server process (node --import tsx server/main.ts) asked over loopback HTTP, one request at a time; the direct path runs in the bench process on its own connections to the same database; p50 in ms', floor: 'floor.typenameP50 ({ __typename }, reads nothing) is the fixed cost of any answer over HTTP: the client fetch, loopback TCP, waking two processes on shared cores, the body read, Apollo, serialising; ratio ≤ 1.2 needs directP50 ≥ 5 × floor; each question also asks { __typename } in its own rounds (floorP50), beyondFloorMs = addedMs − floorP50', inProcess: 'inProcessP50: the same operation executed in the bench process by createApp\'s Apollo (every plugin, the anonymous context /graphql gives, the request time limit; answer cache and cost rows off as in the server) on the direct path\'s connections, no HTTP; inProcessRatio = inProcessP50 / directP50 is GraphQL\'s own cost against the goal of 1.2; directCpuMs / inProcessCpuMs are this process\'s CPU per answer (every thread, so SQLite\'s driver included; PostgreSQL\'s own work in neither), cpuRatio their ratio; rounds turn the order of the three paths' }, results }, null, 2)}\n`,
);
console.log(`written ${path.relative(process.cwd(), out)}`);
