// A share's monthly phasing: the Kabid's twelve numbers, or the even phasing (common/planning/
// phasing.ts, which the plan page shows too).
import { evenPhasing, MONTHS } from '../../../common/planning/phasing.ts';

// The planning and review code on the server names the months of a phasing from here.
export { MONTHS };

/** The stored phasing when it still adds up to the share, else the even spread. */
export function phasingOf(target: number, stored: number[] | undefined): { monthly: number[]; phased: boolean } {
  const complete = stored?.length === MONTHS && stored.reduce((a, b) => a + b, 0) === target;
  return complete ? { monthly: stored!, phased: true } : { monthly: evenPhasing(target), phased: false };
}
