// Every data request runs under QUERY_TIMEOUT_MS: its database work is cancelled at the limit
// (server/analytics/deadline.ts) and the caller told so, instead of one costly request holding
// the database while everyone else waits. Mounted after the body is read, so that the limit is
// the request's own context when its handlers run.
import type { RequestHandler } from 'express';
import { withTimeLimit } from '../analytics/deadline.ts';
import type { Config } from '../config.ts';

export function timeLimit(config: Pick<Config, 'queryTimeoutMs'>): RequestHandler {
  return (_req, _res, next) => withTimeLimit(config.queryTimeoutMs, () => next());
}
