// API tokens for scripts and research tools: named, revocable, with their last use. The secret
// is shown once at creation; only its SHA-256 is kept.
import type { Database } from '../db/orm.ts';
import { AccountSchema, type Account } from '../db/entities/account.ts';
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

/** The account behind a bearer secret, or null (unknown, revoked, account switched off). */
export async function resolveApiToken(db: Database, secret: string, now = new Date()): Promise<{ account: Account; token: ApiToken } | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const em = db.orm.em.fork();
  const token = await em.findOne(ApiTokenSchema, { secretHash: sha256(secret) });
  if (!token || token.revokedAt) return null;
  const account = await em.findOne(AccountSchema, { id: token.accountId });
  if (!account || account.disabledAt) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await em.nativeUpdate(ApiTokenSchema, { id: token.id }, { lastUsedAt: now });
    token.lastUsedAt = now;
  }
  return { account, token };
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
