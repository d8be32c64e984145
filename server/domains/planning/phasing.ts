// A share's monthly phasing: the Kabid's twelve numbers, or an even spread.

export const MONTHS = 12;

/** `target` spread over twelve months as evenly as whole numbers allow, the remainder first. */
export function evenPhasing(target: number): number[] {
  const base = Math.floor(target / MONTHS);
  const remainder = target - base * MONTHS;
  return Array.from({ length: MONTHS }, (_, i) => base + (i < remainder ? 1 : 0));
}

/** The stored phasing when it still adds up to the share, else the even spread. */
export function phasingOf(target: number, stored: number[] | undefined): { monthly: number[]; phased: boolean } {
  const complete = stored?.length === MONTHS && stored.reduce((a, b) => a + b, 0) === target;
  return complete ? { monthly: stored!, phased: true } : { monthly: evenPhasing(target), phased: false };
}
