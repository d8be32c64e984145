// The requests of the dashboard's first view, as a browser sends them: GET / (index.html with
// the first view's answers baked in), and the GraphQL operations its panels send when they
// query themselves (App, AppYears, then the panels), built by the dashboard's own functions
// (common/dashboard/first-view.ts) with __typename added as Apollo Client adds it.
import { addTypenameToDocument } from '@apollo/client/utilities';
import { type DocumentNode, print } from 'graphql';
import { branchesOperation, panelOperations, pickScope, scopeArgs, yearsOperation, yearsWithData, type Operation } from '../../common/dashboard/first-view.ts';
import { parseState } from '../../common/dashboard/url-state.ts';
import type { AppQuery, AppYearsQuery } from '../../common/gql/graphql.ts';
import { graphqlRequest, type LoadRequest } from './load.ts';

const requestOf = (op: Operation): LoadRequest => graphqlRequest(print(addTypenameToDocument(op.query as unknown as DocumentNode)), op.variables);

/** Sends one request and returns its JSON data, refusing an answer that is not 200 or has errors. */
export async function ask<T>(baseUrl: string, request: LoadRequest): Promise<T> {
  const res = await fetch(baseUrl + request.path, { method: request.method, body: request.body, headers: { 'content-type': 'application/json', ...request.headers } });
  const text = await res.text();
  if (!res.ok) throw new Error(`${request.method} ${request.path} answered ${res.status}: ${text.slice(0, 300)}`);
  if (request.path !== '/graphql') return text as T;
  const body = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** The first view's GraphQL operations for the dashboard's default URL (no query string). */
export async function firstViewRequests(baseUrl: string): Promise<LoadRequest[]> {
  const state = parseState('');
  const app = requestOf(branchesOperation());
  const lists = await ask<AppQuery>(baseUrl, app);
  const scope = pickScope(state, lists.branches, lists.regions);
  if (!scope) throw new Error('no branches: is the database seeded?');
  const yearsRequest = requestOf(yearsOperation(scopeArgs(scope)));
  const years = await ask<AppYearsQuery>(baseUrl, yearsRequest);
  const panels = panelOperations(state, scopeArgs(scope), yearsWithData(years)).map(requestOf);
  const all = [app, yearsRequest, ...panels];
  for (const r of panels) await ask(baseUrl, r);
  return all;
}
