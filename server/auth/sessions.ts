// Login sessions: a random secret in an HttpOnly cookie, its hash in the database. A session
// ends after SESSION_IDLE_MINUTES without a request, after SESSION_MAX_HOURS in any case, at
// logout, and when its account is switched off or changes its password.
import type { Database } from '../db/orm.ts';
import { AccountSchema, type Account } from '../db/entities/account.ts';
import { AuthSessionSchema } from '../db/entities/auth-session.ts';
import { newSecret, sha256 } from './secrets.ts';

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

// Recording every request's time would make each read a write; a minute's precision is plenty
// for an idle limit counted in minutes.
const TOUCH_EVERY_MS = 60_000;

export async function createSession(db: Database, account: Account, limits: SessionLimits, client: { ip?: string; userAgent?: string }): Promise<{ secret: string; id: string; expiresAt: Date }> {
  const secret = newSecret('s_');
  const id = sha256(secret);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + limits.maxHours * 3_600_000);
  const em = db.orm.em.fork();
  em.create(AuthSessionSchema, {
    id,
    accountId: account.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: client.ip?.slice(0, 64) ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  await em.flush();
  // Old sessions of anyone are swept now and then, so the table does not grow without end.
  await em.nativeDelete(AuthSessionSchema, { expiresAt: { $lt: now } });
  return { secret, id, expiresAt };
}

/** The live session's account for a cookie secret, or null (unknown, expired, idle, disabled). */
export async function resolveSession(db: Database, secret: string, limits: SessionLimits, now = new Date()): Promise<{ account: Account; sessionId: string } | null> {
  const id = sha256(secret);
  const em = db.orm.em.fork();
  const session = await em.findOne(AuthSessionSchema, { id });
  if (!session) return null;
  const idleUntil = session.lastSeenAt.getTime() + limits.idleMinutes * 60_000;
  if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleUntil) {
    await em.nativeDelete(AuthSessionSchema, { id });
    return null;
  }
  const account = await em.findOne(AccountSchema, { id: session.accountId });
  if (!account || account.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await em.nativeUpdate(AuthSessionSchema, { id }, { lastSeenAt: now });
  }
  return { account, sessionId: id };
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.orm.em.fork().nativeDelete(AuthSessionSchema, { id: sessionId });
}
