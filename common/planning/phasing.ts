// A share's even phasing: the one spread of a yearly target over its months, used by the server
// when a share has no phasing of its own (server/domains/planning/phasing.ts) and by the plan
// page to show and to start hand phasing from exactly what the server would store.

export const MONTHS = 12;

/**
 * `target` over twelve months as evenly as whole numbers allow, the remainder to the first
 * months (125 is 11 × 5 then 10 × 7). Anything but a whole number from 1 spreads as zeros: the
 * page calls it with what is being typed, and a half-typed share must not give fractions.
 */
export function evenPhasing(target: number): number[] {
  const whole = Number.isInteger(target) && target > 0 ? target : 0;
  const base = Math.floor(whole / MONTHS);
  const remainder = whole - base * MONTHS;
  return Array.from({ length: MONTHS }, (_, i) => base + (i < remainder ? 1 : 0));
}
