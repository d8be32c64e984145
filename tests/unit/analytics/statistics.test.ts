import { describe, expect, it } from 'vitest';
import { outcomeOf, poissonRatio, wilsonInterval } from '../../../server/domains/effectiveness/statistics.ts';

describe('Wilson interval', () => {
  it('matches the textbook values', () => {
    // 0 of 10: [0, 27.75 %]; 5 of 10: [23.66 %, 76.34 %] (Wilson 1927, z = 1.96).
    const none = wilsonInterval(0, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(27.75, 1);
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(23.66, 1);
    expect(half.high).toBeCloseTo(76.34, 1);
  });

  it('is null, not NaN, without trials, and stays within 0–100 % when successes exceed trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const over = wilsonInterval(12, 10)!;
    expect(over.high).toBeLessThanOrEqual(100);
    expect(Number.isNaN(over.low)).toBe(false);
  });
});

describe('Poisson ratio test', () => {
  it('calls a clear difference and refuses to call a small one', () => {
    expect(outcomeOf(poissonRatio(2, 400, 1, 400), 'SOCIALISATION')).toBe('SOCIALISATION');
    expect(outcomeOf(poissonRatio(1, 400, 2, 400), 'SOCIALISATION')).toBe('PROMOTION');
    expect(outcomeOf(poissonRatio(1.05, 40, 1, 40), 'SOCIALISATION')).toBe('NOT_DISTINGUISHABLE');
    expect(outcomeOf(poissonRatio(1, 0, 1, 10), 'SOCIALISATION')).toBe('INSUFFICIENT_DATA');
  });

  it('widens the interval as counts shrink', () => {
    const big = poissonRatio(2, 1000, 1, 1000)!;
    const small = poissonRatio(2, 10, 1, 10)!;
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
  });
});
