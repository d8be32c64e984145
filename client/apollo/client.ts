// The dashboard's Apollo Client: same-origin /graphql only (no other host, ever) and an
// InMemoryCache that normalises branches by their code. Analytic results have no identity of
// their own; they are cached per field and arguments, so going back to a view is instant.
// `onError` hears every failed operation (the shell uses it to notice a login is needed).
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

export function createApolloClient(uri = '/graphql', options: { onError?: (error: unknown) => void } = {}): ApolloClient {
  const http = new HttpLink({ uri });
  const { onError } = options;
  return new ApolloClient({
    link: onError ? new ErrorLink(({ error }) => void onError(error)).concat(http) : http,
    cache: new InMemoryCache({
      typePolicies: {
        Branch: { keyFields: ['code'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-first', notifyOnNetworkStatusChange: false },
    },
  });
}
