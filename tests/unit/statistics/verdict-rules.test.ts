// The verdict's rules on hand-made sums: a minimum of activities a side, zero cost decided,
// zero registrations compared, every outcome with its reason.
import { describe, expect, it } from 'vitest';
import type { Moments } from '../../../server/domains/effectiveness/statistics.ts';
import { compareCostPerRegistration, compareRegistrationsPerActivity, MINIMUM_ACTIVITIES } from '../../../server/domains/effectiveness/verdict.ts';

/** n activities, each with the registrations of `pattern` in turn and the given cost. */
function side(n: number, pattern: number[], cost: number): Moments {
  const m: Moments = { n, y: 0, y2: 0, c: 0, c2: 0, cy: 0, r: 0, r2: 0, ry: 0 };
  for (let i = 0; i < n; i++) {
    const y = pattern[i % pattern.length];
    m.y += y;
    m.y2 += y * y;
    m.c += cost;
    m.c2 += cost * cost;
    m.cy += cost * y;
    m.r += 50;
    m.r2 += 2500;
    m.ry += 50 * y;
  }
  return m;
}

describe('verdict rules', () => {
  it('gives no verdict below the minimum, but still the ratio', () => {
    const many = side(30, [4, 8, 12], 1e6);
    const two = side(2, [4, 8], 1e6);
    expect(compareRegistrationsPerActivity(many, two)).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'TOO_FEW_ACTIVITIES', ratio: 1.33333, low: null });
    expect(compareCostPerRegistration(two, many)).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'TOO_FEW_ACTIVITIES', ratio: 0.75 });
    const atMinimum = side(MINIMUM_ACTIVITIES, [4, 8, 12], 1e6);
    expect(compareRegistrationsPerActivity(many, atMinimum).reason).not.toBe('TOO_FEW_ACTIVITIES');
  });

  it('says NO_ACTIVITIES when a side has none', () => {
    const none = side(0, [0], 0);
    expect(compareCostPerRegistration(none, side(20, [3], 1e6))).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'NO_ACTIVITIES' });
  });

  it('decides for a free side that brings registrations, and says so when both are free', () => {
    const free = side(20, [2, 5], 0);
    const paid = side(20, [20, 40], 5e6);
    expect(compareCostPerRegistration(free, paid)).toMatchObject({ outcome: 'SOCIALISATION', reason: 'ONE_SIDE_FREE', ratio: null });
    expect(compareCostPerRegistration(paid, free)).toMatchObject({ outcome: 'PROMOTION', reason: 'ONE_SIDE_FREE', ratio: 0 });
    expect(compareCostPerRegistration(free, side(20, [1], 0))).toMatchObject({ outcome: 'NOT_DISTINGUISHABLE', reason: 'BOTH_FREE' });
    expect(compareCostPerRegistration(side(20, [0], 0), paid)).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'FREE_WITHOUT_REGISTRATIONS' });
    // Registrations per activity do not care about cost.
    expect(compareRegistrationsPerActivity(free, paid).outcome).toBe('PROMOTION');
  });

  it('compares a side without registrations, and both without them', () => {
    const none = side(30, [0], 1e6);
    const some = side(30, [4, 9, 6], 1e6);
    expect(compareRegistrationsPerActivity(none, some)).toMatchObject({ outcome: 'PROMOTION', reason: 'ONE_SIDE_NO_REGISTRATIONS', ratio: 0 });
    expect(compareCostPerRegistration(none, some)).toMatchObject({ outcome: 'PROMOTION', reason: 'ONE_SIDE_NO_REGISTRATIONS' });
    expect(compareRegistrationsPerActivity(none, none)).toMatchObject({ outcome: 'NOT_DISTINGUISHABLE', reason: 'NO_REGISTRATIONS' });
    expect(compareCostPerRegistration(none, none)).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'NO_REGISTRATIONS' });
    // A handful of empty activities against a handful with one registration each decides nothing.
    expect(compareRegistrationsPerActivity(side(10, [0], 1e6), side(10, [0, 1], 1e6)).outcome).toBe('NOT_DISTINGUISHABLE');
  });

  it('names the winner with the interval on the right side of 1', () => {
    const cheap = side(24, [10, 20, 15], 1e6);
    const dear = side(24, [3, 6, 5], 3e6);
    const cost = compareCostPerRegistration(cheap, dear);
    expect(cost).toMatchObject({ outcome: 'SOCIALISATION', reason: 'INTERVAL_EXCLUDES_ONE' });
    expect(cost.low!).toBeGreaterThan(1);
    const perActivity = compareRegistrationsPerActivity(dear, cheap);
    expect(perActivity).toMatchObject({ outcome: 'PROMOTION', reason: 'INTERVAL_EXCLUDES_ONE' });
    expect(perActivity.high!).toBeLessThan(1);
    expect(perActivity.degreesOfFreedom).toBeGreaterThan(20);
  });
});
