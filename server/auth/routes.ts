// POST /auth/login and POST /auth/logout. The login answers 401 alike for an unknown user, a
// wrong password and a switched-off account (nothing tells which usernames exist), and 429 once
// the throttle counts too many failures for the account or the address.
import express, { type Express, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { findAccount, normaliseUsername, toRef } from './accounts.ts';
import { audit } from './audit.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';
import { principalOf } from './identify.ts';
import { clearLoginFailures, loginWait, recordLoginFailure } from './login-throttle.ts';
import { MAX_PASSWORD_LENGTH, verifyPassword } from './secrets.ts';
import { createSession, endSession } from './sessions.ts';

function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function refuse(res: Response, status: number, code: string, error: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error, code, ...extra });
}

export function mountAuthRoutes(app: Express, deps: { db: Database; config: Config }): void {
  const { db, config } = deps;
  const limits = { maxFailures: config.loginMaxFailures, maxFailuresPerIp: config.loginMaxFailuresPerIp, windowMinutes: config.loginWindowMinutes };

  app.post('/auth/login', express.json({ limit: '4kb' }), async (req, res) => {
    const body = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof body.username !== 'string' || typeof body.password !== 'string' || !body.username.trim()) {
      return refuse(res, 400, 'BAD_REQUEST', 'send JSON {"username": "…", "password": "…"}');
    }
    const username = normaliseUsername(body.username).slice(0, 64);
    const ip = clientIp(req);
    const wait = await loginWait(db, username, ip, limits);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      return refuse(res, 429, 'LOGIN_THROTTLED', `too many failed logins: try again in ${wait} s`, { retryAfterSeconds: wait });
    }
    const account = await findAccount(db, username);
    const password = body.password.slice(0, MAX_PASSWORD_LENGTH + 1);
    const valid = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !valid || account.disabledAt) {
      await recordLoginFailure(db, username, ip);
      await audit(db, { actor: 'anonymous', action: 'login.failed', target: username, ip });
      return refuse(res, 401, 'BAD_CREDENTIALS', 'wrong username or password');
    }
    await clearLoginFailures(db, username);
    const session = await createSession(db, account, { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours }, { ip, userAgent: req.get('user-agent') });
    setSessionCookie(req, res, config, session.secret);
    await audit(db, { actor: `account:${account.username}`, action: 'login.succeeded', target: account.username, ip });
    const ref = toRef(account);
    res.set('Cache-Control', 'no-store').json({ account: { username: ref.username, role: ref.role, branch: ref.branch, region: ref.region } });
  });

  app.post('/auth/logout', async (req, res) => {
    const principal = principalOf(req);
    if (principal.kind === 'account' && principal.sessionId) {
      await endSession(db, principal.sessionId);
      await audit(db, { actor: `account:${principal.account.username}`, action: 'logout', target: principal.account.username, ip: clientIp(req) });
    }
    clearSessionCookie(req, res, config);
    res.status(204).end();
  });
}
