// GraphQL without HTTP: an operation executed by the same Apollo server a Pantau process serves
// /graphql with (createApp's, with every plugin: the read gate, the cost limit and its heavy
// turns, the answer cache, GraphQL Armor's validation rules), in this process, on the bench's
// own database connections, under the request time limit as /graphql runs it
// (server/http/time-limit.ts), as an anonymous caller. Beside the direct answer
// (national-direct.ts) it separates what GraphQL itself costs (parse and validation, the
// plugins, argument coercion, resolving and serialising the fields) from what HTTP adds
// (Express's middleware, the body, the socket, a second process on shared cores).
import { performance } from 'node:perf_hooks';
import { withTimeLimit } from '../../server/analytics/deadline.ts';
import { createApp, type PantauApp } from '../../server/app.ts';
import { ANONYMOUS } from '../../server/auth/principal.ts';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/orm.ts';

export interface InProcessAnswer {
  ms: number;
  /** This process's CPU time (user + system, every thread: the SQLite driver's work included), ms. */
  cpuMs: number;
  /** The first error's code, or null. */
  error: string | null;
  message: string | null;
}

export interface InProcessGraphQL {
  execute(operationName: string | undefined, query: string, variables: Record<string, unknown>): Promise<InProcessAnswer>;
  close(): Promise<void>;
}

/**
 * The server's GraphQL over `db`. The answer cache and the query limits read the environment
 * when the app is made (as in a server process): set them in process.env before.
 */
export async function inProcessGraphQL(db: Database, config: Config): Promise<InProcessGraphQL> {
  const pantau: PantauApp = await createApp({ db, config });
  return {
    async execute(operationName, query, variables) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const response = await withTimeLimit(config.queryTimeoutMs, () =>
        pantau.apollo.executeOperation({ query, variables, operationName }, { contextValue: { db, config, principal: ANONYMOUS } }),
      );
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const first = result?.errors?.[0];
      return {
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        error: first ? String(first.extensions?.code ?? 'ERROR') : result ? null : 'INCREMENTAL',
        message: first?.message ?? null,
      };
    },
    close: () => pantau.close(),
  };
}
