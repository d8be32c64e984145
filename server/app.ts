// Builds the HTTP application: request logs with ids, compression, health and readiness probes,
// GraphQL (with a body limit and a CORS policy), the playground, chart and embed routes, CSV
// downloads and the static dashboard. Tests use it without listening; main.ts listens.
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Config } from './config.ts';
import type { Database } from './db/orm.ts';
import { AnswerCache } from './graphql/answer-cache.ts';
import { createApollo } from './graphql/apollo.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { graphqlBodyErrors, graphqlBodyParser, limitsFromEnv } from './graphql/security.ts';
import { sameFieldGuard } from './graphql/same-field-guard.ts';
import { compressWholeAnswers } from './http/compress-whole.ts';
import { compressAnswers } from './http/compression.ts';
import { errorHandler } from './http/error-handler.ts';
import { mountFavicon } from './http/favicon.ts';
import { firstViewAnswers } from './http/first-view.ts';
import { mountHealth, type Readiness } from './http/health.ts';
import { requestLog } from './http/request-log.ts';
import { serveClient } from './http/static-client.ts';
import { readGatePlugin } from './auth/graphql-gate.ts';
import { identify, principalOf } from './auth/identify.ts';
import { decide } from './auth/permissions.ts';
import { ANONYMOUS } from './auth/principal.ts';
import { mountAuthRoutes } from './auth/routes.ts';
import { rateLimitData } from './http/rate-limit.ts';
import { timeLimit } from './http/time-limit.ts';
import { mountPlayground } from './playground/routes.ts';
import { registerReportingRoutes } from './charts/register.ts';

export interface AppDeps {
  db: Database;
  config: Config;
}

export interface PantauApp {
  app: Express;
  /** The GraphQL server behind /graphql, with its plugins (the bench executes operations on it in-process). */
  apollo: ApolloServer<GraphQLContext>;
  /** Stops the GraphQL server (once HTTP has drained). */
  close(): Promise<void>;
  /** Shutdown has begun: /readyz answers 503 from now on. */
  readiness: Readiness;
  /** Answers the dashboard's default view once, so that the first visitor does not pay for
   *  the GraphQL server's first executions (parsing, validation, code not yet compiled). */
  warmUp(): Promise<void>;
}

/** Same-origin requests only, unless CORS_ORIGINS lists other origins (comma separated). */
function corsPolicy(): cors.CorsOptions {
  const allowed = (process.env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { origin: allowed.length ? allowed : false, methods: ['GET', 'POST'], maxAge: 600 };
}

export async function createApp(deps: AppDeps): Promise<PantauApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.set('etag', 'strong');

  const answers = new AnswerCache();
  const apollo = createApollo(deps.config, [readGatePlugin()], answers);
  await apollo.start();
  const readiness: Readiness = { draining: false };
  app.use(requestLog());
  app.use(compressAnswers());
  mountHealth(app, deps.db, readiness);
  mountFavicon(app);
  mountPlayground(app);
  // Who is calling, for every route from here on (the probes and static pages above need not know).
  app.use(identify(deps));
  // Logins are throttled by their own rule (failures per account and address), not here.
  mountAuthRoutes(app, deps);
  // After the probes and static pages: what costs database work is limited per client.
  app.use(['/graphql', '/api', '/charts', '/embed', '/report'], rateLimitData(deps.config));
  app.use(
    '/graphql',
    cors(corsPolicy()),
    compressWholeAnswers(),
    graphqlBodyParser((req) => decide(principalOf(req), { do: 'import', kind: 'membership', branches: [] }, deps.config.authRead).ok),
    sameFieldGuard(limitsFromEnv()),
    // A kept answer's bytes, when the same caller posts the same body (answer-cache.ts says why
    // that skips nothing Apollo would check); everything else goes on to Apollo.
    answers.servedFromMemory(deps.db),
    timeLimit(deps.config),
    expressMiddleware<GraphQLContext>(apollo, {
      context: async ({ req }) => ({
        db: deps.db,
        config: deps.config,
        principal: principalOf(req),
        ip: req.ip,
      }),
    }),
    graphqlBodyErrors,
  );

  // Charts, embeds, CSV downloads and the report; their cached answers follow imports made by
  // other processes too (server/cache/data-version.ts).
  app.use(['/api', '/charts', '/embed', '/report'], timeLimit(deps.config));
  registerReportingRoutes(app, deps);
  // index.html answers the first view's operations as an anonymous caller would.
  const firstView = firstViewAnswers(apollo, () => ({ db: deps.db, config: deps.config, principal: ANONYMOUS }));
  // With AUTH_READ=login an anonymous page gets no data baked in: it shows the login instead.
  const closed = deps.config.authRead === 'login';
  serveClient(app, deps.db, { firstView: closed ? undefined : firstView, private: (req) => closed && principalOf(req).kind === 'anonymous', readAccess: deps.config.authRead });
  app.use(errorHandler);
  return {
    app,
    apollo,
    close: () => apollo.stop(),
    readiness,
    warmUp: () => firstView('').then(() => undefined, () => undefined),
  };
}
