// Graceful shutdown, in one place: stop accepting connections, let the requests in flight
// (an HTTP import among them) finish, close idle keep-alive connections as they become idle,
// then run the closers (GraphQL server, database) and exit 0. Bounded: after the grace period
// the remaining connections are cut and the closers still run. A second signal exits at once.
import type http from 'node:http';
import { logger } from '../logger.ts';

export const SHUTDOWN_GRACE_MS = 10_000;
/** What the closers (GraphQL server, database) get after the grace period. */
const CLOSE_MS = 5_000;

export interface ShutdownOptions {
  server: http.Server;
  /** Called first, before the port closes (readiness turns 503). */
  onBegin?(): void;
  /** Run in order once HTTP has drained. */
  closers: { name: string; close(): Promise<void> }[];
  graceMs?: number;
}

/** Requests being answered: what the shutdown waits for and what it reports. */
export function trackRequests(server: http.Server): { inFlight(): number } {
  let count = 0;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    count++;
    let done = false;
    const end = () => {
      if (!done) {
        done = true;
        count--;
      }
    };
    res.once('finish', end);
    res.once('close', end);
  });
  return { inFlight: () => count };
}

export function installShutdown(opts: ShutdownOptions): (reason: string) => Promise<never> {
  const tracker = trackRequests(opts.server);
  const graceMs = opts.graceMs ?? SHUTDOWN_GRACE_MS;
  let started: Promise<never> | undefined;

  const shutdown = (reason: string): Promise<never> => {
    if (started) {
      logger.warn(`${reason} again: exiting now without waiting`);
      process.exit(1);
    }
    started = (async () => {
      const t0 = performance.now();
      // The closers get a few seconds too: a database that hangs (an import's transaction still
      // running past the grace period) must not keep the process up for ever. An uncommitted
      // transaction is discarded by the database when the process goes.
      setTimeout(() => {
        logger.error(`shutdown did not finish within ${(graceMs + CLOSE_MS) / 1000} s: exiting`);
        process.exit(1);
      }, graceMs + CLOSE_MS).unref();
      logger.info(`${reason}: shutting down (${tracker.inFlight()} request(s) in flight, waiting up to ${graceMs / 1000} s)`);
      opts.onBegin?.();
      const closed = new Promise<void>((resolve) => opts.server.close(() => resolve()));
      // server.close() closes idle keep-alive connections once; ones that become idle after
      // their last answer are closed by this sweep.
      const sweep = setInterval(() => opts.server.closeIdleConnections(), 50);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), graceMs);
      });
      const late = await Promise.race([closed.then(() => false), timedOut]);
      clearInterval(sweep);
      clearTimeout(timer);
      if (late) {
        logger.warn(`${tracker.inFlight()} request(s) still running after ${graceMs / 1000} s: closing their connections`);
        opts.server.closeAllConnections();
      }
      let code = 0;
      for (const closer of opts.closers) {
        try {
          await closer.close();
        } catch (err) {
          code = 1;
          logger.error({ err }, `shutdown: closing the ${closer.name} failed`);
        }
      }
      logger.info(`stopped in ${Math.round(performance.now() - t0)} ms`);
      process.exit(code);
    })();
    return started;
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
  return shutdown;
}
