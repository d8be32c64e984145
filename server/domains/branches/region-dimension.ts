// A branch's regional office as a cube dimension, for every cube whose rows carry branch_code.
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import type { Dimension } from '../../analytics/model.ts';

/**
 * The office as the branch row names it now (a branch moved to another office moves with its
 * history); `(none)` for a branch not assigned to one. Unqualified branch_code: the branch
 * table has none, so it is the outer row's, whether that is a fact or a rollup group.
 */
export const REGION_OF_BRANCH = {
  sql: "COALESCE((SELECT rb.region_code FROM branch rb WHERE rb.code = branch_code), '(none)')",
  attributeOf: ['branch_code'],
  title: DIMENSIONS.region,
} as const satisfies Dimension & { title: unknown };
