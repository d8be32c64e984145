// With AUTH_READ=login an anonymous caller's operation may select only what the login page
// needs (`me`, `importKinds`, `__typename`): anything else, introspection included, is refused
// as a whole with 401 before a resolver runs. Each question still checks its own scope
// (question-access.ts); this gate keeps the schema itself private too.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.ts';

const OPEN_FIELDS = new Set(['me', 'importKinds', '__typename']);

function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, { selectionSet: SelectionSetNode }>, out: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, fragments, out);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) rootFields(fragment.selectionSet, fragments, out);
    }
  }
}

export function readGatePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.config.authRead !== 'login' || contextValue.principal.kind !== 'anonymous') return;
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
          );
          const fields = new Set<string>();
          rootFields(operation.selectionSet, fragments, fields);
          const closed = [...fields].filter((f) => !OPEN_FIELDS.has(f));
          if (closed.length) {
            throw new GraphQLError(
              `This Pantau needs an account to read data (AUTH_READ=login): log in (POST /auth/login) or send an API token as "Authorization: Bearer <token>". Refused: ${closed.join(', ')}.`,
              { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
            );
          }
        },
      };
    },
  };
}
