// Throughput of one Pantau process (issue 15): requests per second and latency p50/p99 at 10
// and 50 connections (autocannon) on the dashboard's first view (GET / with its baked-in
// answers; the first view's GraphQL operations in turn) and on trivial queries, on SQLite and
// PostgreSQL holding the national data set. The GraphQL scenarios are asked twice: of the server
// as it serves (a repeated question answered from its kept bytes, server/graphql/answer-cache.ts)
// and of a second one computing every answer (GRAPHQL_ANSWER_CACHE_ENTRIES=0), whose `{ __typename }`
// is the whole Apollo pipeline's floor and whose first view is what a question nobody asked in
// the last 10 s costs. Printed, and written to bench/results/throughput.json
// under BENCH_LABEL (e.g. `before` / `after` a change). BENCH_SECONDS sets each run's length
// (default 10 s, after a 3 s warm-up at 10 connections); see throughput-kit/databases.ts for
// reusing seeded databases.
import { ask, firstViewRequests } from './throughput-kit/dashboard-requests.ts';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './throughput-kit/databases.ts';
import { graphqlRequest, load, type LoadFigures, type LoadRequest } from './throughput-kit/load.ts';
import { machineFacts } from './throughput-kit/machine.ts';
import { runLabel, writeResult } from './throughput-kit/results.ts';
import { startPantau } from './throughput-kit/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [10, 50];
const only = process.env.BENCH_DIALECTS?.split(',') ?? ['sqlite', 'postgresql'];

async function scenarios(baseUrl: string): Promise<[string, LoadRequest[]][]> {
  const page: LoadRequest = { method: 'GET', path: '/' };
  // The first loads go out without answers while the server warms up (the facts of the cost
  // limit, first executions), each waiting its 400 ms budget: wait for a page that has them.
  const until = Date.now() + 60_000;
  while (!(await ask<string>(baseUrl, page)).includes('"answers":[{')) {
    if (Date.now() > until) throw new Error('GET / carries no first-view answers after a minute');
    await new Promise((r) => setTimeout(r, 500));
  }
  const trivial = graphqlRequest('{ __typename }');
  const branches = graphqlRequest('{ branches { code } }');
  for (const r of [trivial, branches]) await ask(baseUrl, r);
  return [
    ['GET / (index.html, first view baked in)', [page]],
    ['first view GraphQL operations, in turn', await firstViewRequests(baseUrl)],
    ['{ __typename }', [trivial]],
    ['{ branches { code } }', [branches]],
  ];
}

type Row = { scenario: string; answerCache: 'on' | 'off'; operations: number } & LoadFigures;

async function run(db: BenchDatabase, answerCache: Row['answerCache'], rows: Row[]): Promise<void> {
  const server = await startPantau(db.url, answerCache === 'off' ? { GRAPHQL_ANSWER_CACHE_ENTRIES: '0' } : {});
  try {
    const all = await scenarios(server.url);
    // Computing, the page and `{ branches }` add nothing the first view and the floor do not show.
    const asked = answerCache === 'on' ? all : all.filter(([scenario]) => scenario.startsWith('first view') || scenario === '{ __typename }');
    for (const [scenario, requests] of asked) {
      await load(server.url, requests, 10, 3, server.pid);
      for (const connections of CONNECTIONS) {
        const figures = await load(server.url, requests, connections, SECONDS, server.pid);
        rows.push({ scenario, answerCache, operations: requests.length, ...figures });
        const label = answerCache === 'off' ? `${scenario} (computing)` : scenario;
        console.log(
          `${db.dialect.padEnd(10)} ${label.padEnd(54)} ${String(connections).padStart(2)} conn  ${String(figures.reqPerSec).padStart(5)} req/s  ` +
            `p50 ${String(figures.latencyP50Ms).padStart(4)} ms  p99 ${String(figures.latencyP99Ms).padStart(4)} ms  server CPU ${figures.serverCpuMsPerRequest} ms/req  load ${figures.loadAverage1m}` +
            (figures.non2xx || figures.errors || figures.timeouts ? `  NOT OK: ${figures.non2xx} non-2xx, ${figures.errors} errors, ${figures.timeouts} timeouts` : ''),
        );
      }
    }
  } finally {
    await server.stop();
  }
}

async function measure(db: BenchDatabase) {
  const rows: Row[] = [];
  await run(db, 'on', rows);
  if (process.env.BENCH_COMPUTING !== '0') await run(db, 'off', rows);
  return { dialect: db.dialect, data: db.data, results: rows };
}

const machine = machineFacts();
const runs = [];
for (const dialect of only) {
  const { db, stop } = dialect === 'sqlite' ? await sqliteDatabase() : await postgresDatabase();
  try {
    runs.push(await measure(db));
  } finally {
    await stop();
  }
}
const file = writeResult('throughput.json', runLabel(), {
  machine,
  conditions: `one Pantau process at a time (server/main.ts under tsx, NODE_ENV=production, JSON logs to a file; answerCache 'off': a second one with GRAPHQL_ANSWER_CACHE_ENTRIES=0), autocannon in the bench process on the same ${machine.cpus} cores, loopback, ${SECONDS} s a run after a 3 s warm-up, Accept-Encoding: br, gzip`,
  databases: runs,
});
console.log(`written to ${file} (label ${runLabel()})`);
