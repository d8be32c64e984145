// Who may read a branch's weekly reviews, for the readers beside the `reviews` query (the team
// list and the actions' CSV): the same check (permissions.ts, readReviews) on the same branch
// reference, so that none of them shows what `reviews` would refuse.
import type { Principal } from '../../auth/principal.ts';
import { type BranchRef, demand, type ReadAccess } from '../../auth/permissions.ts';
import type { Database } from '../../db/orm.ts';
import { resolveBranch } from '../branches/query.ts';

/** The branch (checked, upper case) with its regional office, as the permission needs it. */
export async function reviewBranch(db: Database, code: string, argument = 'branch'): Promise<BranchRef> {
  const branch = (await resolveBranch(db, code, argument))!;
  const row = (await db.read('branch').where('code', branch).first('region_code')) as { region_code: string | null } | undefined;
  return { code: branch, region: row?.region_code ?? null };
}

/** The branch, once the caller is known to read its reviews (throws 401/403 otherwise). */
export async function demandReviewReader(db: Database, principal: Principal, readAccess: ReadAccess, code: string): Promise<BranchRef> {
  const branch = await reviewBranch(db, code);
  demand(principal, { do: 'readReviews', branch }, readAccess);
  return branch;
}
