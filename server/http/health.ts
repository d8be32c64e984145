// Probes for whoever runs Pantau (a load balancer, Kubernetes, systemd, a script):
// GET /healthz: the process is up and answers HTTP (liveness: restart it when this fails).
// GET /readyz: it can serve data: the database answers a query within READY_TIMEOUT_MS, and the
// process is not shutting down (readiness: send it traffic only when this says 200).
import type { Express } from 'express';
import type { Database } from '../db/orm.ts';
import { logger } from '../logger.ts';

/** A PostgreSQL that is down can leave a connection attempt hanging far longer than a probe waits. */
const READY_TIMEOUT_MS = 2_000;

export interface Readiness {
  /** Set once shutdown begins: /readyz answers 503 so that traffic moves elsewhere. */
  draining: boolean;
}

async function databaseAnswers(db: Database): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  });
  try {
    const query = db.read.raw('select 1').then(
      () => undefined,
      (err: unknown) => (err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : 'query failed'),
    );
    return await Promise.race([query, timeout]);
  } catch (err) {
    // knex throws synchronously once the pool is destroyed (a closed database).
    return err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : 'query failed';
  } finally {
    clearTimeout(timer);
  }
}

export function mountHealth(app: Express, db: Database, readiness: Readiness): void {
  const noStore = { 'Cache-Control': 'no-store' };
  app.get('/healthz', (_req, res) => void res.set(noStore).json({ ok: true }));
  app.get('/readyz', async (_req, res) => {
    if (readiness.draining) {
      res.status(503).set(noStore).json({ ok: false, reason: 'shutting down' });
      return;
    }
    const problem = await databaseAnswers(db);
    if (problem) {
      // The driver's words may name hosts and users: they go to the log, not to the caller.
      logger.warn({ database: db.dialect, problem }, 'readiness: the database does not answer');
      res.status(503).set(noStore).json({ ok: false, database: db.dialect, reason: 'the database does not answer' });
    }
    else res.set(noStore).json({ ok: true, database: db.dialect });
  });
}
