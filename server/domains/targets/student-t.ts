// The 97.5 % quantile of Student's t, for 95 % intervals from a handful of monthly
// observations (a year has at most 12 months, so the degrees of freedom stay small and the
// normal 1.96 would be far too narrow).

// t(0.975, df) for df = 1…30 (standard tables).
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z_975 = 1.959964;

/** t(0.975, df); df ≥ 1. Beyond the table, the Cornish–Fisher expansion (error < 0.001). */
export function tQuantile975(df: number): number {
  if (!Number.isFinite(df) || df < 1) throw new RangeError(`degrees of freedom must be ≥ 1, got ${df}`);
  const whole = Math.floor(df);
  if (whole <= T_975.length) return T_975[whole - 1];
  const z = Z_975;
  return z + (z ** 3 + z) / (4 * whole) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * whole ** 2);
}
