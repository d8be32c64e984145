// One GraphQL request over HTTP as the dashboard's Apollo Client sends it (POST, JSON), timed
// from sending to the parsed answer. A refusal or failure is returned with its error code
// (COST_LIMIT, QUERY_TIMEOUT, HEAVY_QUERY_BUSY…) instead of thrown: a refused question is a finding.
import { performance } from 'node:perf_hooks';

export interface HttpAnswer {
  ms: number;
  status: number;
  data: Record<string, unknown> | null;
  /** The first error's code, or null when the answer has no errors. */
  error: string | null;
  message: string | null;
}

export async function postGraphQL(base: string, operationName: string, query: string, variables: Record<string, unknown>): Promise<HttpAnswer> {
  const t0 = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName, query, variables }),
  });
  const body = (await res.json().catch(() => null)) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const ms = performance.now() - t0;
  const first = body?.errors?.[0];
  return {
    ms,
    status: res.status,
    data: body?.data ?? null,
    error: first ? (first.extensions?.code ?? 'ERROR') : body ? null : `HTTP_${res.status}`,
    message: first?.message ?? null,
  };
}
