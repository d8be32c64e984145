// Times one dashboard question: over HTTP against the server with the default limits (a
// refusal by the row-cost limit is recorded, and the question is then timed against a second
// server with the limit off), and directly through its questions' answer functions on the same
// database, rounds alternating between the two paths so that both see the same state of the
// caches and the machine. GraphQL answers are not cached by Pantau (server/cache/answers.ts
// holds rendered charts, CSV and embeds only), so every timed request computes its answer;
// `first` is the very first ask of the question on a fresh server (its SQL not yet prepared,
// the pages it reads perhaps not yet in memory), the rounds come after a warm-up.
import { performance } from 'node:perf_hooks';
import type { Database } from '../../server/db/orm.ts';
import { answerDirectly, rowsIn } from './national-direct.ts';
import { postGraphQL } from './graphql-http.ts';
import type { BenchQuestion } from './national-questions.ts';
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
  /** GraphQL p50 / direct p50 (the goal: at most 1.2). */
  ratio: number | null;
}

const round = (s: Summary | null): Summary | null => (s ? { n: s.n, p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) } : null);

export async function timeQuestion(q: BenchQuestion, servers: { limited: string; unlimited: string }, db: Database, o: TimingOptions): Promise<QuestionTiming> {
  const out: QuestionTiming = {
    id: q.id, operation: q.operation, scope: q.scope, period: q.period, refused: null, server: 'default limits', error: null,
    rows: null, directRows: null, firstMs: null, graphql: null, direct: null, ratio: null,
  };
  let base = servers.limited;
  let first = await postGraphQL(base, q.operation, q.query, q.variables);
  if (first.error === 'COST_LIMIT') {
    out.refused = { code: first.error, message: first.message ?? '' };
    out.server = 'cost limit off';
    base = servers.unlimited;
    first = await postGraphQL(base, q.operation, q.query, q.variables);
  }
  if (first.error) {
    out.error = `${first.error}: ${first.message ?? ''}`.trim();
    return out;
  }
  out.firstMs = ms(first.ms);
  out.rows = rowsIn(first.data ?? {});
  const http: number[] = [];
  const direct: number[] = [];
  const ask = () => postGraphQL(base, q.operation, q.query, q.variables);
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
      out.error = `${a.error}: ${a.message ?? ''}`.trim();
      break;
    }
    http.push(a.ms);
    const d = await askDirect();
    direct.push(d.ms);
    out.directRows = rowsIn(d.data);
  }
  out.graphql = http.length ? round(summarize(http)) : null;
  out.direct = direct.length ? round(summarize(direct)) : null;
  if (out.graphql && out.direct) out.ratio = Math.round((out.graphql.p50 / out.direct.p50) * 100) / 100;
  return out;
}
