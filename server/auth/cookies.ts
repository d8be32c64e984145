// The session cookie: HttpOnly (no script reads it), SameSite=Lax (another site's form or fetch
// does not carry it, so it cannot act for the user; links from mail still open logged in),
// Secure over HTTPS (COOKIE_SECURE=auto follows the request, which needs TRUST_PROXY behind a
// TLS-terminating proxy).
import type { Request, Response } from 'express';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'pantau_session';

function secure(req: Request, config: Pick<Config, 'cookieSecure'>): boolean {
  return config.cookieSecure === 'auto' ? req.secure : config.cookieSecure;
}

export function setSessionCookie(req: Request, res: Response, config: Pick<Config, 'cookieSecure' | 'sessionMaxHours'>, secret: string): void {
  res.cookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'lax', secure: secure(req, config), path: '/', maxAge: config.sessionMaxHours * 3_600_000 });
}

export function clearSessionCookie(req: Request, res: Response, config: Pick<Config, 'cookieSecure'>): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secure(req, config), path: '/' });
}
