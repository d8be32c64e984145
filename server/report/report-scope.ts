// Which branches a report covers: one branch, a regional office or the nation, as the caller
// may read them. The report asks the same permission question as every analytic question of
// that scope (authorizeQuestion), so a report cannot be read around the rules GraphQL applies;
// an account naming nothing gets its own branch or office, as its other reads do.
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { branchName, regionName, resolveBranch } from '../domains/branches/query.ts';
import { resolveRegion } from '../domains/branches/scope.ts';
import { authorizeQuestion } from '../auth/question-access.ts';
import type { Principal } from '../auth/principal.ts';
import { BadInputError } from '../errors.ts';
import { isNationalScope } from '../../common/dashboard/scope-param.ts';
import type { ReportTexts } from '../../common/i18n/report.ts';

export interface ReportScope {
  /** The branch's code (upper case), when the report is one branch's. */
  branch?: string;
  /** The regional office's code (upper case), when the report is one office's. */
  region?: string;
  /** The scope as people name it: "Kantor Cabang Madiun", "Kantor Wilayah Jawa Timur", all branches. */
  name: string;
}

/** The analytic arguments of the scope: `branch` or `region`, or neither for the nation. */
export function scopeArgs(scope: ReportScope): { branch?: string; region?: string } {
  return scope.branch ? { branch: scope.branch } : scope.region ? { region: scope.region } : {};
}


/**
 * The scope a report request asks for, checked against the caller's permissions, with the
 * refusals in the report's language: both scopes at once, `scope=` other than `national` or
 * beside an office, and an unknown office are 400s. The parameters are the dashboard's URL's,
 * so a view's address names the same report: `branch=`, `region=` or `scope=national`.
 */
export async function reportScope(
  deps: { db: Database; config: Pick<Config, 'authRead'> },
  principal: Principal,
  asked: { branch?: string; region?: string; scope?: string },
  L: ReportTexts,
): Promise<ReportScope> {
  if (asked.scope !== undefined) {
    if (!isNationalScope(asked.scope)) throw new BadInputError('scope', L.unknownScope(asked.scope.trim()));
    if (asked.branch !== undefined || asked.region !== undefined) throw new BadInputError('scope', L.nationalAndOffice);
  }
  if (asked.branch !== undefined && asked.region !== undefined) throw new BadInputError('region', L.bothScopes);
  // The permission question of the office's (or branch's) other questions; the membership trend
  // stands for them all (every analytic question takes the same scope arguments).
  // The nation is asked for by naming no office, as the nation's questions are; an account that
  // reads only its own office or branch then gets that, as its dashboard does.
  const scoped = (await authorizeQuestion(deps, principal, { field: 'membershipTrend' }, { branch: asked.branch, region: asked.region })) as { branch?: string; region?: string };
  if (scoped.region) {
    const region = await knownRegion(deps.db, scoped.region, L);
    return { region, name: (await regionName(deps.db, region)) ?? region };
  }
  const branch = await resolveBranch(deps.db, scoped.branch);
  return { branch, name: (await branchName(deps.db, branch)) ?? L.allBranches };
}

/** The office's normalised code, or a 400 in the report's language naming the unknown code. */
async function knownRegion(db: Database, code: string, L: ReportTexts): Promise<string> {
  try {
    return (await resolveRegion(db, code))!;
  } catch (e) {
    if (e instanceof BadInputError) throw new BadInputError('region', L.unknownRegion(code.trim()));
    throw e;
  }
}
