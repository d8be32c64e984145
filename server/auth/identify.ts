// Works out the caller of every request once, before any route: the session cookie, or an
// `Authorization: Bearer` header holding the ADMIN_TOKEN or an API token. A bearer token that is
// neither is refused with 401 rather than read as anonymous, so a script with a revoked token
// learns so at once instead of getting the public answers.
import type { Request, RequestHandler } from 'express';
import { parseCookie } from 'cookie';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { ForbiddenError } from '../errors.ts';
import { bearerToken, isAdminToken } from './admin-token.ts';
import { toRef } from './accounts.ts';
import { resolveApiToken } from './api-tokens.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { ANONYMOUS, type Principal } from './principal.ts';
import { resolveSession } from './sessions.ts';

const principals = new WeakMap<Request, Principal>();

/** The caller of a request that went through identify (anonymous otherwise). */
export function principalOf(req: Request): Principal {
  return principals.get(req) ?? ANONYMOUS;
}

export function sessionSecretOf(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] || undefined : undefined;
}

async function principalFor(req: Request, db: Database, config: Config): Promise<Principal> {
  const bearer = bearerToken(req.headers);
  if (bearer !== undefined) {
    if (isAdminToken(bearer, config.adminToken)) return { kind: 'admin-token' };
    const found = await resolveApiToken(db, bearer);
    if (!found) throw new ForbiddenError('Authorization: the bearer token is not valid (unknown, revoked, or its account is switched off)', 401);
    return { kind: 'account', account: toRef(found.account), via: 'token', tokenId: found.tokenId };
  }
  const secret = sessionSecretOf(req);
  if (secret) {
    const found = await resolveSession(db, secret, { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours });
    // An expired session is simply anonymous: the dashboard then offers the login again.
    if (found) return { kind: 'account', account: toRef(found.account), via: 'session', sessionId: found.sessionId };
  }
  return ANONYMOUS;
}

export function identify(deps: { db: Database; config: Config }): RequestHandler {
  return (req, res, next) => {
    principalFor(req, deps.db, deps.config).then(
      (principal) => {
        principals.set(req, principal);
        next();
      },
      (err: unknown) => {
        // GraphQL clients read errors as GraphQL answers, whatever the route's status.
        if (err instanceof ForbiddenError && req.path.startsWith('/graphql')) {
          res.status(err.status).json({ errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
        } else next(err);
      },
    );
  };
}
