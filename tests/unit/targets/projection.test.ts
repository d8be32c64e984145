// The pure run-rate projection of a target key: starting values are never invented, a flat
// stock projects to itself, one month is no rate (for a stock and for a flow), and the 95 %
// intervals cover the year-end about 95 % of the time on simulated data (deterministic, seeded).
import { describe, expect, it } from 'vitest';
import { combineProjections, type KeyProjection, type MonthValue, projectFlow, projectStock } from '../../../server/domains/targets/projection.ts';
import { tQuantile975 } from '../../../server/domains/targets/student-t.ts';

const months = (from: number, values: number[]): MonthValue[] => values.map((value, i) => ({ month: from + i, value }));

function projected(p: KeyProjection) {
  if (p.kind !== 'projected') throw new Error(`expected a projection, got ${p.kind}`);
  return p;
}

describe('projectStock', () => {
  it('projects a flat stock that starts in March to itself, not to 1.200', () => {
    const p = projected(projectStock(months(3, Array(8).fill(1000)), null));
    expect(p.realised).toBe(1000);
    expect(p.asOfMonth).toBe(10);
    expect(p.projected).toBe(1000);
    expect(p.halfWidth).toBe(0);
    expect(combineProjections([p])).toEqual({ projected: 1000, low: 1000, high: 1000 });
  });

  it('projects a noisy flat stock from March to itself with an interval around it', () => {
    const p = projected(projectStock(months(3, [1000, 1010, 990, 1005, 995, 1000, 1010, 1000]), null));
    expect(p.projected).toBe(1000);
    const { low, high } = combineProjections([p]);
    expect(low!).toBeLessThan(1000);
    expect(high!).toBeGreaterThan(1000);
    expect(high! - 1000).toBe(1000 - low!);
  });

  it('starts a stock with no previous year-end from its first month, at the rate between first and latest month', () => {
    const p = projected(projectStock(months(4, [100, 110, 120, 130, 140, 150]), null));
    expect(p.projected).toBe(180);
  });

  it('starts from the previous year-end when it is stored (the classic run rate)', () => {
    const p = projected(projectStock(months(1, [1010, 1020, 1030, 1040, 1050, 1060]), 1000));
    expect(p.projected).toBeCloseTo(1000 + (60 * 12) / 6, 9);
  });

  it('has no rate with one month only and no previous year-end', () => {
    expect(projectStock(months(5, [700]), null)).toEqual({ kind: 'no-rate', realised: 700, asOfMonth: 5 });
    // With the previous year-end there is a rate, but one change cannot show its variation.
    const p = projected(projectStock(months(1, [710]), 700));
    expect(p.projected).toBe(820);
    expect(p.halfWidth).toBeNull();
  });

  it('is complete once December is stored, and has no data without months', () => {
    expect(projectStock(months(1, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]), null)).toEqual({ kind: 'complete', realised: 16, asOfMonth: 12 });
    expect(projectStock([], 100)).toEqual({ kind: 'no-data' });
  });

  it('counts a change over a gap of k months as k months of the rate', () => {
    // Months 1, 2, then 5, 6: +10 a month throughout, the gap's +30 included.
    const p = projected(projectStock([{ month: 1, value: 10 }, { month: 2, value: 20 }, { month: 5, value: 50 }, { month: 6, value: 60 }], null));
    expect(p.projected).toBeCloseTo(120, 9);
    expect(p.halfWidth).toBeCloseTo(0, 9);
  });

  it('never projects a stock below zero', () => {
    const p = projected(projectStock(months(1, [100, 60, 20]), null));
    expect(p.projected).toBe(0);
  });
});

describe('projectFlow', () => {
  it('adds the mean monthly flow for every month without data, with a t interval', () => {
    const p = projected(projectFlow(months(1, [10, 12, 8, 10])));
    expect(p.realised).toBe(40);
    expect(p.projected).toBe(120);
    // s² = 8/3, 8 months to go: var = s²(8 + 8²/4) = 64, half-width t(3)·8.
    expect(p.halfWidth).toBeCloseTo(tQuantile975(3) * 8, 9);
    const c = combineProjections([p]);
    expect(c.low).toBe(Math.round(120 - tQuantile975(3) * 8));
  });

  it('never projects a flow below what is already counted', () => {
    const p = projected(projectFlow(months(9, [0, 40, 0])));
    expect(combineProjections([p]).low).toBe(40);
  });

  it('is complete with December', () => {
    expect(projectFlow([{ month: 12, value: 3000 }])).toEqual({ kind: 'complete', realised: 3000, asOfMonth: 12 });
  });

  it('has no rate from a single month: 40 in October is not 480 for the year', () => {
    expect(projectFlow(months(10, [40]))).toEqual({ kind: 'no-rate', realised: 40, asOfMonth: 10 });
    expect(projectFlow(months(1, [30]))).toEqual({ kind: 'no-rate', realised: 30, asOfMonth: 1 });
    expect(combineProjections([projectFlow(months(10, [40]))])).toEqual({ projected: null, low: null, high: null });
  });

  it('projects from two months, always with an interval', () => {
    const p = projected(projectFlow(months(9, [30, 50])));
    expect(p.realised).toBe(80);
    expect(p.projected).toBe(480);
    // s² = 200, 10 months to go: var = 200·(10 + 10²/2) = 12000, half-width t(1)·√12000.
    expect(p.halfWidth).toBeCloseTo(tQuantile975(1) * Math.sqrt(12000), 9);
    const c = combineProjections([p]);
    expect(c.low).toBe(80);
    expect(c.high).toBe(Math.round(480 + tQuantile975(1) * Math.sqrt(12000)));
  });
});

describe('combineProjections', () => {
  const a = projected(projectFlow(months(1, [10, 12, 8, 10])));
  const b = projected(projectStock(months(3, [1000, 1010, 990, 1005, 995, 1000, 1010, 1000]), null));

  it('sums projections and combines half-widths as independent keys', () => {
    const c = combineProjections([a, b, { kind: 'complete', realised: 500, asOfMonth: 12 }]);
    expect(c.projected).toBe(Math.round(a.projected + b.projected + 500));
    const half = Math.sqrt(a.halfWidth! ** 2 + b.halfWidth! ** 2);
    expect(c.high).toBe(Math.round(a.projected + b.projected + 500 + half));
  });

  it('refuses to project a row with a key that has no data or no rate, or that is complete throughout', () => {
    expect(combineProjections([a, { kind: 'no-data' }]).projected).toBeNull();
    expect(combineProjections([a, { kind: 'no-rate', realised: 10, asOfMonth: 4 }]).projected).toBeNull();
    expect(combineProjections([{ kind: 'complete', realised: 1, asOfMonth: 12 }]).projected).toBeNull();
    expect(combineProjections([]).projected).toBeNull();
  });

  it('has no interval when one key has none', () => {
    // A stock with its previous year-end and one month: a rate, but one change shows no spread.
    const single = projected(projectStock(months(1, [710]), 700));
    expect(single.halfWidth).toBeNull();
    expect(combineProjections([a, single])).toMatchObject({ low: null, high: null });
  });

  it('has no projection for a row with a single-month flow key', () => {
    expect(combineProjections([a, projectFlow(months(10, [40]))])).toEqual({ projected: null, low: null, high: null });
  });
});

describe('95 % intervals on simulated years', () => {
  // Seeded uniform (mulberry32) and normal (Box–Muller) draws: the same run every time.
  function random(seed: number) {
    let s = seed >>> 0;
    const uniform = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    return { uniform, normal };
  }

  function coverage(simulate: (rng: ReturnType<typeof random>) => { projection: KeyProjection; actual: number }, runs = 4000): number {
    const rng = random(20261201);
    let covered = 0;
    for (let i = 0; i < runs; i++) {
      const { projection, actual } = simulate(rng);
      const c = combineProjections([projection]);
      if (c.low! <= actual && actual <= c.high!) covered++;
    }
    return covered / runs;
  }

  it('covers the year-end of a stock that starts mid-year about 95 % of the time', () => {
    const rate = coverage((rng) => {
      const first = 3 + Math.floor(rng.uniform() * 4); // March–June
      const last = first + 3 + Math.floor(rng.uniform() * 3); // at most November: still running
      let value = 20000;
      const observed: MonthValue[] = [];
      for (let m = first; m <= 12; m++) {
        if (m > first) value += 120 + 300 * rng.normal();
        if (m <= last) observed.push({ month: m, value });
      }
      return { projection: projectStock(observed, null), actual: value };
    });
    expect(rate).toBeGreaterThan(0.93);
    expect(rate).toBeLessThan(0.97);
  });

  it('covers the year total of a flow about 95 % of the time', () => {
    const rate = coverage((rng) => {
      const last = 3 + Math.floor(rng.uniform() * 8);
      let total = 0;
      const observed: MonthValue[] = [];
      for (let m = 1; m <= 12; m++) {
        const flow = 400 + 60 * rng.normal();
        total += flow;
        if (m <= last) observed.push({ month: m, value: flow });
      }
      return { projection: projectFlow(observed), actual: total };
    });
    expect(rate).toBeGreaterThan(0.93);
    expect(rate).toBeLessThan(0.97);
  });
});

describe('tQuantile975', () => {
  it('gives the table values and approaches 1.96', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(10)).toBe(2.228);
    expect(tQuantile975(40)).toBeCloseTo(2.021, 3);
    expect(tQuantile975(1000)).toBeCloseTo(1.962, 3);
    expect(() => tQuantile975(0)).toThrow(RangeError);
  });
});
