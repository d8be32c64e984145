// Applies the read permissions to one analytic question before it runs: the GraphQL resolvers,
// the /api/*.csv downloads, the chart files without a signed token, the embeds and the report
// all ask here, so a question cannot be read around its rules by choosing another format.
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import type { Question } from '../domains/question.ts';
import { rootFieldArgs } from '../http/params.ts';
import { type BranchRef, defaultBranch, demand } from './permissions.ts';
import type { Principal } from './principal.ts';

const takesBranch = new Map<string, boolean>();

function acceptsBranch(field: string): boolean {
  let known = takesBranch.get(field);
  if (known === undefined) takesBranch.set(field, (known = rootFieldArgs(field).some((a) => a.name === 'branch')));
  return known;
}

async function branchRef(db: Database, code: string, principal: Principal): Promise<BranchRef> {
  // Only a regional account's scope depends on where the branch is.
  if (principal.kind !== 'account' || !principal.account.region) return { code, region: null };
  const row = (await db.read('branch').where({ code }).first('region_code')) as { region_code: string | null } | undefined;
  return { code, region: row?.region_code ?? null };
}

/**
 * The arguments the question may run with for this caller, or a ForbiddenError: the branch must
 * be in the caller's scope (a branch account's reads default to its branch), and staff-level
 * answers need a caller allowed to see staff.
 */
export async function authorizeQuestion<Args>(
  deps: { db: Database; config: Pick<Config, 'authRead'> },
  principal: Principal,
  question: Pick<Question, 'field' | 'namesStaff'>,
  args: Args,
): Promise<Args> {
  const readAccess = deps.config.authRead;
  let scoped = args;
  const given = (args as { branch?: string | null } | undefined)?.branch;
  if (acceptsBranch(question.field) && !given) {
    const own = defaultBranch(principal, readAccess);
    if (own) scoped = { ...args, branch: own };
  }
  const branch = (scoped as { branch?: string | null } | undefined)?.branch;
  demand(principal, { do: 'read', branch: branch ? await branchRef(deps.db, String(branch).toUpperCase(), principal) : undefined }, readAccess);
  if (question.namesStaff?.(scoped)) demand(principal, { do: 'readStaff' }, readAccess);
  return scoped;
}

/** The branch a report or page may show for this caller (its own by default), or a ForbiddenError. */
export async function authorizeBranchRead(
  deps: { db: Database; config: Pick<Config, 'authRead'> },
  principal: Principal,
  branch: string | undefined,
): Promise<string | undefined> {
  const scoped = await authorizeQuestion(deps, principal, { field: 'membershipTrend' }, { branch });
  return scoped.branch ?? undefined;
}
