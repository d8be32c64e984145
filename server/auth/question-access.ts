// Applies the read permissions to one analytic question before it runs: the GraphQL resolvers,
// the /api/*.csv downloads, the chart files without a signed token, the embeds and the report
// all ask here, so a question cannot be read around its rules by choosing another format.
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import type { Question } from '../domains/question.ts';
import { rootFieldArgs } from '../http/params.ts';
import { type BranchRef, defaultScope, demand } from './permissions.ts';
import type { Principal } from './principal.ts';

const takesScope = new Map<string, boolean>();

/** Whether a question takes `branch` and `region` (every analytic one; `branches` and `regions` do not). */
function acceptsScope(field: string): boolean {
  let known = takesScope.get(field);
  if (known === undefined) takesScope.set(field, (known = rootFieldArgs(field).some((a) => a.name === 'region')));
  return known;
}

async function branchRef(db: Database, code: string, principal: Principal): Promise<BranchRef> {
  // Only a regional account's scope depends on where the branch is.
  if (principal.kind !== 'account' || !principal.account.region) return { code, region: null };
  const row = (await db.read('branch').where({ code }).first('region_code')) as { region_code: string | null } | undefined;
  return { code, region: row?.region_code ?? null };
}

/**
 * The arguments the question may run with for this caller, or a ForbiddenError: the branch or
 * region must be in the caller's scope (an account's reads default to its branch or office),
 * and staff-level answers need a caller allowed to see staff.
 */
export async function authorizeQuestion<Args>(
  deps: { db: Database; config: Pick<Config, 'authRead'> },
  principal: Principal,
  question: Pick<Question, 'field' | 'namesStaff'>,
  args: Args,
): Promise<Args> {
  const readAccess = deps.config.authRead;
  // The office lists (branches, regions) hold no figures: every reader may see them whole, so
  // that a branch account's dashboard can name its branch.
  if (!acceptsScope(question.field)) {
    demand(principal, { do: 'readDirectory' }, readAccess);
    return args;
  }
  let scoped = args;
  const given = args as { branch?: string | null; region?: string | null } | undefined;
  if (!given?.branch && !given?.region) {
    const own = defaultScope(principal, readAccess);
    if (own.branch || own.region) scoped = { ...args, ...own };
  }
  const { branch, region } = (scoped ?? {}) as { branch?: string | null; region?: string | null };
  demand(
    principal,
    { do: 'read', branch: branch ? await branchRef(deps.db, String(branch).toUpperCase(), principal) : undefined, region: region ? String(region).toUpperCase() : undefined },
    readAccess,
  );
  if (question.namesStaff?.(scoped)) demand(principal, { do: 'readStaff' }, readAccess);
  return scoped;
}

/**
 * The scope an account's defaults added to a request's canonical parameters (sorted by name, as
 * they are for cache keys and signatures), so that two callers' different defaults never share
 * one cached answer.
 */
export function withDefaults(canonical: Record<string, string>, scoped: unknown): Record<string, string> {
  const { branch, region } = (scoped ?? {}) as { branch?: unknown; region?: unknown };
  const added: Record<string, string> = {};
  if (branch && !canonical.branch) added.branch = String(branch);
  if (region && !canonical.region) added.region = String(region);
  if (!Object.keys(added).length) return canonical;
  return Object.fromEntries(Object.entries({ ...canonical, ...added }).sort(([x], [y]) => (x < y ? -1 : 1)));
}
