// The simulation's generator draws what it says: negative-binomial registrations with the mean
// and index of dispersion asked for (so the verdict's tests really see dispersion 4–30).
import { describe, expect, it } from 'vitest';
import { negativeBinomial, poisson, rng } from './simulate.ts';

function moments(draw: () => number, runs: number) {
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < runs; i++) {
    const x = draw();
    sum += x;
    sum2 += x * x;
  }
  const mean = sum / runs;
  return { mean, dispersion: (sum2 / runs - mean * mean) / mean };
}

describe('simulation generator', () => {
  it.each([
    [3, 4],
    [5, 30],
    [15, 12],
    [40, 30],
  ])('draws negative binomial with mean %d and index of dispersion %d', (mean, dispersion) => {
    const random = rng(mean * 100 + dispersion);
    const m = moments(() => negativeBinomial(random, mean, dispersion), 100_000);
    expect(m.mean / mean).toBeGreaterThan(0.97);
    expect(m.mean / mean).toBeLessThan(1.03);
    expect(m.dispersion / dispersion).toBeGreaterThan(0.9);
    expect(m.dispersion / dispersion).toBeLessThan(1.1);
  });

  it('draws Poisson with variance equal to the mean, also above the chunk size', () => {
    const random = rng(9);
    for (const lambda of [0.7, 12, 75]) {
      const m = moments(() => poisson(random, lambda), 50_000);
      expect(m.mean / lambda).toBeCloseTo(1, 1);
      expect(m.dispersion).toBeCloseTo(1, 1);
    }
  });

  it('is deterministic for a seed', () => {
    const a = rng(42);
    const b = rng(42);
    expect(Array.from({ length: 5 }, () => negativeBinomial(a, 5, 10))).toEqual(Array.from({ length: 5 }, () => negativeBinomial(b, 5, 10)));
  });
});
