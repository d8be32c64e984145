// The measurement behind the README's table of the verdict's error rates, and the candidates it
// was chosen from, side by side on the same draws: `npx tsx tests/unit/statistics/measure-verdict.ts`
// (2,000 runs per cell by default, RUNS=… to change; about a minute on one core). Not a test:
// verdict-simulation.test.ts asserts the shipped method's figures with 1,000 runs per cell.
// Each candidate is a test of equal rates at 95 % from the same per-type sums; `shipped` is
// scoreStatistic itself, `previous` the method it replaced (variances under the hypothesis from
// the spread around the hypothesised rate alone).
import { type RateSums, scoreStatistic, tQuantile975 } from '../../../server/domains/effectiveness/statistics.ts';
import { MINIMUM_ACTIVITIES } from '../../../server/domains/effectiveness/verdict.ts';
import { drawActivity, type Random, rng, type SideSpec } from './simulate.ts';

/** A side's sums with the third moments a skewness correction would need. */
interface Sums3 extends RateSums {
  y3: number;
  ey2: number;
  e2y: number;
  e3: number;
}

/** The sums of one simulated side: the same draws, in the same order, as simulateSide. */
function drawSide(random: Random, spec: SideSpec) {
  const m = { n: spec.n, y: 0, y2: 0, y3: 0, c: 0, c2: 0, cy: 0, cy2: 0, c2y: 0, c3: 0 };
  for (let i = 0; i < spec.n; i++) {
    const { cost, y } = drawActivity(random, spec);
    m.y += y;
    m.y2 += y * y;
    m.y3 += y * y * y;
    m.c += cost;
    m.c2 += cost * cost;
    m.cy += cost * y;
    m.cy2 += cost * y * y;
    m.c2y += cost * cost * y;
    m.c3 += cost * cost * cost;
  }
  return m;
}
type Drawn = ReturnType<typeof drawSide>;
const perActivity3 = (m: Drawn): Sums3 => ({ n: m.n, y: m.y, y2: m.y2, e: m.n, e2: m.n, ey: m.y, y3: m.y3, ey2: m.y2, e2y: m.y, e3: m.n });
const perRupiah3 = (m: Drawn): Sums3 => ({ n: m.n, y: m.y, y2: m.y2, e: m.c, e2: m.c2, ey: m.cy, y3: m.y3, ey2: m.cy2, e2y: m.c2y, e3: m.c3 });

// The pieces the candidates are made of.
const sumD2 = (s: RateSums, th: number) => Math.max(0, s.y2 - 2 * th * s.ey + th * th * s.e2);
const sumD3 = (s: Sums3, th: number) => s.y3 - 3 * th * s.ey2 + 3 * th * th * s.e2y - th * th * th * s.e3;
/** Sandwich around rate th (× k), at least Poisson. */
const sandwich = (s: RateSums, th: number, k = 1) => Math.max(((s.n * sumD2(s, th)) / ((s.n - 1) * s.e * s.e)) * k, th / s.e);
const welch = (va: number, na: number, vb: number, nb: number) => (va + vb) ** 2 / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
const pooled = (a: RateSums, b: RateSums) => (a.y + b.y) / (a.e + b.e);
/** The extra-Poisson part of the sandwich around the side's own rate, carried to th by (th / own)^p, plus Poisson at th. */
function carried(s: RateSums, th: number, p: number): number {
  const own = s.y / s.e;
  if (!(own > 0)) return sandwich(s, th);
  return th / s.e + Math.max(0, sandwich(s, own) - own / s.e) * (th / own) ** p;
}
/** Hall's monotone cubic removal of skewness γ from a studentised statistic. */
const hall = (t: number, g: number) => t + (g / 3) * t * t + ((g * g) / 27) * t * t * t + g / 6;

/** +1: a's rate is higher at 95 %, −1: lower, 0: neither. */
type Candidate = (a: Sums3, b: Sums3) => number;
const decide = (t: number, df: number) => (Math.abs(t) > tQuantile975(df) ? Math.sign(t) : 0);
const difference = (a: RateSums, b: RateSums) => a.y / a.e - b.y / b.e;

function withVariance(variance: (s: RateSums, th: number) => number, df: 'welch' | 'min' | 'unrestricted' | 'normal' = 'welch'): Candidate {
  return (a, b) => {
    const th = pooled(a, b);
    const va = variance(a, th);
    const vb = variance(b, th);
    const d =
      df === 'min' ? Math.min(a.n, b.n) - 1
      : df === 'unrestricted' ? welch(sandwich(a, a.y / a.e), a.n, sandwich(b, b.y / b.e), b.n)
      : df === 'normal' ? 1e9
      : welch(va, a.n, vb, b.n);
    return decide(difference(a, b) / Math.sqrt(va + vb), d);
  };
}
function onScale(scale: 'sqrt' | 'log'): Candidate {
  return (a, b) => {
    const th = pooled(a, b);
    const va = sandwich(a, th);
    const vb = sandwich(b, th);
    const df = welch(va, a.n, vb, b.n);
    if (scale === 'sqrt') return decide((Math.sqrt(a.y / a.e) - Math.sqrt(b.y / b.e)) / Math.sqrt((va + vb) / (4 * th)), df);
    if (a.y <= 0 || b.y <= 0) return decide(difference(a, b) / Math.sqrt(va + vb), df);
    return decide(Math.log(a.y / a.e / (b.y / b.e)) / Math.sqrt((va + vb) / (th * th)), df);
  };
}
/** Third cumulant of a side's rate under the hypothesis: from its third moments, or implied by its dispersion (gamma–Poisson). */
function hallCandidate(kappa3: 'sums' | 'dispersion'): Candidate {
  return (a, b) => {
    const th = pooled(a, b);
    const va = sandwich(a, th);
    const vb = sandwich(b, th);
    const k3 = (s: Sums3, v: number) => {
      if (kappa3 === 'sums') return ((sumD3(s, th) / s.e ** 3) * s.n * s.n) / ((s.n - 1) * (s.n - 2));
      const phi = (v * s.e) / th;
      return (phi * (2 * phi - 1) * th) / (s.e * s.e);
    };
    const tau = Math.sqrt(va + vb);
    return decide(hall(difference(a, b) / tau, (k3(a, va) - k3(b, vb)) / tau ** 3), welch(va, a.n, vb, b.n));
  };
}

const CANDIDATES: Record<string, Candidate> = {
  previous: withVariance((s, th) => sandwich(s, th)),
  'HC3-type n/(n−1)': withVariance((s, th) => sandwich(s, th, s.n / (s.n - 1))),
  'df min(n) − 1': withVariance((s, th) => sandwich(s, th), 'min'),
  'df from unrestricted': withVariance((s, th) => sandwich(s, th), 'unrestricted'),
  'max(restricted, unrestricted)': withVariance((s, th) => Math.max(sandwich(s, th), sandwich(s, s.y / s.e))),
  'all three together': withVariance((s, th) => Math.max(sandwich(s, th, s.n / (s.n - 1)), sandwich(s, s.y / s.e, s.n / (s.n - 1))), 'min'),
  'square-root scale': onScale('sqrt'),
  'log scale': onScale('log'),
  'Hall, Σy³': hallCandidate('sums'),
  'Hall, dispersion': hallCandidate('dispersion'),
  'NB both sides': withVariance((s, th) => carried(s, th, 2)),
  'carried (θ/r)^1': withVariance((s, th) => Math.max(sandwich(s, th), carried(s, th, 1))),
  'carried (θ/r)^1.5': withVariance((s, th) => Math.max(sandwich(s, th), carried(s, th, 1.5))),
  'carried (θ/r)^2, normal quantile': withVariance((s, th) => Math.max(sandwich(s, th), carried(s, th, 2)), 'normal'),
  'carried (θ/r)^2.5': withVariance((s, th) => Math.max(sandwich(s, th), carried(s, th, 2.5))),
  shipped: (a, b) => {
    const s = scoreStatistic(a, b, 1);
    return decide(s.t, s.df);
  },
};
const names = Object.keys(CANDIDATES);

/** % of runs in which each candidate names a winner, per activity and in cost per registration. */
function cell(soc: SideSpec, pro: SideSpec, seed: number, runs: number) {
  const random = rng(seed);
  const perActivity = new Map(names.map((k) => [k, 0]));
  const cost = new Map(names.map((k) => [k, 0]));
  for (let i = 0; i < runs; i++) {
    const s = drawSide(random, soc);
    const p = drawSide(random, pro);
    if (s.y + p.y <= 0) continue;
    for (const k of names) {
      if (CANDIDATES[k](perActivity3(s), perActivity3(p)) !== 0) perActivity.set(k, perActivity.get(k)! + 1);
      if (s.c > 0 && p.c > 0 && CANDIDATES[k](perRupiah3(s), perRupiah3(p)) !== 0) cost.set(k, cost.get(k)! + 1);
    }
  }
  const pct = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, (100 * v) / runs]));
  return { perActivity: pct(perActivity), cost: pct(cost) };
}

const RUNS = Number(process.env.RUNS ?? 2000);
const NS = [MINIMUM_ACTIVITIES, 16, 24, 40, 60];
type Row = { group: 'one distribution' | 'different dispersions' | 'threefold'; label: string; measure?: 'perActivity' | 'cost'; n: number; result: ReturnType<typeof cell> };
const rows: Row[] = [];
for (const n of NS) {
  for (const mean of [3, 15])
    for (const dispersion of [4, 12, 30])
      for (const costExposure of [false, true]) {
        const spec = { n, mean, dispersion, costExposure };
        const label = `mean ${mean}, dispersion ${dispersion}${costExposure ? ', cost as exposure' : ''}`;
        rows.push({ group: 'one distribution', label, n, result: cell(spec, spec, n * 1000 + mean * 100 + dispersion + (costExposure ? 7 : 0), RUNS) });
      }
  const mixed: [string, SideSpec, SideSpec, number][] = [
    ['dispersion 4 against 12 (mean 10)', { n, mean: 10, dispersion: 4 }, { n, mean: 10, dispersion: 12 }, 77 + n * 31 + 4],
    ['dispersion 30 against 12, cost as exposure (mean 10)', { n, mean: 10, dispersion: 30 }, { n, mean: 10, dispersion: 12, costExposure: true }, 77 + n * 31 + 30],
    ['3n activities against n (mean 8, dispersion 12 vs 6)', { n: 3 * n, mean: 8, dispersion: 12 }, { n, mean: 8, dispersion: 6 }, 77 + n * 31 + 12],
    ['dispersion 4 against 30 (mean 5)', { n, mean: 5, dispersion: 4 }, { n, mean: 5, dispersion: 30 }, 4030 + n],
    ['dispersion 30 against 4 (mean 5)', { n, mean: 5, dispersion: 30 }, { n, mean: 5, dispersion: 4 }, 3004 + n],
    ['dispersion 4 against 30 (mean 15)', { n, mean: 15, dispersion: 4 }, { n, mean: 15, dispersion: 30 }, 41530 + n],
  ];
  for (const [label, soc, pro, seed] of mixed) rows.push({ group: 'different dispersions', label, n, result: cell(soc, pro, seed, RUNS) });
  const costSide = { n, mean: 8, dispersion: 10, costExposure: true };
  const independent = { n, mean: 8, dispersion: 10 };
  const power: [string, 'perActivity' | 'cost', SideSpec, SideSpec, number][] = [
    ['registrations per activity, dispersion 10', 'perActivity', { n, mean: 15, dispersion: 10 }, { n, mean: 5, dispersion: 10 }, 303 + n],
    ['registrations per activity, dispersion 30', 'perActivity', { n, mean: 15, dispersion: 30 }, { n, mean: 5, dispersion: 30 }, 313 + n],
    ['cost per registration, cost as exposure, dispersion 10', 'cost', costSide, { ...costSide, costMean: 6_000_000 }, 304 + n],
    ['cost per registration, cost independent, dispersion 10', 'cost', independent, { ...independent, costMean: 6_000_000 }, 306 + n],
  ];
  for (const [label, measure, soc, pro, seed] of power) rows.push({ group: 'threefold', label, measure, n, result: cell(soc, pro, seed, RUNS) });
}

const f = (x: number) => x.toFixed(1);
console.log(`${RUNS} runs per cell; % of runs naming a winner (per activity/cost per registration), n = ${NS.join(', ')}`);
for (const k of names) {
  const worst = (group: Row['group'], m: 'perActivity' | 'cost') => Math.max(...rows.filter((r) => r.group === group).map((r) => r.result[m].get(k)!));
  const at24 = rows.filter((r) => r.group === 'threefold' && r.n === 24).map((r) => f(r.result[r.measure!].get(k)!));
  console.log(
    `${k.padEnd(34)} worst no-difference: one distribution ${f(worst('one distribution', 'perActivity'))}/${f(worst('one distribution', 'cost'))}, different dispersions ${f(worst('different dispersions', 'perActivity'))}/${f(worst('different dispersions', 'cost'))}; threefold at n=24: ${at24.join(', ')}`,
  );
}
for (const k of (process.env.CELLS ?? 'previous,shipped').split(',')) {
  console.log(`\n${k}, per cell:`);
  for (const label of [...new Set(rows.map((r) => `${r.group}: ${r.label}`))]) {
    const cells = rows.filter((r) => `${r.group}: ${r.label}` === label);
    const text = cells.map((r) => (r.measure ? f(r.result[r.measure].get(k)!) : `${f(r.result.perActivity.get(k)!)}/${f(r.result.cost.get(k)!)}`));
    console.log(`  ${label.padEnd(78)} ${text.map((t) => t.padStart(10)).join('')}`);
  }
}
