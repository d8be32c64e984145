// A small seeded pseudo-random generator (mulberry32) so that the synthetic demo data is the
// same on every machine and every start.
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Roughly normal (sum of uniforms), mean 0, standard deviation 1. */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Standard normal (Box–Muller, exact), for the samplers below. */
  gaussian(): number;
  /** Gamma with this shape and scale (mean shape × scale). */
  gamma(shape: number, scale: number): number;
  /** Poisson count with this mean. */
  poisson(mean: number): number;
  /**
   * Over-dispersed count: a Poisson count whose rate is itself gamma distributed (the negative
   * binomial). Mean `mean`, variance mean + mean²/shape: a small shape means some events bring
   * nobody and a few bring many, as campaign registrations do.
   */
  poissonGamma(mean: number, shape: number): number;
}

/** Rates above this are drawn as a sum of Poisson counts (e^-λ stays far from underflow). */
const POISSON_CHUNK = 200;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    normal: () => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += next();
      return sum - 6;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items[items.length - 1][0];
    },
    gaussian: () => {
      // 1 − next() is in (0, 1]: the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    gamma: (shape, scale) => {
      if (!(shape > 0) || !(scale > 0)) return 0;
      // Marsaglia and Tsang (2000); a shape below 1 is boosted by U^(1/shape).
      if (shape < 1) return random.gamma(shape + 1, scale) * (1 - next()) ** (1 / shape);
      const d = shape - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        const x = random.gaussian();
        const v = (1 + c * x) ** 3;
        if (v <= 0) continue;
        const u = 1 - next();
        if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
      }
    },
    poisson: (mean) => {
      if (!(mean > 0)) return 0;
      let count = 0;
      let rest = mean;
      while (rest > 0) {
        const lambda = Math.min(rest, POISSON_CHUNK);
        rest -= lambda;
        // Knuth: count uniforms until their product falls below e^-λ.
        const limit = Math.exp(-lambda);
        let product = next();
        while (product > limit) {
          count++;
          product *= next();
        }
      }
      return count;
    },
    poissonGamma: (mean, shape) => (mean > 0 ? random.poisson(random.gamma(shape, mean / shape)) : 0),
  };
  return random;
}
