// Builds the Apollo Server from the SDL and the merged resolvers. The HTTP side (body limit,
// CORS, context) is in app.ts; protections against abusive queries are plugged in here.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.ts';
import { AnswerCache } from './answer-cache.ts';
import type { GraphQLContext } from './context.ts';
import { costLimitPlugin } from './cost-limit.ts';
import { formatError } from './format-error.ts';
import { resolvers } from './resolvers.ts';
import { queryProtection } from './security.ts';
import { loadTypeDefs } from './type-defs.ts';

/** `answers` keeps the answers; app.ts also serves them before Apollo (AnswerCache.servedFromMemory). */
export function createApollo(config: Config, plugins: ApolloServerPlugin<GraphQLContext>[] = [], answers = new AnswerCache()): ApolloServer<GraphQLContext> {
  const protection = queryProtection(undefined, { introspection: config.introspection });
  return new ApolloServer<GraphQLContext>({
    ...protection,
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Refuses simple cross-site requests that could change data (Apollo's CSRF prevention).
    csrfPrevention: true,
    // main.ts owns shutdown (drain HTTP, then stop this server, then close the database): left
    // on, Apollo would stop itself on SIGTERM and re-raise the signal, killing in-flight requests.
    stopOnTerminationSignals: false,
    // The answer cache looks up after every other plugin's didResolveOperation (read gate, cost
    // limit): Apollo asks responseForOperation only once the operation passed them all.
    // Apollo's cache-control plugin (on by default) wraps every field's resolver to collect cache
    // hints; Pantau gives none (answers are kept by answer-cache.ts, pages by their own headers),
    // and on a trend of a few hundred points the wrapping showed in the profile.
    plugins: [...protection.plugins, costLimitPlugin(), ...plugins, answers.plugin(), ApolloServerPluginCacheControlDisabled()],
  });
}
