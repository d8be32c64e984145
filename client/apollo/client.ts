// The dashboard's Apollo Client: same-origin /graphql only (no other host, ever) and an
// InMemoryCache that normalises branches by their code. Analytic results have no identity of
// their own; they are cached per field and arguments, so going back to a view is instant.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
