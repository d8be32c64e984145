// The statistics behind the socialisation-versus-promotion comparison and the channel intervals.
// Pure functions over sums that SQL computes per group ("moments"): the unit is the activity,
// and no activity is ever loaded into JavaScript, so the cost is the same at 30 or 3 M activities.
//
// Method (see schema/effectiveness.graphql and the README): each type's rate, registrations per
// activity or per Rupiah, is a ratio estimator Y / E over its activities with a linearised
// (sandwich) variance, so each type keeps its own over-dispersion (quasi-Poisson, unpooled),
// never below Poisson. Two types are compared by a score-type test of equal rates, variances
// taken under the hypothesis, with a t quantile and Welch–Satterthwaite degrees of freedom; each
// side's variance under the hypothesis is the larger of its activities' spread around the
// hypothesised rate and its own over-dispersion carried to that rate (negative-binomial: its
// relative extra-Poisson variance kept), so that a very skewed side which drew low cannot look
// both low and precise. The 95 % interval of the ratio is the set of ratios that test does not
// reject. Conversion uses the same ratio estimator with reach as exposure: the activity is the
// cluster, because the impressions of one placement are not independent persons.
import jstat from 'jstat';

/** Sums over the activities of one group, as the campaign cube returns them. */
export interface Moments {
  /** Number of activities. */
  n: number;
  /** Σ registrations, Σ registrations². */
  y: number;
  y2: number;
  /** Σ cost, Σ cost², Σ cost × registrations. */
  c: number;
  c2: number;
  cy: number;
  /** Σ reach, Σ reach², Σ reach × registrations. */
  r: number;
  r2: number;
  ry: number;
}

/** The 97.5 % quantile of Student's t; the normal one for (practically) infinite df. */
export function tQuantile975(df: number): number {
  if (!(df > 0)) return NaN;
  if (df > 1e7) return 1.959963984540054;
  return jstat.jStat.studentt.inv(0.975, df);
}

/** Rounds to a fixed number of significant digits, so that the order in which a database sums
 *  floating-point products cannot change the bytes of an answer. */
export function roundSignificant(value: number, digits = 6): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/**
 * A side's sums as a rate per unit of exposure: registrations per activity (every activity is
 * one unit of exposure) or registrations per Rupiah (the activity's cost is its exposure).
 */
export interface RateSums {
  n: number;
  y: number;
  y2: number;
  e: number;
  e2: number;
  ey: number;
}

export const perActivity = (m: Moments): RateSums => ({ n: m.n, y: m.y, y2: m.y2, e: m.n, e2: m.n, ey: m.y });
export const perRupiah = (m: Moments): RateSums => ({ n: m.n, y: m.y, y2: m.y2, e: m.c, e2: m.c2, ey: m.cy });

/** The ratio estimator's linearised variance around rate theta, n Σ(y − θe)² / ((n − 1) E²). */
function sandwich(s: RateSums, theta: number): number {
  const sumD2 = Math.max(0, s.y2 - 2 * theta * s.ey + theta * theta * s.e2);
  return (s.n * sumD2) / ((s.n - 1) * s.e * s.e);
}

/**
 * Variance of the rate estimate Y / E when the true rate is theta, the larger of
 * - the sandwich around theta, which carries the side's over-dispersion as its activities show
 *   it around the hypothesised rate, and
 * - the side's own over-dispersion carried to theta as a negative binomial would: the extra-
 *   Poisson part of the sandwich around the side's own rate r, times (θ / r)², plus Poisson at
 *   θ (its relative, log-scale, extra variance kept). A very skewed side that drew low shows a
 *   small spread around θ, but its relative spread is large; without this the test named a
 *   winner in up to 13 % of no-difference cases when one type's dispersion was 4 and the
 *   other's 30 (tests/unit/statistics, README);
 * and never below the Poisson variance θ / E.
 */
function rateVariance(s: RateSums, theta: number): number {
  const own = s.y / s.e;
  let carried = 0;
  if (own > 0) {
    const extra = Math.max(0, sandwich(s, own) - own / s.e);
    const scale = theta / own;
    carried = theta / s.e + extra * scale * scale;
  }
  return Math.max(sandwich(s, theta), carried, theta / s.e);
}

/** Welch–Satterthwaite degrees of freedom of a sum of two variances with n − 1 each. */
function welchDf(va: number, na: number, vb: number, nb: number): number {
  const v = va + vb;
  return (v * v) / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
}

/**
 * Score-type statistic for H0: rate(a) = λ × rate(b). The variances are those under H0 (the
 * rates fitted with the constraint, as a Poisson model would, then rateVariance per side):
 * with registrations this skewed, a variance taken around each side's own mean is too small
 * exactly when that side's mean came out low, and the test then names a winner far more often
 * than 5 % (measured: up to 20 %, see tests/unit/statistics).
 */
export function scoreStatistic(a: RateSums, b: RateSums, lambda: number): { t: number; df: number } {
  const thetaB = (a.y + b.y) / (lambda * a.e + b.e);
  const va = rateVariance(a, lambda * thetaB);
  const vb = lambda * lambda * rateVariance(b, thetaB);
  return { t: (a.y / a.e - (lambda * b.y) / b.e) / Math.sqrt(va + vb), df: welchDf(va, a.n, vb, b.n) };
}

/** Whether |t| exceeds the t quantile, both rounded so that last-bit differences of a sum cannot flip it. */
const beyond = (t: number, df: number) => roundSignificant(Math.abs(t), 9) > roundSignificant(tQuantile975(df), 9);

/** Where f crosses zero between lo and hi (f(lo) and f(hi) of opposite signs), by bisection. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  const positiveAtLo = f(lo) > 0;
  for (let i = 0; i < 48; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0 === positiveAtLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const SEARCH = 25; // e^25 ≈ 7e10: beyond it a bound is taken as none (0 or unbounded).

/**
 * The first x, walking from `from` in `direction` (±1) on the log scale, where f changes sign:
 * the bound of the connected set around the estimate (the statistic need not be monotone far
 * out, where the variance terms take over). Null when f keeps its sign up to SEARCH.
 */
function firstCrossing(f: (x: number) => number, from: number, direction: 1 | -1): number | null {
  const start = f(from) > 0;
  let previous = from;
  for (let distance = 0.05; distance <= SEARCH; distance = Math.min(SEARCH + 1, distance < 2 ? distance + 0.05 : distance * 1.15)) {
    const x = from + direction * Math.min(distance, SEARCH);
    if (f(x) > 0 !== start) return bisect(f, previous, x);
    previous = x;
    if (distance >= SEARCH) break;
  }
  return null;
}

export interface RateRatio {
  /** rate(a) / rate(b); 0 when a has no registration, null when b has none. */
  ratio: number | null;
  /** 95 % interval by inverting the test; low 0 or high null when the data do not bound it. */
  low: number | null;
  high: number | null;
  /** Welch–Satterthwaite degrees of freedom of the test of λ = 1. */
  df: number;
  /** 'above' when rate(a) > rate(b) at 95 %, 'below' when smaller, null when neither. */
  decided: 'above' | 'below' | null;
}

/**
 * The ratio of two rates (registrations per activity, or per Rupiah) with its 95 % interval and
 * the test of equal rates. The interval is the set of λ around the estimate that the test does
 * not reject; the verdict is read from it, so the two always agree (without `interval`, as in
 * the simulation, from the test of λ = 1 itself; the tests check that both readings agree).
 * Needs ≥ 2 activities a side, exposure on both sides and at least one registration in all.
 */
export function rateRatio(a: RateSums, b: RateSums, options: { interval?: boolean } = {}): RateRatio | null {
  if (a.n < 2 || b.n < 2 || !(a.e > 0) || !(b.e > 0) || a.y + b.y <= 0) return null;
  const atOne = scoreStatistic(a, b, 1);
  const ra = a.y / a.e;
  const rb = b.y / b.e;
  const ratio = rb > 0 ? ra / rb : null;
  if (options.interval === false) {
    const decided = beyond(atOne.t, atOne.df) ? (atOne.t > 0 ? 'above' : 'below') : null;
    return { ratio: ratio === null ? null : roundSignificant(ratio), low: null, high: null, df: atOne.df, decided };
  }
  // The statistic is 0 at the estimate and falls as λ grows: the lower bound is where it comes
  // down to +q, the upper where it reaches −q. For a ratio of 0 or ∞ the walk starts at the
  // far end instead.
  const minusQ = (x: number) => {
    const s = scoreStatistic(a, b, Math.exp(x));
    return s.t - tQuantile975(s.df);
  };
  const plusQ = (x: number) => {
    const s = scoreStatistic(a, b, Math.exp(x));
    return s.t + tQuantile975(s.df);
  };
  const centre = ratio !== null && ratio > 0 ? Math.log(ratio) : null;
  let low: number | null;
  let high: number | null;
  if (ra <= 0) low = 0;
  else {
    const x = centre !== null ? firstCrossing(minusQ, centre, -1) : firstCrossing(minusQ, SEARCH, -1);
    low = x === null ? 0 : Math.exp(x);
  }
  if (rb <= 0) high = null;
  else {
    const x = centre !== null ? firstCrossing(plusQ, centre, 1) : firstCrossing(plusQ, -SEARCH, 1);
    high = x === null ? null : Math.exp(x);
  }
  const lowR = low === null ? null : roundSignificant(low);
  const highR = high === null ? null : roundSignificant(high);
  const decided = lowR !== null && lowR > 1 ? 'above' : highR !== null && highR < 1 ? 'below' : null;
  return { ratio: ratio === null ? null : roundSignificant(ratio), low: lowR, high: highR, df: atOne.df, decided };
}

/** Upper 97.5 % Poisson bound of a count observed as zero: −ln 0.025. */
const POISSON_ZERO_UPPER = -Math.log(0.025);

/**
 * 95 % interval of one group's rate Y / E (a channel's cost per registration, a type's
 * conversion) on the log scale: the ratio estimator's linearised variance around the estimate,
 * n Σ(y − θe)² / ((n − 1) E²), at least Poisson, with t(n − 1). (Inverting a test with the
 * variance under each hypothesised value, as rateRatio does, is bounded by about √(n − 1) for
 * one group and leaves a small group's interval unbounded; for one group the classical form is
 * the useful one.) Null below 2 activities, without exposure or without registrations.
 */
function logRateInterval(s: RateSums): { low: number; high: number } | null {
  if (s.n < 2 || !(s.e > 0) || !(s.y > 0)) return null;
  const theta = s.y / s.e;
  const sumD2 = Math.max(0, s.y2 - 2 * theta * s.ey + theta * theta * s.e2);
  const varianceLog = Math.max((s.n * sumD2) / ((s.n - 1) * s.e * s.e) / (theta * theta), 1 / s.y);
  const half = tQuantile975(s.n - 1) * Math.sqrt(varianceLog);
  return { low: theta * Math.exp(-half), high: theta * Math.exp(half) };
}

/**
 * 95 % interval of the conversion rate Y / R in percent, the activity as cluster (reach as the
 * exposure of logRateInterval). Impressions of one placement are not independent persons, so a
 * binomial interval over impressions would be far too narrow; the same method serves both
 * types. With no registrations: 0 up to the Poisson bound of a zero count. Null below two
 * activities or without reach.
 */
export function conversionInterval(m: Moments): { low: number; high: number } | null {
  if (m.n < 2 || !(m.r > 0)) return null;
  if (!(m.y > 0)) return { low: 0, high: atMostAll((100 * POISSON_ZERO_UPPER) / m.r) };
  const rate = logRateInterval({ n: m.n, y: m.y, y2: m.y2, e: m.r, e2: m.r2, ey: m.ry })!;
  return { low: roundSignificant(100 * rate.low), high: atMostAll(100 * rate.high) };
}

/**
 * An upper bound in percent cut at 100: no activity registers more people than it reached (the
 * import refuses such a row), so the true rate lies in [0, 100 %] and cutting the interval to it
 * loses no coverage. A few activities' log-scale bound otherwise runs far past it (t(1) is 12.7:
 * two activities converting 60 % gave 19,410 %).
 */
const atMostAll = (percent: number) => Math.min(100, roundSignificant(percent));

/**
 * 95 % interval of one group's cost per registration (a channel's, say) from its activities:
 * the reciprocal of the interval of its registrations per Rupiah. Rp0 exactly when the group
 * cost nothing; null without registrations (no cost per registration) or below two activities.
 */
export function costPerRegistrationInterval(m: Moments): { low: number; high: number } | null {
  if (m.n < 2 || !(m.y > 0)) return null;
  if (!(m.c > 0)) return { low: 0, high: 0 };
  const rate = logRateInterval(perRupiah(m))!;
  return { low: roundSignificant(1 / rate.high), high: roundSignificant(1 / rate.low) };
}
