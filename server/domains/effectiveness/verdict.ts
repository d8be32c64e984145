// The two verdicts of the socialisation-versus-promotion comparison, with the reason for each,
// from the per-type sums. Pure: the rules (a minimum number of activities, zero cost decided,
// zero registrations compared, never "no data") are tested on simulated data without a database.
import type { ActivityType, VerdictOutcome, VerdictReason } from '../../../common/vocabulary/schema-enums.ts';
import { type Moments, perActivity, perRupiah, rateRatio, roundSignificant } from './statistics.ts';

export type { VerdictOutcome, VerdictReason };

/**
 * The fewest activities a side needs before either verdict is given. The test itself keeps its
 * false-positive rate at every n, also when the two types differ widely in dispersion (it is
 * conservative when n is small: measured in tests/unit/statistics), so the minimum is set by
 * what a verdict can say: below 10 a side it almost never detects even a threefold difference
 * (power 18 % at 8 activities with an index of dispersion of 10), so "cannot tell apart" would
 * be read as a finding when it only means too little data. At 10 a threefold difference is found
 * about a third of the time, at 16 three times in five, at 24 five times in six.
 */
export const MINIMUM_ACTIVITIES = 10;

export interface Comparison {
  outcome: VerdictOutcome;
  reason: VerdictReason;
  /** The ratio and its 95 % interval (6 significant digits); null where undefined or unbounded. */
  ratio: number | null;
  low: number | null;
  high: number | null;
  /** Welch–Satterthwaite degrees of freedom of the test's t quantile (4 significant digits); null without a test. */
  degreesOfFreedom: number | null;
}

const plain = (outcome: VerdictOutcome, reason: VerdictReason, ratio: number | null = null): Comparison => ({
  outcome,
  reason,
  ratio,
  low: null,
  high: null,
  degreesOfFreedom: null,
});

/** a / b of two rates, rounded; null when either is undefined or b is 0. */
function pointRatio(ya: number, ea: number, yb: number, eb: number): number | null {
  if (!(ea > 0) || !(eb > 0) || !(yb > 0)) return null;
  return roundSignificant(ya / ea / (yb / eb));
}

/** Whether both sides have activities, and enough of them; a side with too few still shows its ratio, without interval or verdict. */
function countCheck(socialisation: Moments, promotion: Moments, ratio: number | null): Comparison | null {
  if (socialisation.n === 0 || promotion.n === 0) return plain('INSUFFICIENT_DATA', 'NO_ACTIVITIES');
  if (Math.min(socialisation.n, promotion.n) < MINIMUM_ACTIVITIES) return plain('INSUFFICIENT_DATA', 'TOO_FEW_ACTIVITIES', ratio);
  return null;
}

/** The test of a ratio whose values above 1 favour `above`, as a comparison. */
function decide(socialisation: Moments, promotion: Moments, test: NonNullable<ReturnType<typeof rateRatio>>, above: ActivityType): Comparison {
  const below = above === 'SOCIALISATION' ? 'PROMOTION' : 'SOCIALISATION';
  const outcome: VerdictOutcome = test.decided === 'above' ? above : test.decided === 'below' ? below : 'NOT_DISTINGUISHABLE';
  const oneSideEmpty = socialisation.y <= 0 || promotion.y <= 0;
  const reason: VerdictReason = oneSideEmpty ? 'ONE_SIDE_NO_REGISTRATIONS' : outcome === 'NOT_DISTINGUISHABLE' ? 'INTERVAL_INCLUDES_ONE' : 'INTERVAL_EXCLUDES_ONE';
  return { outcome, reason, ratio: test.ratio, low: test.low, high: test.high, degreesOfFreedom: roundSignificant(test.df, 4) };
}

/** Registrations per activity, as socialisation / promotion. */
export function compareRegistrationsPerActivity(socialisation: Moments, promotion: Moments, options: { interval?: boolean } = {}): Comparison {
  const counts = countCheck(socialisation, promotion, pointRatio(socialisation.y, socialisation.n, promotion.y, promotion.n));
  if (counts) return counts;
  if (socialisation.y <= 0 && promotion.y <= 0) return plain('NOT_DISTINGUISHABLE', 'NO_REGISTRATIONS');
  return decide(socialisation, promotion, rateRatio(perActivity(socialisation), perActivity(promotion), options)!, 'SOCIALISATION');
}

/**
 * Cost per registration, as promotion / socialisation (above 1: promotion is dearer, so
 * socialisation is cheaper), tested as the ratio of registrations per Rupiah. Zero cost is an
 * outcome, not missing data.
 */
export function compareCostPerRegistration(socialisation: Moments, promotion: Moments, options: { interval?: boolean } = {}): Comparison {
  const counts = countCheck(socialisation, promotion, pointRatio(socialisation.y, socialisation.c, promotion.y, promotion.c));
  if (counts) return counts;
  const socFree = !(socialisation.c > 0);
  const proFree = !(promotion.c > 0);
  if (socFree && proFree) return plain('NOT_DISTINGUISHABLE', 'BOTH_FREE');
  if ((socFree && socialisation.y <= 0) || (proFree && promotion.y <= 0)) return plain('INSUFFICIENT_DATA', 'FREE_WITHOUT_REGISTRATIONS');
  if (socialisation.y <= 0 && promotion.y <= 0) return plain('INSUFFICIENT_DATA', 'NO_REGISTRATIONS');
  // Registrations for Rp0 against a side that cost money: cheaper, exactly.
  if (socFree) return plain('SOCIALISATION', 'ONE_SIDE_FREE');
  if (proFree) return plain('PROMOTION', 'ONE_SIDE_FREE', 0);
  // (Y_s / C_s) / (Y_p / C_p) = (C_p / Y_p) / (C_s / Y_s): promotion's cost per registration over socialisation's.
  return decide(socialisation, promotion, rateRatio(perRupiah(socialisation), perRupiah(promotion), options)!, 'SOCIALISATION');
}
