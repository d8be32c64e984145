// Times index.html as a fresh tab gets it: the server answers the view's GraphQL operations
// inside the page within its budget (server/http/static-client.ts, 400 ms), and leaves out
// those it could not start in time, so the count of answers baked in matters as much as the
// time. The first load computes them; later loads may be served from the server's page cache.
import { performance } from 'node:perf_hooks';
import { ms, summarize, type Summary } from './stats.ts';

export interface FirstViewTiming {
  scope: string;
  path: string;
  /** Answers baked into the page, fewest and most over the rounds (the branch and office lists, the years, the four panels, the freshness notice). */
  answersBaked: { min: number; max: number };
  /** The first load on this server (its answers computed), with how many answers it baked in. */
  firstLoadMs: number;
  firstLoadBaked: number;
  page: Summary;
}

const BOOT = /<script id="pantau-boot" type="application\/json">([\s\S]*?)<\/script>/;

export async function timeFirstView(base: string, scope: string, search: string, rounds: number): Promise<FirstViewTiming> {
  const times: number[] = [];
  const baked: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const t0 = performance.now();
    const html = await (await fetch(`${base}/?${search}`)).text();
    times.push(performance.now() - t0);
    const boot = BOOT.exec(html);
    baked.push(boot ? ((JSON.parse(boot[1]) as { answers?: unknown[] }).answers?.length ?? 0) : 0);
  }
  const s = summarize(times.slice(1));
  const rest = baked.slice(1);
  return {
    scope, path: `/?${search}`, firstLoadMs: ms(times[0]), firstLoadBaked: baked[0],
    answersBaked: { min: Math.min(...rest), max: Math.max(...rest) }, page: { n: s.n, p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) },
  };
}
