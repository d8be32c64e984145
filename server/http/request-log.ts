// One log line per request, with an id that is also sent back as `x-request-id`, so that a
// user's report ("it failed at 10:02, id 3f9c…") finds its line. An id from a proxy in front
// is kept when it is a short safe token; anything else (long, spaces, control characters that
// could forge log lines) is replaced by a fresh one.
import crypto from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { logger } from '../logger.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

// Random bytes for ids are drawn a few hundred ids at a time: one system call per request
// showed in the profile of small requests, and an id needs to be unique, not secret.
const ID_BYTES = 9;
const pool = Buffer.alloc(ID_BYTES * 512);
let offset = pool.length;

function freshId(): string {
  if (offset + ID_BYTES > pool.length) {
    crypto.randomFillSync(pool);
    offset = 0;
  }
  offset += ID_BYTES;
  return pool.toString('base64url', offset - ID_BYTES, offset);
}

/** The incoming id when it is safe to log and echo, else a new random one. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SAFE_ID.test(value) ? value : freshId();
}

/** Signed embed tokens travel in the query string: they must not end up in log files. */
export function loggableUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1…');
}

/** Probes poll every few seconds: their lines only at debug level. */
const PROBES = new Set(['/healthz', '/readyz']);

export function requestId(req: Request): string {
  return (req as Request & { id?: string }).id ?? '-';
}

export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    (req as Request & { id?: string }).id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    const t0 = performance.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const ms = Math.round(performance.now() - t0);
      const line = { req: id, method: req.method, url: loggableUrl(req.originalUrl), status: res.statusCode, ms, aborted: !res.writableFinished || undefined };
      const level = res.statusCode >= 500 ? 'error' : PROBES.has(req.path) ? 'debug' : 'info';
      logger[level](line, `${req.method} ${line.url} ${res.statusCode} ${ms} ms`);
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
