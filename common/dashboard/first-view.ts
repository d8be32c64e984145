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
import { type DashboardState, yearOf } from './url-state.ts';

/** The study's branch: the dashboard opens on it when the URL names none. */
export const PREFERRED_BRANCH = 'MADIUN';

type Branch = AppQuery['branches'][number];

/** The branch a view shows: the URL's if it exists, else Madiun, else the first one. */
export function pickBranch<B extends Pick<Branch, 'code'>>(branches: readonly B[], wanted: string | null): B | null {
  return branches.find((b) => b.code === wanted) ?? branches.find((b) => b.code === PREFERRED_BRANCH) ?? branches[0] ?? null;
}

/** Years with membership data, ascending, from the AppYears answer. */
export function yearsWithData(data: AppYearsQuery | undefined): number[] {
  const set = new Set<number>();
  for (const s of data?.years ?? []) for (const p of s.points) set.add(Number(p.period.slice(0, 4)));
  return [...set].sort((a, b) => a - b);
}

/** The targets year: the chosen one, else the year of `to`, else the latest year with data. */
export function targetYear(state: Pick<DashboardState, 'year' | 'to'>, years: readonly number[]): number {
  return state.year ?? yearOf(state.to) ?? years[years.length - 1] ?? new Date().getFullYear();
}

export const yearsVariables = (branch: string) => ({ branch });

export function membershipVariables(state: DashboardState, branch: string) {
  return {
    branch,
    segments: state.segments,
    programs: state.programs.length > 0 ? state.programs : undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    granularity: state.granularity,
  };
}

export function campaignReachVariables(state: DashboardState, branch: string) {
  return { branch, from: state.from ?? undefined, to: state.to ?? undefined };
}

export function effectivenessVariables(state: DashboardState, branch: string) {
  return { branch, from: state.from ?? undefined, to: state.to ?? undefined };
}

export const freshnessVariables = (branch: string) => ({ branch });

export function targetsVariables(state: DashboardState, branch: string, years: readonly number[]) {
  return { branch, year: targetYear(state, years), groupBy: state.groupBy };
}

export interface Operation {
  query: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables: Record<string, unknown>;
}

const op = <T, V>(query: TypedDocumentNode<T, V>, variables: V): Operation =>
  ({ query, variables }) as unknown as Operation;

export const branchesOperation = (): Operation => op(AppDocument, {});
export const yearsOperation = (branch: string): Operation => op(AppYearsDocument, yearsVariables(branch));

/** The four panels' operations (and the stale-data notice's) for a view, once its branch and years are known. */
export function panelOperations(state: DashboardState, branch: string, years: readonly number[]): Operation[] {
  return [
    op(MembershipTrendPanelDocument, membershipVariables(state, branch)),
    op(CampaignReachPanelDocument, campaignReachVariables(state, branch)),
    op(TargetAttainmentPanelDocument, targetsVariables(state, branch, years)),
    op(EffectivenessPanelDocument, effectivenessVariables(state, branch)),
    op(FreshnessNoticeDocument, freshnessVariables(branch)),
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
