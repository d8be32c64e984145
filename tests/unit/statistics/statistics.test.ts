// The pure statistics: t quantiles, rounding, the rate ratio and its interval (the interval is
// the set the test does not reject, so the two always agree), and the per-group intervals.
import { describe, expect, it } from 'vitest';
import {
  conversionInterval,
  costPerRegistrationInterval,
  type Moments,
  perActivity,
  rateRatio,
  roundSignificant,
  scoreStatistic,
  tQuantile975,
} from '../../../server/domains/effectiveness/statistics.ts';
import { addActivity, noMoments, rng, simulateSide } from './simulate.ts';

/** The sums of explicit activities [registrations, cost, reach]. */
function moments(activities: [number, number, number][]): Moments {
  const m = noMoments();
  for (const [y, c, r] of activities) addActivity(m, y, c, r);
  return m;
}

describe('t quantiles (jstat)', () => {
  it('match the tables to 7 digits', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.7062047, 5);
    expect(tQuantile975(2)).toBeCloseTo(4.3026527, 6);
    expect(tQuantile975(10)).toBeCloseTo(2.2281389, 6);
    expect(tQuantile975(30)).toBeCloseTo(2.0422725, 6);
    expect(tQuantile975(12.5)).toBeGreaterThan(tQuantile975(13));
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 6);
  });
});

describe('roundSignificant', () => {
  it('keeps 6 significant digits whatever the magnitude, and 0 as 0', () => {
    expect(roundSignificant(2.2964301291490328)).toBe(2.29643);
    expect(roundSignificant(123456789)).toBe(123457000);
    expect(roundSignificant(0.000123456789)).toBe(0.000123457);
    expect(roundSignificant(0)).toBe(0);
  });
});

describe('rateRatio', () => {
  it('gives ratio 1 and a verdict of none for two identical sides', () => {
    const m = moments(Array.from({ length: 5 }, () => [[3, 1e6, 50], [9, 2e6, 70], [0, 5e5, 20], [5, 1e6, 40]] as [number, number, number][]).flat());
    const r = rateRatio(perActivity(m), perActivity(m))!;
    expect(r.ratio).toBe(1);
    expect(r.decided).toBeNull();
    expect(r.low!).toBeLessThan(1);
    expect(r.high!).toBeGreaterThan(1);
  });

  it('has an interval that contains the estimate and excludes 1 exactly when the test decides', () => {
    const random = rng(11);
    let decided = 0;
    for (let i = 0; i < 200; i++) {
      const a = simulateSide(random, { n: 12, mean: 6 + (i % 5) * 3, dispersion: 8 });
      const b = simulateSide(random, { n: 15, mean: 6, dispersion: 8 });
      const r = rateRatio(perActivity(a), perActivity(b))!;
      expect(r.low!).toBeLessThanOrEqual(r.ratio!);
      // A high of null: the data set no upper bound.
      expect(r.high ?? Infinity).toBeGreaterThanOrEqual(r.ratio!);
      const excludesOne = r.low! > 1 || (r.high ?? Infinity) < 1;
      expect(r.decided !== null).toBe(excludesOne);
      if (r.decided) decided++;
      // The decision read from the interval is the test of λ = 1 (the simulation's reading).
      expect(rateRatio(perActivity(a), perActivity(b), { interval: false })!.decided).toBe(r.decided);
      // At a bound the statistic equals ± the t quantile (a lower bound of 0: not bounded).
      if (r.high !== null) {
        const atHigh = scoreStatistic(perActivity(a), perActivity(b), r.high);
        expect(atHigh.t).toBeCloseTo(-tQuantile975(atHigh.df), 3);
      }
      if (r.low! > 0) {
        const atLow = scoreStatistic(perActivity(a), perActivity(b), r.low!);
        expect(atLow.t).toBeCloseTo(tQuantile975(atLow.df), 3);
      }
    }
    expect(decided).toBeGreaterThan(20);
  });

  it("carries a skewed side's own over-dispersion to the hypothesised rate when that is larger than its spread around it", () => {
    // 24 activities a side: a steady one (mean 5) against one whose registrations come from 6 of
    // its 24 activities (mean 1.5, all but 6 activities empty).
    const steady = perActivity(moments(Array.from({ length: 24 }, (_, i) => [[3, 5, 6, 7, 4, 5][i % 6], 1e6, 50] as [number, number, number])));
    const skewed = perActivity(moments([...Array(18).fill(0), 2, 3, 5, 8, 9, 9].map((y) => [y, 1e6, 50] as [number, number, number])));
    const theta = (steady.y + skewed.y) / (steady.e + skewed.e);
    const around = (s: typeof steady, rate: number) => (s.n * (s.y2 - 2 * rate * s.ey + rate * rate * s.e2)) / ((s.n - 1) * s.e * s.e);
    const own = skewed.y / skewed.e;
    // Its extra-Poisson variance around its own rate, scaled by (θ / own)², plus Poisson at θ.
    const carried = theta / skewed.e + (around(skewed, own) - own / skewed.e) * (theta / own) ** 2;
    expect(carried).toBeGreaterThan(around(skewed, theta));
    const difference = steady.y / steady.e - skewed.y / skewed.e;
    const s = scoreStatistic(steady, skewed, 1);
    expect(s.t).toBeCloseTo(difference / Math.sqrt(around(steady, theta) + carried), 10);
    // The spread around θ alone would make the difference look twice as sure.
    expect(difference / Math.sqrt(around(steady, theta) + around(skewed, theta))).toBeGreaterThan(1.5 * s.t);
  });

  it('compares a side without registrations (rate 0) instead of giving up', () => {
    const none = moments(Array.from({ length: 30 }, () => [0, 1e6, 30] as [number, number, number]));
    const some = moments(Array.from({ length: 30 }, (_, i) => [5 + (i % 7), 1e6, 60] as [number, number, number]));
    const r = rateRatio(perActivity(none), perActivity(some))!;
    expect(r).toMatchObject({ ratio: 0, low: 0, decided: 'below' });
    expect(r.high!).toBeGreaterThan(0);
    expect(r.high!).toBeLessThan(1);
    const reverse = rateRatio(perActivity(some), perActivity(none))!;
    expect(reverse).toMatchObject({ ratio: null, high: null, decided: 'above' });
    expect(reverse.low!).toBeGreaterThan(1);
  });

  it('refuses what cannot be tested: one activity, no registrations at all', () => {
    const one = moments([[4, 1e6, 20]]);
    const two = moments([[4, 1e6, 20], [2, 1e6, 20]]);
    const empty = moments([[0, 1e6, 20], [0, 1e6, 20]]);
    expect(rateRatio(perActivity(one), perActivity(two))).toBeNull();
    expect(rateRatio(perActivity(empty), perActivity(empty))).toBeNull();
  });
});

describe('conversion interval with the activity as cluster', () => {
  it('is far wider than a binomial interval over impressions when placements differ', () => {
    // Five placements of 100,000 impressions each: registrations 0, 2, 40, 1, 7.
    const m = moments([[0, 1e6, 1e5], [2, 1e6, 1e5], [40, 1e6, 1e5], [1, 1e6, 1e5], [7, 1e6, 1e5]]);
    const ci = conversionInterval(m)!;
    const p = (100 * m.y) / m.r;
    expect(ci.low).toBeLessThan(p);
    expect(ci.high).toBeGreaterThan(p);
    // A Wilson interval over 500,000 "independent" impressions would be about p ± 0.0028 %.
    expect(ci.high - ci.low).toBeGreaterThan(10 * 2 * 0.0028);
  });

  it('gives 0 up to a positive bound without registrations, and nothing below 2 activities', () => {
    const ci = conversionInterval(moments([[0, 0, 40], [0, 0, 60]]))!;
    expect(ci.low).toBe(0);
    expect(ci.high).toBeGreaterThan(0);
    expect(conversionInterval(moments([[3, 0, 40]]))).toBeNull();
    expect(conversionInterval(moments([[0, 0, 0], [0, 0, 0]]))).toBeNull();
  });
});

describe('cost per registration interval of one group', () => {
  it('contains the cost per registration and narrows with more activities', () => {
    const few = moments([[5, 2e6, 0], [1, 1e6, 0], [9, 3e6, 0]]);
    const many = moments(Array.from({ length: 10 }, () => [[5, 2e6, 0], [1, 1e6, 0], [9, 3e6, 0]] as [number, number, number][]).flat());
    const cpr = few.c / few.y;
    const a = costPerRegistrationInterval(few)!;
    const b = costPerRegistrationInterval(many)!;
    expect(a.low).toBeLessThan(cpr);
    expect(a.high).toBeGreaterThan(cpr);
    expect(b.low).toBeGreaterThan(a.low);
    expect(b.high).toBeLessThan(a.high);
  });

  it('is exactly Rp0 for a free group with registrations; none without registrations or below 2 activities', () => {
    expect(costPerRegistrationInterval(moments([[3, 0, 0], [1, 0, 0]]))).toEqual({ low: 0, high: 0 });
    expect(costPerRegistrationInterval(moments([[0, 1e6, 0], [0, 1e6, 0], [0, 2e6, 0]]))).toBeNull();
    expect(costPerRegistrationInterval(moments([[3, 1e6, 0]]))).toBeNull();
  });
});
