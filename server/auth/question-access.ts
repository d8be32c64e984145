// Applies the read permissions to one analytic question before it runs: the GraphQL resolvers,
// the /api/*.csv downloads, the chart files without a signed token, the embeds and the report
// all ask here, so a question cannot be read around its rules by choosing another format.
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
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

/**
 * Each branch's office as read under one data version: a regional account's every question
 * asked the branch table for it. Which office a branch belongs to changes only with stored data
 * (an import in this process bumps the version at once, another process's within the version's
 * one-second look), so a new version starts a new map. Bounded: unknown codes are remembered too.
 */
const REMEMBERED_BRANCHES = 10_000;
const officeOf = new WeakMap<Database, { version: number; byBranch: Map<string, string | null> }>();

async function branchRegion(db: Database, code: string): Promise<string | null> {
  // A failed look proves nothing: the version as it stands, and the next request looks again.
  await syncDataVersion(db).catch(() => undefined);
  const version = dataVersion();
  let known = officeOf.get(db);
  if (!known || known.version !== version) officeOf.set(db, (known = { version, byBranch: new Map() }));
  const remembered = known.byBranch.get(code);
  if (remembered !== undefined || known.byBranch.has(code)) return remembered ?? null;
  const row = (await db.read('branch').where({ code }).first('region_code')) as { region_code: string | null } | undefined;
  const region = row?.region_code ?? null;
  if (known.byBranch.size < REMEMBERED_BRANCHES) known.byBranch.set(code, region);
  return region;
}

async function branchRef(db: Database, code: string, principal: Principal): Promise<BranchRef> {
  // Only a regional account's scope depends on where the branch is.
  if (principal.kind !== 'account' || !principal.account.region) return { code, region: null };
  return { code, region: await branchRegion(db, code) };
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
