// API tokens for scripts and research tools: named, revocable, with their last use. The secret
// is shown once at creation; only its SHA-256 is kept.
import type { Database } from '../db/orm.ts';
import type { Account } from '../db/entities/account.ts';
import { ACCOUNT_COLUMNS, accountFromRow, asDate } from './sessions.ts';
import { ApiTokenSchema, type ApiToken } from '../db/entities/api-token.ts';
import { BadInputError } from '../errors.ts';
import { newSecret, sha256 } from './secrets.ts';

export type { ApiToken };

export const TOKEN_PREFIX = 'pnt_';
const TOUCH_EVERY_MS = 60_000;

export async function createApiToken(db: Database, accountId: number, name: string): Promise<{ token: ApiToken; secret: string }> {
  const clean = name.trim();
  if (!clean || clean.length > 100) throw new BadInputError('name', 'must be 1 to 100 characters');
  const secret = newSecret(TOKEN_PREFIX);
  const em = db.orm.em.fork();
  const token = em.create(ApiTokenSchema, {
    accountId,
    name: clean,
    prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
    secretHash: sha256(secret),
    createdAt: new Date(),
    lastUsedAt: null,
    revokedAt: null,
  });
  await em.flush();
  return { token, secret };
}

/**
 * The account behind a bearer secret, or null (unknown, revoked, account switched off). Read on
 * the read connections like a session; the last use is written after the answer.
 */
export async function resolveApiToken(db: Database, secret: string, now = new Date()): Promise<{ account: Account; tokenId: number } | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const row = await db
    .read('api_token as t')
    .join('account as a', 'a.id', 't.account_id')
    .where('t.secret_hash', sha256(secret))
    .first('t.id as tokenId', 't.revoked_at as revokedAt', 't.last_used_at as lastUsedAt', ...ACCOUNT_COLUMNS);
  if (!row || (row.revokedAt !== null && row.revokedAt !== undefined)) return null;
  const account = accountFromRow(row);
  if (account.disabledAt) return null;
  const tokenId = Number(row.tokenId);
  if (row.lastUsedAt === null || row.lastUsedAt === undefined || now.getTime() - asDate(row.lastUsedAt).getTime() >= TOUCH_EVERY_MS) {
    void db.orm.em.fork().nativeUpdate(ApiTokenSchema, { id: tokenId }, { lastUsedAt: now }).catch(() => undefined);
  }
  return { account, tokenId };
}

export async function listApiTokens(db: Database, accountId: number): Promise<ApiToken[]> {
  return db.orm.em.fork().find(ApiTokenSchema, { accountId }, { orderBy: { id: 'desc' } });
}

export async function tokenById(db: Database, id: number): Promise<ApiToken | null> {
  return db.orm.em.fork().findOne(ApiTokenSchema, { id });
}

export async function revokeApiToken(db: Database, id: number): Promise<ApiToken> {
  const em = db.orm.em.fork();
  const token = await em.findOne(ApiTokenSchema, { id });
  if (!token) throw new BadInputError('id', `no API token ${id}`);
  token.revokedAt ??= new Date();
  await em.flush();
  return token;
}
