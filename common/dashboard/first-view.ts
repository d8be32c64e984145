// The operations a dashboard view runs and their variables, as pure functions of the URL state.
// The panels call them to query; the server calls the very same functions to answer the first
// view's operations inside index.html (see server/http/first-view.ts), so a fresh tab draws its
// charts without waiting for six round trips. If the two ever disagreed, the client would just
// miss its cache and query as usual.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AppDocument,
  AppYearsDocument,
  CampaignReachPanelDocument,
  EffectivenessPanelDocument,
  FreshnessNoticeDocument,
  MembershipTrendPanelDocument,
  TargetAttainmentPanelDocument,
  type AppQuery,
  type AppYearsQuery,
} from '../gql/graphql.ts';
import { type DashboardState, isWeekRange, type Scope, yearOf } from './url-state.ts';

/** The study's branch: the dashboard opens on it when the URL names none. */
export const PREFERRED_BRANCH = 'MADIUN';

type Branch = AppQuery['branches'][number];
type Region = AppQuery['regions'][number];

/** The branch a view shows: the URL's if it exists, else Madiun, else the first one. */
export function pickBranch<B extends Pick<Branch, 'code'>>(branches: readonly B[], wanted: string | null): B | null {
  return branches.find((b) => b.code === wanted) ?? branches.find((b) => b.code === PREFERRED_BRANCH) ?? branches[0] ?? null;
}

/**
 * The scope a view shows, once the branches and offices are known: the URL's branch or office
 * if it exists, the nation if asked for, else the default branch (Madiun); null without branches.
 */
export function pickScope(state: Pick<DashboardState, 'branch' | 'region' | 'national'>, branches: readonly Pick<Branch, 'code'>[], regions: readonly Pick<Region, 'code'>[]): Scope | null {
  if (state.region && regions.some((r) => r.code === state.region)) return { kind: 'region', region: state.region };
  if (state.national && !state.branch && !state.region) return { kind: 'nation' };
  const branch = pickBranch(branches, state.branch);
  return branch ? { kind: 'branch', branch: branch.code } : null;
}

/**
 * The scope to query before the lists arrive: the URL's as it stands (or Madiun), so that the
 * panels start at once; pickScope only corrects an unknown code afterwards.
 */
export function provisionalScope(state: Pick<DashboardState, 'branch' | 'region' | 'national'>): Scope {
  if (state.branch) return { kind: 'branch', branch: state.branch };
  if (state.region) return { kind: 'region', region: state.region };
  if (state.national) return { kind: 'nation' };
  return { kind: 'branch', branch: PREFERRED_BRANCH };
}

/** What the dashboard knows of its caller's account (`me`), for confineScope. */
export interface ScopedAccount {
  branch?: string | null;
  region?: string | null;
  readsOwnScopeOnly: boolean;
}

/**
 * The scope an account may see, for a scope asked for: an account that reads only its own branch
 * or office (AUTH_READ=login) sees its branch, or its office and the office's branches; anything
 * else (the nation, another office, a branch elsewhere) is shown as its own scope, which is what
 * the server answers for it anyway, so that no view is labelled with a scope its figures are not
 * of. Before the branch list is known (`branches` undefined) a branch asked for is kept.
 */
export function confineScope(scope: Scope, account: ScopedAccount | null | undefined, branches?: readonly Pick<Branch, 'code' | 'regionCode'>[]): Scope {
  if (!account?.readsOwnScopeOnly) return scope;
  if (account.branch) return scope.kind === 'branch' && scope.branch === account.branch ? scope : { kind: 'branch', branch: account.branch };
  if (!account.region) return scope;
  const own: Scope = { kind: 'region', region: account.region };
  if (scope.kind === 'region') return scope.region === account.region ? scope : own;
  if (scope.kind === 'branch') {
    if (!branches) return scope;
    return branches.some((b) => b.code === scope.branch && b.regionCode === account.region) ? scope : own;
  }
  return own;
}

/** The `branch` / `region` arguments of every analytic field for a scope (none: the nation). */
export type ScopeArgs = { branch?: string; region?: string };

export function scopeArgs(scope: Scope): ScopeArgs {
  if (scope.kind === 'branch') return { branch: scope.branch };
  if (scope.kind === 'region') return { region: scope.region };
  return {};
}

/** Years with membership data, ascending, from the AppYears answer. */
export function yearsWithData(data: AppYearsQuery | undefined): number[] {
  return [...(data?.years ?? [])];
}

/** The targets year: the chosen one, else the year of `to`, else the latest year with data. */
export function targetYear(state: Pick<DashboardState, 'year' | 'to'>, years: readonly number[]): number {
  return state.year ?? yearOf(state.to) ?? years[years.length - 1] ?? new Date().getFullYear();
}

export const yearsVariables = (scope: ScopeArgs) => ({ ...scope });

export function membershipVariables(state: DashboardState, scope: ScopeArgs) {
  return {
    ...scope,
    segments: state.segments,
    programs: state.programs.length > 0 ? state.programs : undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    granularity: state.granularity,
  };
}

export function campaignReachVariables(state: DashboardState, scope: ScopeArgs) {
  // The field's own default is CHANNEL: left out then, as the first view's answers always were.
  return { ...scope, from: state.from ?? undefined, to: state.to ?? undefined, groupBy: state.reachBy === 'CHANNEL' ? undefined : state.reachBy };
}

export function effectivenessVariables(state: DashboardState, scope: ScopeArgs) {
  return { ...scope, from: state.from ?? undefined, to: state.to ?? undefined };
}

export const freshnessVariables = (scope: ScopeArgs) => ({ ...scope });

export function targetsVariables(state: DashboardState, scope: ScopeArgs, years: readonly number[]) {
  return { ...scope, year: targetYear(state, years), groupBy: state.groupBy };
}

export interface Operation {
  query: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables: Record<string, unknown>;
}

const op = <T, V>(query: TypedDocumentNode<T, V>, variables: V): Operation =>
  ({ query, variables }) as unknown as Operation;

export const branchesOperation = (): Operation => op(AppDocument, {});
export const yearsOperation = (scope: ScopeArgs): Operation => op(AppYearsDocument, yearsVariables(scope));

/**
 * The four panels' operations (and the stale-data notice's) for a view, once its scope and years
 * are known. A view of weeks asks only the campaign panels: membership stocks and targets are
 * monthly and yearly, and their panels say so instead of asking (week-period.ts).
 */
export function panelOperations(state: DashboardState, scope: ScopeArgs, years: readonly number[]): Operation[] {
  const weeks = isWeekRange(state);
  return [
    ...(weeks ? [] : [op(MembershipTrendPanelDocument, membershipVariables(state, scope))]),
    op(CampaignReachPanelDocument, campaignReachVariables(state, scope)),
    ...(weeks ? [] : [op(TargetAttainmentPanelDocument, targetsVariables(state, scope, years))]),
    op(EffectivenessPanelDocument, effectivenessVariables(state, scope)),
    op(FreshnessNoticeDocument, freshnessVariables(scope)),
  ];
}

/** The operations above by name, so that answers written into index.html find their document. */
export const FIRST_VIEW_DOCUMENTS: Record<string, Operation['query']> = Object.fromEntries(
  [AppDocument, AppYearsDocument, MembershipTrendPanelDocument, CampaignReachPanelDocument, TargetAttainmentPanelDocument, EffectivenessPanelDocument, FreshnessNoticeDocument].map(
    (doc) => [operationName(doc), doc as unknown as Operation['query']],
  ),
);

export function operationName(doc: { definitions: readonly { kind: string; name?: { value: string } }[] }): string {
  const definition = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  return definition?.name?.value ?? '';
}
