// The same grouped aggregates from Pantau and from a peer, PostGraphile 4 + @graphile/pg-aggregates
// (installed into a scratch folder, not a dependency), over the same PostgreSQL database with the
// national data set, and from raw SQL: the answers compared (they must be the same numbers),
// latency p50/p99 of one client asking in turn, and requests per second at 10 connections
// (autocannon). Goal (issue 15): Pantau ≥ 2× PostGraphile's requests per second on each. Pantau
// is measured twice: as it serves (kept answers, server/graphql/answer-cache.ts: a repeated
// question is answered from memory) and computing every answer (GRAPHQL_ANSWER_CACHE_ENTRIES=0),
// which is what a question nobody asked in the last 10 s costs. Written to bench/results/peer.json
// under BENCH_LABEL.
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { ask } from './throughput-kit/dashboard-requests.ts';
import { postgresDatabase } from './throughput-kit/databases.ts';
import { graphqlRequest, load, type LoadRequest } from './throughput-kit/load.ts';
import { machineFacts } from './throughput-kit/machine.ts';
import { PEER_QUESTIONS, type PeerQuestion } from './throughput-kit/peer-questions.ts';
import { startPostGraphile } from './throughput-kit/postgraphile-process.ts';
import { runLabel, writeResult } from './throughput-kit/results.ts';
import { startPantau } from './throughput-kit/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SERIAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const CONNECTIONS = 10;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Number(n.toFixed(2));

/** p50/p99 of `rounds` calls one after the other, after 5 unmeasured ones. */
async function serial(call: () => Promise<unknown>, rounds = SERIAL_ROUNDS) {
  for (let i = 0; i < 5; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { rounds, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
}

const { db, stop } = await postgresDatabase();
const pool = new pg.Pool({ connectionString: db.url, max: 2 });
const pantau = await startPantau(db.url);
const computing = await startPantau(db.url, { GRAPHQL_ANSWER_CACHE_ENTRIES: '0' });
const peer = await startPostGraphile(db.url);
const machine = machineFacts();
const results = [];
try {
  const branch = process.env.BENCH_BRANCH ?? (await pool.query("SELECT branch_code FROM campaign_activity WHERE year = 2024 GROUP BY branch_code ORDER BY count(*) DESC, branch_code LIMIT 1")).rows[0].branch_code;
  console.log(`branch ${branch}: the one with the most campaign activities in 2024`);
  for (const question of PEER_QUESTIONS) {
    const q: PeerQuestion = question;
    const ours: LoadRequest = graphqlRequest(q.pantau, { branch });
    const theirs: LoadRequest = graphqlRequest(q.postgraphile, { branch });
    const answers = {
      pantau: q.fromPantau(await ask(pantau.url, ours)),
      postgraphile: q.fromPostGraphile(await ask(peer.url, theirs)),
      sql: q.fromSql((await pool.query(q.sql, q.sqlUsesBranch ? [branch] : [])).rows),
    };
    const computed = q.fromPantau(await ask(computing.url, ours));
    const same = isDeepStrictEqual(answers.pantau, answers.postgraphile) && isDeepStrictEqual(answers.pantau, answers.sql) && isDeepStrictEqual(computed, answers.sql);
    if (!same) console.log(`ANSWERS DIFFER for ${q.label}:\n${JSON.stringify({ ...answers, computed }).slice(0, 3000)}`);
    const latency = {
      pantau: await serial(() => ask(pantau.url, ours)),
      pantauComputing: await serial(() => ask(computing.url, ours)),
      postgraphile: await serial(() => ask(peer.url, theirs)),
      sql: await serial(() => pool.query(q.sql, q.sqlUsesBranch ? [branch] : [])),
    };
    await load(pantau.url, [ours], CONNECTIONS, 3, pantau.pid);
    const pantauLoad = await load(pantau.url, [ours], CONNECTIONS, SECONDS, pantau.pid);
    await load(computing.url, [ours], CONNECTIONS, 3, computing.pid);
    const computingLoad = await load(computing.url, [ours], CONNECTIONS, SECONDS, computing.pid);
    await load(peer.url, [theirs], CONNECTIONS, 3, peer.pid);
    const peerLoad = await load(peer.url, [theirs], CONNECTIONS, SECONDS, peer.pid);
    const ratio = round(pantauLoad.reqPerSec / peerLoad.reqPerSec);
    const computingRatio = round(computingLoad.reqPerSec / peerLoad.reqPerSec);
    const ok = (f: typeof pantauLoad) => f.non2xx === 0 && f.errors === 0 && f.timeouts === 0;
    results.push({
      question: q.label,
      rows: answers.sql.length,
      sameAnswers: same,
      latency,
      load: { pantau: pantauLoad, pantauComputing: computingLoad, postgraphile: peerLoad },
      ratio,
      computingRatio,
      goalMet: same && ok(pantauLoad) && ratio >= 2,
      goalMetComputing: same && ok(computingLoad) && computingRatio >= 2,
    });
    console.log(
      `${q.label}: ${answers.sql.length} rows, ${same ? 'same answers' : 'ANSWERS DIFFER'}\n` +
        `  one client  p50  Pantau ${latency.pantau.p50Ms} ms (computing ${latency.pantauComputing.p50Ms} ms), PostGraphile ${latency.postgraphile.p50Ms} ms, SQL ${latency.sql.p50Ms} ms\n` +
        `  ${CONNECTIONS} conn      Pantau ${pantauLoad.reqPerSec} req/s (p50 ${pantauLoad.latencyP50Ms} ms, p99 ${pantauLoad.latencyP99Ms} ms), ` +
        `PostGraphile ${peerLoad.reqPerSec} req/s (p50 ${peerLoad.latencyP50Ms} ms, p99 ${peerLoad.latencyP99Ms} ms): ×${ratio}, goal ×2 ${ratio >= 2 ? 'met' : 'NOT met'}\n` +
        `  computing   Pantau ${computingLoad.reqPerSec} req/s (p50 ${computingLoad.latencyP50Ms} ms, p99 ${computingLoad.latencyP99Ms} ms): ×${computingRatio}, goal ×2 ${computingRatio >= 2 ? 'met' : 'NOT met'}\n` +
        `  server CPU  Pantau ${pantauLoad.serverCpuMsPerRequest} ms/req (computing ${computingLoad.serverCpuMsPerRequest}), PostGraphile ${peerLoad.serverCpuMsPerRequest} ms/req (PostgreSQL's own not counted)` +
        (ok(pantauLoad) && ok(peerLoad) ? '' : `  NOT OK: errors under load (Pantau ${pantauLoad.non2xx}/${pantauLoad.errors}, PostGraphile ${peerLoad.non2xx}/${peerLoad.errors})`),
    );
  }
  const file = writeResult('peer.json', runLabel(), {
    machine,
    conditions: `PostgreSQL 15 throw-away cluster (fsync off), national data set (${db.data.branches} branches, ${db.data.activities} activities); Pantau (server/main.ts under tsx, NODE_ENV=production, JSON request log to a file) and PostGraphile 4.14.1 + @graphile/pg-aggregates 0.1.1 (CLI, no query log) each one process with a pool of 10 (Pantau twice: serving with kept answers, and computing every answer with GRAPHQL_ANSWER_CACHE_ENTRIES=0), run side by side on the same ${machine.cpus} cores, autocannon in the bench process; ${SECONDS} s a load run after 3 s warm-up, ${SERIAL_ROUNDS} serial rounds after 5 warm-up`,
    data: db.data,
    results,
  });
  console.log(`written to ${file} (label ${runLabel()})`);
} finally {
  await peer.stop();
  await computing.stop();
  await pantau.stop();
  await pool.end();
  await stop();
}
