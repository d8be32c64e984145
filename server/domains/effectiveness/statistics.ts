// The statistics behind the socialisation-versus-promotion comparison. Pure functions.

const Z95 = 1.959963984540054;

/** 95 % Wilson score interval of a proportion successes/trials, in percent; null when trials = 0. */
export function wilsonInterval(successes: number, trials: number): { low: number; high: number } | null {
  if (trials <= 0) return null;
  // Registrations can exceed reach in imported data (people registering without attending):
  // the interval is then undefined beyond 100 %, so the proportion is capped.
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}

export type Outcome = 'SOCIALISATION' | 'PROMOTION' | 'NOT_DISTINGUISHABLE' | 'INSUFFICIENT_DATA';

export interface RatioTest {
  ratio: number;
  low: number;
  high: number;
}

/**
 * The ratio a/b of two rates whose numerators are Poisson counts (countA, countB), with a 95 %
 * interval from the normal approximation of the log ratio: se = sqrt(1/countA + 1/countB).
 */
export function poissonRatio(rateA: number, countA: number, rateB: number, countB: number): RatioTest | null {
  if (countA <= 0 || countB <= 0 || rateA <= 0 || rateB <= 0) return null;
  const ratio = rateA / rateB;
  const se = Math.sqrt(1 / countA + 1 / countB);
  return { ratio, low: ratio * Math.exp(-Z95 * se), high: ratio * Math.exp(Z95 * se) };
}

/** Who wins a ratio test where ratio = socialisation / promotion and larger is better for socialisation. */
export function outcomeOf(test: RatioTest | null, largerFavours: 'SOCIALISATION' | 'PROMOTION'): Outcome {
  if (!test) return 'INSUFFICIENT_DATA';
  const other = largerFavours === 'SOCIALISATION' ? 'PROMOTION' : 'SOCIALISATION';
  if (test.low > 1) return largerFavours;
  if (test.high < 1) return other;
  return 'NOT_DISTINGUISHABLE';
}
