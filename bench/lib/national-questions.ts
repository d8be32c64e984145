// The questions the dashboard asks, built by the dashboard's own functions from its URL state
// (common/dashboard/first-view.ts: the operations and variables each panel queries, the same
// ones the server answers for index.html) plus the scope ranking table's document
// (client/features/dashboard/scope-ranking.tsx, whose variables are rebuilt here as that
// component builds them). Each scope the dashboard offers (the nation, a regional office, a
// branch) is asked for its default period (all the data; the targets of the latest year), for
// one full year, for one ISO week and for twenty.
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import {
  branchesOperation,
  operationName,
  panelOperations,
  provisionalScope,
  scopeArgs,
  targetYear,
  yearsOperation,
  yearsWithData,
  type Operation,
} from '../../common/dashboard/first-view.ts';
import { parseState } from '../../common/dashboard/url-state.ts';
import { ScopeRankingDocument, type AppYearsQuery } from '../../common/gql/graphql.ts';

export interface BenchQuestion {
  /** Unique within a data set and equal across scales, so that demo and stress times can be paired. */
  id: string;
  operation: string;
  scope: string;
  period: string;
  document: DocumentNode;
  /** The request's text, with __typename as Apollo Client sends it. */
  query: string;
  variables: Record<string, unknown>;
}

export interface QuestionPlan {
  region: string;
  branch: string;
  year: number;
}

/** Answers one operation without HTTP (the direct runner), for the years every view needs first. */
export type Ask = (document: DocumentNode, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

const typed = new WeakMap<object, DocumentNode>();
function withTypename(doc: Operation['query']): DocumentNode {
  let out = typed.get(doc);
  if (!out) typed.set(doc, (out = addTypenameToDocument(doc as unknown as DocumentNode)));
  return out;
}

function question(op: Operation, scope: string, period: string): BenchQuestion {
  const document = withTypename(op.query);
  const name = operationName(op.query);
  return { id: `${name}|${scope}|${period}`, operation: name, scope, period, document, query: print(document), variables: op.variables };
}

/** The scopes: URL query strings as the dashboard's scope picker writes them. */
function scopes(plan: QuestionPlan): { label: string; search: string }[] {
  return [
    { label: 'nation', search: 'scope=national' },
    { label: `region ${plan.region}`, search: `region=${plan.region}` },
    { label: `branch ${plan.branch}`, search: `branch=${plan.branch}` },
  ];
}

export async function dashboardQuestions(plan: QuestionPlan, ask: Ask): Promise<BenchQuestion[]> {
  const out: BenchQuestion[] = [question(branchesOperation(), 'directory', 'none')];
  const periods = [
    { label: 'default (all data)', search: '' },
    { label: `year ${plan.year}`, search: `&from=${plan.year}&to=${plan.year}` },
    // The weekly review's periods: one week (the dashboard's "last week"), and twenty.
    { label: `week ${plan.year}-W40`, search: `&from=${plan.year}-W40&to=${plan.year}-W40` },
    { label: `weeks ${plan.year}-W21 to W40`, search: `&from=${plan.year}-W21&to=${plan.year}-W40` },
  ];
  for (const s of scopes(plan)) {
    // The scope as the dashboard reads it from the URL (the codes exist: the bench checked them).
    const scope = provisionalScope(parseState(s.search));
    const args = scopeArgs(scope);
    const yearsOp = yearsOperation(args);
    out.push(question(yearsOp, s.label, 'none'));
    const years = yearsWithData((await ask(withTypename(yearsOp.query), yearsOp.variables)) as unknown as AppYearsQuery);
    for (const p of periods) {
      const state = parseState(`?${s.search}${p.search}`);
      for (const op of panelOperations(state, args, years)) out.push(question(op, s.label, p.label));
      // The ranking table shows for the nation (offices, or every branch) and for an office (its branches).
      const levels = scope.kind === 'nation' ? (['REGION', 'BRANCH'] as const) : scope.kind === 'region' ? (['BRANCH'] as const) : [];
      for (const level of levels) {
        const variables = {
          ...(scope.kind === 'region' ? { region: scope.region } : {}),
          year: targetYear(state, years),
          from: state.from ?? undefined,
          to: state.to ?? undefined,
          targetsBy: level,
          reachBy: level,
        };
        const ranking = question({ query: ScopeRankingDocument as unknown as Operation['query'], variables }, `${s.label} by ${level}`, p.label);
        out.push(ranking);
      }
    }
  }
  return oncePerPeriod(out);
}

/** A question whose variables do not depend on the period (the freshness notice) is asked once, its period `any`. */
function oncePerPeriod(questions: BenchQuestion[]): BenchQuestion[] {
  const seen = new Map<string, BenchQuestion>();
  const out: BenchQuestion[] = [];
  for (const q of questions) {
    const key = `${q.operation}|${q.scope}|${JSON.stringify(q.variables)}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.period !== q.period) Object.assign(earlier, { period: 'any', id: `${q.operation}|${q.scope}|any` });
      continue;
    }
    seen.set(key, q);
    out.push(q);
  }
  return out;
}
