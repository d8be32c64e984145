// Guessing passwords is slowed per account and per client address: after LOGIN_MAX_FAILURES
// failed logins within the window, further attempts (right or wrong) answer 429 until the
// oldest failure leaves the window. Counted in the database, so every server process sharing it
// counts the same failures and a restart forgets nothing.
import type { Database } from '../db/orm.ts';
import { LoginFailureSchema } from '../db/entities/login-failure.ts';

export interface ThrottleLimits {
  maxFailures: number;
  /** Per client address: more, since many people may sit behind one office's address. */
  maxFailuresPerIp: number;
  windowMinutes: number;
}

/** Seconds to wait before trying again, or 0 when a login may be tried now. */
export async function loginWait(db: Database, username: string, ip: string, limits: ThrottleLimits, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const em = db.orm.em.fork();
  const waitFor = async (where: { username: string } | { ip: string }, max: number): Promise<number> => {
    const recent = await em.find(LoginFailureSchema, { ...where, at: { $gte: since } }, { orderBy: { at: 'desc' }, limit: max, fields: ['at'] });
    if (recent.length < max) return 0;
    // The max-th newest failure leaving the window frees one attempt.
    const freesAt = recent[max - 1].at.getTime() + limits.windowMinutes * 60_000;
    return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
  };
  return Math.max(await waitFor({ username }, limits.maxFailures), await waitFor({ ip }, limits.maxFailuresPerIp));
}

export async function recordLoginFailure(db: Database, username: string, ip: string, now = new Date()): Promise<void> {
  const em = db.orm.em.fork();
  em.create(LoginFailureSchema, { username: username.slice(0, 64), ip: ip.slice(0, 64), at: now });
  await em.flush();
  // Failures older than a day tell nothing any more.
  await em.nativeDelete(LoginFailureSchema, { at: { $lt: new Date(now.getTime() - 86_400_000) } });
}

/** A successful login forgets that account's failures (not the address's). */
export async function clearLoginFailures(db: Database, username: string): Promise<void> {
  await db.orm.em.fork().nativeDelete(LoginFailureSchema, { username });
}
