// What each caller may do: the one place that decides. Resolvers, HTTP routes and the importer
// ask here and never look at roles themselves, so a rule changes in one line.
//
// - Reads: open to anyone with AUTH_READ=public; with AUTH_READ=login only to accounts (and the
//   ADMIN_TOKEN). An account reads the branches of its scope: its branch, the branches of its
//   regional office, or all of them.
// - Staff-level figures (breakdowns by staff member, the staff of raw rows): not for
//   researchers, who read aggregates only; otherwise as reads.
// - Imports: ADMIN anything; KABID, AR, ARK and PAP the files of their own branch; the branch
//   list itself only ADMIN. VIEWER and RESEARCHER change nothing.
// - Signed embed links: ADMIN any chart; branch roles charts of their own branch.
// - The audit log: ADMIN. The import history: any account.
// - Weekly reviews and the target plan name the team: read by accounts whose scope covers the
//   branch and who may see staff (never anonymously, whatever AUTH_READ says); written by the
//   branch's KABID, who leads the review and splits the targets, and by ADMIN.
import { ForbiddenError } from '../errors.ts';
import type { AccountRef, Principal } from './principal.ts';
import { isStaffRole } from '../../common/vocabulary/catalog.ts';

export type ReadAccess = 'public' | 'login';

/** A branch named in a request, with its regional office's code when the caller's scope needs it. */
export interface BranchRef {
  code: string;
  region: string | null;
}

export type Action =
  /** Read aggregates; `branch` or `region` (an office's code) when the request names one. */
  | { do: 'read'; branch?: BranchRef; region?: string }
  /** Read the lists of branch and regional offices (names and codes, no figures). */
  | { do: 'readDirectory' }
  /** Read figures that name staff members. */
  | { do: 'readStaff' }
  | { do: 'readImportHistory' }
  /** Import a file of `kind` whose rows belong to `branches` (all codes found in the file). */
  | { do: 'import'; kind: string; branches: readonly string[] }
  /** Sign a chart link; `branch` is the chart's branch parameter (null: all branches). */
  | { do: 'sign'; branch: string | null }
  | { do: 'ownTokens' }
  | { do: 'revokeToken'; ownerId: number }
  | { do: 'readAudit' }
  /** Read a branch's weekly reviews and their actions. */
  | { do: 'readReviews'; branch: BranchRef }
  /** Write a branch's weekly review or its actions. */
  | { do: 'writeReview'; branch: string }
  /** Read a branch's target plan (its targets split across the team). */
  | { do: 'readPlan'; branch: BranchRef }
  /** Split a branch's targets across its team. */
  | { do: 'planTargets'; branch: string }
  /** Plan (or cancel) a branch's socialisation activities. */
  | { do: 'planActivities'; branch: string };

export type Decision = { ok: true } | { ok: false; status: 401 | 403; reason: string };

const OK: Decision = { ok: true };
const deny = (status: 401 | 403, reason: string): Decision => ({ ok: false, status, reason });
/** "an AR account", "an ADMIN account", "a KABID account": the article before the role. */
const anAccount = (role: string) => `${/^[AEIOU]/.test(role) ? 'an' : 'a'} ${role} account`;
const NEEDS_LOGIN = (what: string) => deny(401, `${what} needs an account: log in (POST /auth/login) or send an API token as "Authorization: Bearer <token>"`);


function scopeText(a: AccountRef): string {
  return a.branch ? `branch ${a.branch}` : a.region ? `regional office ${a.region}` : 'the nation';
}

/** True when the account's scope covers the branch (an empty code: all branches). */
export function coversBranch(a: AccountRef, branch: BranchRef): boolean {
  if (!branch.code) return !a.branch && !a.region;
  if (a.branch) return a.branch === branch.code;
  if (a.region) return a.region === branch.region;
  return true;
}

export function decide(principal: Principal, action: Action, readAccess: ReadAccess): Decision {
  if (principal.kind === 'admin-token') return OK;
  const account = principal.kind === 'account' ? principal.account : null;
  switch (action.do) {
    case 'read':
      if (!account) return readAccess === 'public' ? OK : NEEDS_LOGIN('Reading data (AUTH_READ=login)');
      // With public reads a scoped account may read what an anonymous caller may.
      if (readAccess === 'public') return OK;
      if (action.region) {
        if (!account.branch && (!account.region || account.region === action.region)) return OK;
        return deny(403, `your account (${account.username}) reads ${scopeText(account)}, not regional office ${action.region}`);
      }
      if (coversBranch(account, action.branch ?? { code: '', region: null })) return OK;
      if (!action.branch) return deny(403, `your account (${account.username}) reads ${scopeText(account)}: name its branch or office (argument branch or region)`);
      return deny(403, `your account (${account.username}) reads ${scopeText(account)}, not branch ${action.branch.code}`);
    case 'readDirectory':
      return account || readAccess === 'public' ? OK : NEEDS_LOGIN('Reading data (AUTH_READ=login)');
    case 'readStaff':
      if (!account) return readAccess === 'public' ? OK : NEEDS_LOGIN('Figures that name staff members');
      if (account.role === 'RESEARCHER') return deny(403, 'researcher accounts read aggregates only: figures by staff member are not available to them');
      return OK;
    case 'readImportHistory':
      return account ? OK : NEEDS_LOGIN('The import history');
    case 'import': {
      if (!account) return NEEDS_LOGIN('Importing');
      if (account.role === 'ADMIN') return OK;
      if (!isStaffRole(account.role)) return deny(403, `${anAccount(account.role)} changes nothing: imports need ADMIN, or KABID, AR, ARK or PAP of the branch`);
      if (action.kind === 'branches') return deny(403, 'the list of branch offices is imported by an ADMIN only');
      const others = action.branches.filter((code) => code !== account.branch);
      if (others.length) return deny(403, `your account (${account.username}, ${account.role}) imports for branch ${account.branch} only; the file has rows of ${others.slice(0, 5).join(', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}`);
      return OK;
    }
    case 'sign':
      if (!account) return NEEDS_LOGIN('Signing share links');
      if (account.role === 'ADMIN') return OK;
      if (!isStaffRole(account.role)) return deny(403, `${anAccount(account.role)} may not hand out share links: ask your branch's KABID, AR, ARK or PAP`);
      if (action.branch !== account.branch) return deny(403, `your account shares charts of branch ${account.branch} only${action.branch ? `, not ${action.branch}` : ' (choose that branch first)'}`);
      return OK;
    case 'ownTokens':
      return account ? OK : NEEDS_LOGIN('API tokens');
    case 'revokeToken':
      if (!account) return NEEDS_LOGIN('Revoking an API token');
      return account.role === 'ADMIN' || account.id === action.ownerId ? OK : deny(403, 'this API token belongs to another account');
    case 'readAudit':
      if (!account) return NEEDS_LOGIN('The audit log');
      return account.role === 'ADMIN' ? OK : deny(403, 'the audit log is for ADMIN accounts');
    case 'readReviews':
      return readTeamWork(account, action.branch, 'Reading the weekly reviews', 'weekly reviews');
    case 'readPlan':
      return readTeamWork(account, action.branch, 'The target plan', 'the target plan');
    case 'writeReview':
      return leadTeam(account, action.branch, 'Writing a weekly review', 'reads the weekly review: it is written', 'writes the reviews');
    case 'planTargets':
      return leadTeam(account, action.branch, 'Splitting targets', 'reads the target plan: targets are split', 'splits the targets');
    case 'planActivities':
      return leadTeam(account, action.branch, 'Planning activities', 'reads the plan: activities are planned', 'plans the activities');
  }
}

/** Team work (reviews, the plan) names staff: accounts covering the branch that may see staff. */
function readTeamWork(account: AccountRef | null, branch: BranchRef, what: string, named: string): Decision {
  if (!account) return NEEDS_LOGIN(what);
  if (account.role === 'RESEARCHER') return deny(403, `researcher accounts read aggregates only: ${named} name staff members`);
  if (!coversBranch(account, branch)) return deny(403, `your account (${account.username}) reads ${scopeText(account)}, not branch ${branch.code}`);
  return OK;
}

/** What the Kabid leads (the review, the split): the branch's KABID, or an admin. */
function leadTeam(account: AccountRef | null, branch: string, what: string, byKabid: string, does: string): Decision {
  if (!account) return NEEDS_LOGIN(what);
  if (account.role === 'ADMIN') return OK;
  if (account.role !== 'KABID') return deny(403, `${anAccount(account.role)} ${byKabid} by the branch's KABID`);
  if (account.branch !== branch) return deny(403, `your account (${account.username}, KABID) ${does} of branch ${account.branch}, not ${branch}`);
  return OK;
}

/** Throws the refusal (401: who are you; 403: not you) or returns quietly. */
export function demand(principal: Principal, action: Action, readAccess: ReadAccess): void {
  const decision = decide(principal, action, readAccess);
  if (!decision.ok) throw new ForbiddenError(decision.reason, decision.status);
}

/**
 * Where an account's reads go when a request names neither branch nor region (AUTH_READ=login):
 * a branch account's branch, a regional account's office; nothing for the nation.
 */
export function defaultScope(principal: Principal, readAccess: ReadAccess): { branch?: string; region?: string } {
  if (readAccess !== 'login' || principal.kind !== 'account') return {};
  const { branch, region } = principal.account;
  return branch ? { branch } : region ? { region } : {};
}

/**
 * The branches whose rows an import by this caller may write, for the importer's row check
 * (every row outside is a problem, so nothing of the file is stored); undefined: every branch.
 * Call after `demand(principal, { do: 'import', kind, branches: [] })` has let the caller in.
 */
export function importScope(principal: Principal): { allows(code: string): boolean; text: string } | undefined {
  if (principal.kind !== 'account' || principal.account.role === 'ADMIN') return undefined;
  const own = principal.account.branch;
  return { allows: (code) => code === own, text: `branch ${own ?? '(none)'}` };
}
