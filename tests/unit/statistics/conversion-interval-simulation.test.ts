// The conversion interval's error rate on simulated activities: the true rate is known, so the
// share of intervals that miss it is measured, for few and many activities, for promotion-like
// rates (a few percent of impressions, over-dispersed) and socialisation-like ones (most of the
// attendees registering, the rate varying from session to session). A 95 % interval should miss
// about 5 % of the time, and never claim a rate above 100 %.
import { describe, expect, it } from 'vitest';
import { conversionInterval, type Moments } from '../../../server/domains/effectiveness/statistics.ts';
import { addActivity, gamma, negativeBinomial, noMoments, rng, type Random } from './simulate.ts';

const REPLICATIONS = 1000;

/** Promotion-like: registrations NB(mean 5, dispersion 4), reach those plus NB(150, 20); rate 1/31. */
function promotion(random: Random, n: number): Moments {
  const m = noMoments();
  for (let i = 0; i < n; i++) {
    const y = negativeBinomial(random, 5, 4);
    addActivity(m, y, 0, y + negativeBinomial(random, 150, 20));
  }
  return m;
}
const PROMOTION_RATE = 100 / 31;

/** Socialisation-like: 10–69 attendees, each registering with the session's own rate, Beta(6, 4) (mean 60 %). */
function socialisation(random: Random, n: number): Moments {
  const m = noMoments();
  for (let i = 0; i < n; i++) {
    const attendees = 10 + Math.floor(random() * 60);
    const a = gamma(random, 6);
    const p = a / (a + gamma(random, 4));
    let y = 0;
    for (let k = 0; k < attendees; k++) if (random() < p) y++;
    addActivity(m, y, 0, attendees);
  }
  return m;
}
const SOCIALISATION_RATE = 60;

describe.each([
  { name: 'promotion-like', draw: promotion, truth: PROMOTION_RATE, seed: 11 },
  { name: 'socialisation-like', draw: socialisation, truth: SOCIALISATION_RATE, seed: 12 },
])('the conversion interval on $name activities', ({ draw, truth, seed }) => {
  it.each([2, 3, 5, 10, 30, 100])('with %i activities covers the true rate in about 95 of 100 draws and stays within 0 and 100 percent', (n) => {
    const random = rng(seed * 1000 + n);
    let covered = 0;
    let outside = 0;
    for (let r = 0; r < REPLICATIONS; r++) {
      const ci = conversionInterval(draw(random, n))!;
      if (ci.low <= truth && truth <= ci.high) covered++;
      if (ci.low < 0 || ci.high > 100) outside++;
    }
    const coverage = covered / REPLICATIONS;
    // 1,000 draws: a true 95 % shows between about 93.6 % and 96.4 %; small samples may be
    // conservative (t(1) is wide), never much below.
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(outside).toBe(0);
  });
});

describe('the cut at 100 %', () => {
  it('bounds two sessions converting most of their attendees, as the tryout found (19,410 % before)', () => {
    const m = noMoments();
    addActivity(m, 25, 0, 37);
    addActivity(m, 15, 0, 30);
    const ci = conversionInterval(m)!;
    expect(ci.high).toBe(100);
    expect(ci.low).toBeGreaterThan(0);
    expect(ci.low).toBeLessThan((100 * 40) / 67);
  });

  it('bounds the zero-registration bound of a tiny reach, and leaves a large reach’s bound as it was', () => {
    const tiny = noMoments();
    addActivity(tiny, 0, 0, 1);
    addActivity(tiny, 0, 0, 1);
    expect(conversionInterval(tiny)).toEqual({ low: 0, high: 100 });
    const large = noMoments();
    addActivity(large, 0, 0, 400);
    addActivity(large, 0, 0, 600);
    const high = conversionInterval(large)!.high;
    expect(high).toBeGreaterThan(0);
    expect(high).toBeCloseTo((100 * -Math.log(0.025)) / 1000, 6);
  });
});
