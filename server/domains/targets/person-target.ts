// A staff member's target counted in persons, from their shares of the branch's targets.
//
// The Kabid splits each program and segment line of the branch's NEW_PARTICIPANTS target across
// the AR/ARK team; a staff member's registrations are persons. A person registered in a segment
// joins its programs at once (a wage earner JKK, JKM and more), so a staff member's shares of
// several programs of one segment are met by the same persons: their target in that segment is
// its largest share, and the segments add up (a person belongs to one). Adding every share
// counted one registration against up to five programs' shares (tryout T1: a share of JKK·PU 487
// and one of JKM·PU 6,000 made a target of 6,487 persons, where 6,000 persons meet both).
import { PROGRAMS } from '../../../common/vocabulary/catalog.ts';

export interface ProgramShare {
  program: string;
  segment: string;
  target: number;
}

const programOrder = (program: string) => {
  const i = (PROGRAMS as readonly string[]).indexOf(program);
  return i < 0 ? PROGRAMS.length : i;
};

/**
 * The shares that make a staff member's person target: per segment the largest (the first
 * program in the catalogue's order on a tie), segments in their first appearance's order.
 */
export function bindingShares<T extends ProgramShare>(shares: readonly T[]): T[] {
  const bySegment = new Map<string, T>();
  for (const share of shares) {
    const held = bySegment.get(share.segment);
    if (!held || share.target > held.target || (share.target === held.target && programOrder(share.program) < programOrder(held.program))) {
      bySegment.set(share.segment, share);
    }
  }
  return [...bySegment.values()];
}

/** A staff member's target in persons: the sum of their binding shares. */
export function personTarget(shares: readonly ProgramShare[]): number {
  return bindingShares(shares).reduce((sum, s) => sum + s.target, 0);
}
