// Answers the first view's GraphQL operations for index.html, so a fresh tab draws its four
// charts without a round trip per panel. The operations and their variables come from the
// dashboard's own pure functions (common/dashboard/first-view.ts), and are executed
// through the same Apollo Server as /graphql, limits and all. Within a time budget only: if the
// database is slow the page goes out without answers and the panels query as usual.
import type { ApolloServer } from '@apollo/server';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { parseState } from '../../common/dashboard/url-state.ts';
import {
  branchesOperation,
  operationName,
  panelOperations,
  pickScope,
  scopeArgs,
  yearsOperation,
  yearsWithData,
  type Operation,
} from '../../common/dashboard/first-view.ts';
import type { AppQuery, AppYearsQuery } from '../../common/gql/graphql.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { logger } from '../logger.ts';

export interface FirstViewAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

/** Larger answers (say, every program by month) are left to the client: the page stays light. */
const MAX_ANSWER_CHARS = 256 * 1024;

// Apollo Client's cache stores __typename with every object; answers must carry it to be written.
const withTypename = new WeakMap<object, DocumentNode>();
function documentFor(op: Operation): DocumentNode {
  let doc = withTypename.get(op.query);
  if (!doc) {
    doc = addTypenameToDocument(op.query as unknown as DocumentNode);
    withTypename.set(op.query, doc);
  }
  return doc;
}

/** Answers for a URL's query string; operations not started by `deadline` (performance.now()) are left out. */
export type FirstView = (search: string, deadline?: number) => Promise<FirstViewAnswer[]>;

export function firstViewAnswers(apollo: ApolloServer<GraphQLContext>, context: () => GraphQLContext): FirstView {
  async function run<T>(op: Operation, deadline: number): Promise<(FirstViewAnswer & { data: T }) | null> {
    // Past the budget the page has gone out without answers: no more work for the database.
    if (performance.now() > deadline) return null;
    const response = await apollo.executeOperation({ query: documentFor(op), variables: op.variables }, { contextValue: context() });
    if (response.body.kind !== 'single') return null;
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) return null;
    return { operationName: operationName(op.query), variables: op.variables, data: data as T & Record<string, unknown> };
  }

  return async (search, deadline = Number.POSITIVE_INFINITY) => {
    const state = parseState(search);
    const branches = await run<AppQuery>(branchesOperation(), deadline);
    if (!branches) return [];
    // The scope the dashboard will show (a branch, a regional office or the nation), as it picks it.
    const scope = pickScope(state, branches.data.branches, branches.data.regions);
    if (!scope) return [branches];
    const args = scopeArgs(scope);
    const years = await run<AppYearsQuery>(yearsOperation(args), deadline);
    const panels = await Promise.all(panelOperations(state, args, yearsWithData(years?.data)).map((op) => run(op, deadline)));
    return [branches, years, ...panels].filter((a): a is FirstViewAnswer => !!a && JSON.stringify(a.data).length <= MAX_ANSWER_CHARS);
  };
}

/** The answers, or none if they take longer than the budget (the page must not wait on a slow database). */
export async function withinBudget(firstView: FirstView, search: string, budgetMs: number): Promise<FirstViewAnswer[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<FirstViewAnswer[]>((resolve) => {
    timer = setTimeout(() => resolve([]), budgetMs);
  });
  try {
    const answers = firstView(search, performance.now() + budgetMs).catch((err: Error) => {
      logger.warn({ err }, 'index.html went out without the first view\'s answers');
      return [];
    });
    return await Promise.race([answers, late]);
  } finally {
    clearTimeout(timer);
  }
}
