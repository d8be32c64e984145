// Times one dashboard question: over HTTP against a server with the default limits and its
// GraphQL answer cache switched off (GRAPHQL_ANSWER_CACHE_ENTRIES=0), so that every timed
// request computes its answer (a refusal by the row-cost limit is recorded, and the question is
// then timed against a server with the limit off), and directly through its questions' answer
// functions on the same database, rounds alternating between the two paths so that both see the
// same state of the database's caches and of the machine. `first` is the very first ask of the
// question on a fresh server (its SQL not yet prepared, its pages perhaps not in memory); the
// rounds come after a warm-up. Then `warm`: the same request repeated against a server with the
// default configuration, answer cache and all, which answers it from that cache when the
// server has one (a server without one computes again, and warm ≈ the rounds).
import { performance } from 'node:perf_hooks';
import type { Database } from '../../server/db/orm.ts';
import { answerDirectly, rowsIn } from './national-direct.ts';
import { postGraphQL } from './graphql-http.ts';
import type { BenchQuestion } from './national-questions.ts';
import type { ServerProcess } from './server-process.ts';
import { ms, summarize, type Summary } from './stats.ts';

export interface TimingOptions {
  rounds: number;
  warmup: number;
  /** Rounds stop early once a question has taken this long (at least minRounds each path). */
  maxSeconds: number;
  minRounds: number;
}

export interface QuestionTiming {
  id: string;
  operation: string;
  scope: string;
  period: string;
  /** Set when the default server refused it (its error code and message); it was then timed with the limit off. */
  refused: { code: string; message: string } | null;
  /** Which server the rounds were timed on. */
  server: 'default limits' | 'cost limit off';
  /** A failure that stopped the timing (a timeout…), else null. */
  error: string | null;
  rows: number | null;
  directRows: number | null;
  firstMs: number | null;
  graphql: Summary | null;
  direct: Summary | null;
  /** The default server (answer cache on), asked the same request again and again; null when refused there. */
  warm: Summary | null;
  /** GraphQL p50 / direct p50 (the issue's goal: at most 1.2). */
  ratio: number | null;
}

const round = (s: Summary | null): Summary | null => (s ? { n: s.n, p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) } : null);

export interface Servers {
  /** Default limits, answer cache off. */
  computing: ServerProcess;
  /** Cost limit off, answer cache off. */
  unlimited: ServerProcess;
  /** The default configuration. */
  cached: ServerProcess;
}

export async function timeQuestion(q: BenchQuestion, servers: Servers, db: Database, o: TimingOptions): Promise<QuestionTiming> {
  const out: QuestionTiming = {
    id: q.id, operation: q.operation, scope: q.scope, period: q.period, refused: null, server: 'default limits', error: null,
    rows: null, directRows: null, firstMs: null, graphql: null, direct: null, warm: null, ratio: null,
  };
  let server = servers.computing;
  const failure = (code: string, message: string | null) =>
    `${code}: ${message ?? ''}${code === 'INTERNAL_SERVER_ERROR' ? ` (server log: ${server.lastError() ?? 'nothing'})` : ''}`.trim();
  let first = await postGraphQL(server.base, q.operation, q.query, q.variables);
  if (first.error === 'COST_LIMIT') {
    out.refused = { code: first.error, message: first.message ?? '' };
    out.server = 'cost limit off';
    server = servers.unlimited;
    first = await postGraphQL(server.base, q.operation, q.query, q.variables);
  }
  if (first.error) {
    out.error = failure(first.error, first.message);
    return out;
  }
  out.firstMs = ms(first.ms);
  out.rows = rowsIn(first.data ?? {});
  const http: number[] = [];
  const direct: number[] = [];
  const ask = () => postGraphQL(server.base, q.operation, q.query, q.variables);
  const askDirect = async () => {
    const t0 = performance.now();
    const data = await answerDirectly(db, q.document, q.variables);
    return { ms: performance.now() - t0, data };
  };
  for (let i = 0; i < o.warmup; i++) {
    await ask();
    await askDirect();
  }
  const started = performance.now();
  for (let i = 0; i < o.rounds; i++) {
    if (i >= o.minRounds && performance.now() - started > o.maxSeconds * 1000) break;
    const a = await ask();
    if (a.error) {
      out.error = failure(a.error, a.message);
      break;
    }
    http.push(a.ms);
    const d = await askDirect();
    direct.push(d.ms);
    out.directRows = rowsIn(d.data);
  }
  if (!out.refused && !out.error) {
    const warm: number[] = [];
    for (let i = 0; i < o.warmup + o.rounds; i++) {
      const a = await postGraphQL(servers.cached.base, q.operation, q.query, q.variables);
      if (a.error) break;
      if (i >= o.warmup) warm.push(a.ms);
    }
    out.warm = warm.length ? round(summarize(warm)) : null;
  }
  out.graphql = http.length ? round(summarize(http)) : null;
  out.direct = direct.length ? round(summarize(direct)) : null;
  if (out.graphql && out.direct) out.ratio = Math.round((out.graphql.p50 / out.direct.p50) * 100) / 100;
  return out;
}
