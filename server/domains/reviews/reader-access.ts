// Who may read a branch's weekly reviews, for the readers beside the `reviews` query (the team
// list and the actions' CSV): the same check (permissions.ts, readReviews) on the same branch
// reference, so that none of them shows what `reviews` would refuse.
import type { Principal } from '../../auth/principal.ts';
import { type BranchRef, demand, type ReadAccess } from '../../auth/permissions.ts';
import type { Database } from '../../db/orm.ts';
import { branchReference } from '../branches/query.ts';

/** The branch, once the caller is known to read its reviews (throws 401/403 otherwise). */
export async function demandReviewReader(db: Database, principal: Principal, readAccess: ReadAccess, code: string): Promise<BranchRef> {
  const branch = await branchReference(db, code);
  demand(principal, { do: 'readReviews', branch }, readAccess);
  return branch;
}
