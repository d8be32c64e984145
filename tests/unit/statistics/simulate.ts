// Simulated campaign activities for testing the verdict: a seeded generator (so every run of the
// suite sees the same data), negative-binomial registrations as a gamma–Poisson mixture, and the
// sums the campaign cube would return for them.
import type { Moments } from '../../../server/domains/effectiveness/statistics.ts';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for simulation, fully deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function normal(random: Random): number {
  // Box–Muller; 1 − u keeps log away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, scale = 1) by Marsaglia–Tsang (shape < 1 through the boost u^(1/shape)). */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Poisson(lambda): Knuth's product method in chunks of 30 (exact, and fast enough here). */
export function poisson(random: Random, lambda: number): number {
  let count = 0;
  let left = lambda;
  while (left > 30) {
    // A Poisson(λ) is the sum of independent Poisson(30) and Poisson(λ − 30).
    count += poisson(random, 30);
    left -= 30;
  }
  const limit = Math.exp(-left);
  let p = 1;
  for (;;) {
    p *= random();
    if (p <= limit) return count;
    count++;
  }
}

/**
 * Negative binomial with the given mean and index of dispersion (variance / mean) as a
 * gamma–Poisson mixture: shape k = mean / (dispersion − 1).
 */
export function negativeBinomial(random: Random, mean: number, dispersion: number): number {
  if (mean <= 0) return 0;
  if (dispersion <= 1) return poisson(random, mean);
  const k = mean / (dispersion - 1);
  return poisson(random, (gamma(random, k) * mean) / k);
}

export interface SideSpec {
  /** Number of activities. */
  n: number;
  /** Mean registrations per activity (at the mean cost when cost is an exposure). */
  mean: number;
  /** Index of dispersion of registrations given the cost (variance / mean). */
  dispersion: number;
  /** Mean cost per activity in Rupiah. */
  costMean?: number;
  /** Spread of cost per activity (log-normal σ); 0 gives every activity the same cost. */
  costSpread?: number;
  /** Registrations proportional to the activity's cost (cost as exposure). */
  costExposure?: boolean;
  /** Share of activities that cost nothing. */
  freeShare?: number;
  /** Also draw reach (about 30 per expected registration, over-dispersed); off by default, as
   *  only the conversion interval needs it and drawing it is the slow part. */
  reach?: boolean;
}

/** Adds one activity (registrations y, cost c, reach r) to a side's sums, as SQL sums them. */
export function addActivity(m: Moments, y: number, c: number, r: number): void {
  m.n++;
  m.y += y;
  m.y2 += y * y;
  m.c += c;
  m.c2 += c * c;
  m.cy += c * y;
  m.r += r;
  m.r2 += r * r;
  m.ry += r * y;
}

export const noMoments = (): Moments => ({ n: 0, y: 0, y2: 0, c: 0, c2: 0, cy: 0, r: 0, r2: 0, ry: 0 });

/** One simulated activity of a side: its cost, its expected and its drawn registrations. */
export function drawActivity(random: Random, spec: SideSpec): { cost: number; mean: number; y: number } {
  const spread = spec.costSpread ?? 0.8;
  // Log-normal cost with the given mean: exp(σZ − σ²/2) has mean 1.
  const relative = Math.exp(spread * normal(random) - (spread * spread) / 2);
  const free = spec.freeShare ? random() < spec.freeShare : false;
  const cost = free ? 0 : Math.round((spec.costMean ?? 2_000_000) * relative);
  const mean = spec.costExposure ? spec.mean * relative : spec.mean;
  return { cost, mean, y: negativeBinomial(random, mean, spec.dispersion) };
}

/** Sums over simulated activities of one side, as the campaign cube returns them. */
export function simulateSide(random: Random, spec: SideSpec): Moments {
  const m = noMoments();
  for (let i = 0; i < spec.n; i++) {
    const { cost, mean, y } = drawActivity(random, spec);
    const r = spec.reach ? y + negativeBinomial(random, 30 * mean, 20) : 0;
    addActivity(m, y, cost, r);
  }
  return m;
}
