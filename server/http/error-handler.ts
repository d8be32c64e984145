// The one HTTP error handler: input errors answer 400 naming the parameter, permission errors
// 401/403, oversized bodies 413, a missing static file 404, anything else 500 without internals.
import type { ErrorRequestHandler } from 'express';
import { BadInputError, ForbiddenError, TimeLimitError } from '../errors.ts';
import { logger } from '../logger.ts';
import { requestId } from './request-log.ts';

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  const send = (status: number, message: string) => res.status(status).type('text/plain; charset=utf-8').send(`${message}\n`);
  if (err instanceof BadInputError) return send(400, err.message);
  if (err instanceof ForbiddenError) return send(err.status, err.message);
  if (err instanceof TimeLimitError) return send(503, err.message);
  if (err?.type === 'entity.too.large') return send(413, `Request body too large: the limit is ${err.limit} bytes`);
  if (err?.type === 'entity.parse.failed') return send(400, 'Request body is not valid JSON');
  // Static files (a missing /assets/… file): their own 4xx, e.g. 404, never a 500.
  if (Number.isInteger(err?.status) && err.status >= 400 && err.status < 500) {
    return send(err.status, err.status === 404 ? 'Not found' : err.expose === true ? String(err.message) : 'Bad request');
  }
  logger.error({ err, req: requestId(req) }, 'unexpected error in an HTTP request');
  return send(500, 'Internal server error');
};
