// Writes the first view's answers that the server put into index.html into Apollo's cache
// before the first render, so the panels render with data at once instead of asking for it.
// An answer that does not fit (a document changed, a malformed payload) is skipped: the panel
// then queries the server as it would without boot data.
import type { ApolloClient } from '@apollo/client';
import { FIRST_VIEW_DOCUMENTS } from '../../common/dashboard/first-view.ts';

export interface BootAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

export function primeCache(client: ApolloClient, answers: readonly BootAnswer[] | undefined): number {
  let written = 0;
  for (const answer of answers ?? []) {
    const query = FIRST_VIEW_DOCUMENTS[answer?.operationName];
    if (!query || !answer.data) continue;
    try {
      client.writeQuery({ query, variables: answer.variables, data: answer.data });
      written++;
    } catch {
      // Skipped on purpose: the panel's own query covers it.
    }
  }
  return written;
}
