// Times index.html as a fresh tab gets it: the server answers the view's GraphQL operations
// inside the page within its budget (server/http/static-client.ts, 400 ms), and leaves out
// those it could not start in time, so the count of answers baked in matters as much as the time.
import { performance } from 'node:perf_hooks';
import { ms, summarize, type Summary } from './stats.ts';

export interface FirstViewTiming {
  scope: string;
  path: string;
  /** Answers baked into the page, fewest and most over the rounds (the branch and office lists, the years, the four panels, the freshness notice). */
  answersBaked: { min: number; max: number };
  page: Summary;
}

const BOOT = /<script id="pantau-boot" type="application\/json">([\s\S]*?)<\/script>/;

export async function timeFirstView(base: string, scope: string, search: string, rounds: number, warmup: number): Promise<FirstViewTiming> {
  const times: number[] = [];
  const baked: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const t0 = performance.now();
    const html = await (await fetch(`${base}/?${search}`)).text();
    const elapsed = performance.now() - t0;
    if (i < warmup) continue;
    times.push(elapsed);
    const boot = BOOT.exec(html);
    baked.push(boot ? ((JSON.parse(boot[1]) as { answers?: unknown[] }).answers?.length ?? 0) : 0);
  }
  const s = summarize(times);
  return { scope, path: `/?${search}`, answersBaked: { min: Math.min(...baked), max: Math.max(...baked) }, page: { n: s.n, p50: ms(s.p50), p95: ms(s.p95), max: ms(s.max) } };
}
