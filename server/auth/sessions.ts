// Login sessions: a random secret in an HttpOnly cookie, its hash in the database. A session
// ends after SESSION_IDLE_MINUTES without a request, after SESSION_MAX_HOURS in any case, at
// logout, and when its account is switched off or changes its password.
import type { Database } from '../db/orm.ts';
import type { Account } from '../db/entities/account.ts';
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

/**
 * The live session's account for a cookie secret, or null (unknown, expired, idle, disabled).
 * Read on the read connections, so that a logged-in request does not wait behind an import's
 * transaction; the last-seen time is written after the answer, and a busy writer only delays it.
 */
export async function resolveSession(db: Database, secret: string, limits: SessionLimits, now = new Date()): Promise<{ account: Account; sessionId: string } | null> {
  const id = sha256(secret);
  const row = await db
    .read('auth_session as s')
    .join('account as a', 'a.id', 's.account_id')
    .where('s.id', id)
    .first('s.last_seen_at as lastSeenAt', 's.expires_at as expiresAt', ...ACCOUNT_COLUMNS);
  if (!row) return null;
  const lastSeen = asDate(row.lastSeenAt).getTime();
  if (now.getTime() >= asDate(row.expiresAt).getTime() || now.getTime() >= lastSeen + limits.idleMinutes * 60_000) {
    void db.orm.em.fork().nativeDelete(AuthSessionSchema, { id }).catch(() => undefined);
    return null;
  }
  const account = accountFromRow(row);
  if (account.disabledAt) return null;
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    void db.orm.em.fork().nativeUpdate(AuthSessionSchema, { id }, { lastSeenAt: now }).catch(() => undefined);
  }
  return { account, sessionId: id };
}

/** The account's columns as a joined row names them (a.*), for accountFromRow. */
export const ACCOUNT_COLUMNS = [
  'a.id as id', 'a.username as username', 'a.password_hash as passwordHash', 'a.role as role', 'a.branch as branch',
  'a.region as region', 'a.created_at as createdAt', 'a.password_changed_at as passwordChangedAt', 'a.disabled_at as disabledAt',
];

/**
 * A datetime column as raw SQL reads it: SQLite holds the ORM's datetimes as epoch
 * milliseconds; PostgreSQL's driver, as the ORM sets it up, gives timestamptz as text
 * (`2026-12-01 23:04:36.624+00`), which is made ISO 8601 before parsing.
 */
export function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return new Date(Number(value));
  const iso = String(value).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a datetime: ${String(value)}`);
  return date;
}

export function accountFromRow(row: Record<string, unknown>): Account {
  return {
    id: Number(row.id),
    username: String(row.username),
    passwordHash: String(row.passwordHash),
    role: String(row.role),
    branch: (row.branch as string | null) ?? null,
    region: (row.region as string | null) ?? null,
    createdAt: asDate(row.createdAt),
    passwordChangedAt: asDate(row.passwordChangedAt),
    disabledAt: row.disabledAt === null || row.disabledAt === undefined ? null : asDate(row.disabledAt),
  };
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.orm.em.fork().nativeDelete(AuthSessionSchema, { id: sessionId });
}
