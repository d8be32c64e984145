// A per-client allowance on the data routes (/graphql, /api, /charts, /embed, /report): one
// account (whatever its session or token), or else one client address, gets
// RATE_LIMIT_PER_MINUTE requests a minute, then 429 with Retry-After until the window frees up.
// The address is the connection's, unless TRUST_PROXY names the proxies in front of Pantau:
// headers a client sends itself never grant a new allowance. Counting accounts apart lets a
// whole office behind one address work, and one script's token cannot spend its colleagues'.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from '../auth/identify.ts';
import type { Config } from '../config.ts';

export const RATE_LIMITED = 'RATE_LIMITED';

export function rateLimitData(config: Pick<Config, 'rateLimitPerMinute'>): RequestHandler {
  if (config.rateLimitPerMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // An X-Forwarded-For without TRUST_PROXY is ignored on purpose (a client may send anything);
    // the library would log it as a misconfiguration.
    validate: { xForwardedForHeader: false },
    keyGenerator: (req) => {
      const principal = principalOf(req);
      if (principal.kind === 'account') return `account:${principal.account.id}`;
      if (principal.kind === 'admin-token') return 'admin-token';
      return `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (req, res, _next, options) => {
      const retryAfter = Number(res.getHeader('Retry-After') ?? Math.ceil(options.windowMs / 1000));
      const message = `Too many requests from this address: the limit is ${options.limit} a minute (RATE_LIMIT_PER_MINUTE). Try again in ${retryAfter} s.`;
      res.status(options.statusCode);
      if (req.baseUrl === '/graphql') {
        res.json({ errors: [{ message, extensions: { code: RATE_LIMITED, limit: options.limit, retryAfter } }] });
      } else {
        res.type('text/plain; charset=utf-8').send(message + '\n');
      }
    },
  });
}
