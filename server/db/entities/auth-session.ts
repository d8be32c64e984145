import { EntitySchema } from '@mikro-orm/core';

/** A login session. The cookie carries a random secret; only its SHA-256 is stored here. */
export interface AuthSession {
  /** SHA-256 (hex) of the cookie's secret. */
  id: string;
  accountId: number;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end, however active the session is. */
  expiresAt: Date;
  ip?: string | null;
  userAgent?: string | null;
}

export const AuthSessionSchema = new EntitySchema<AuthSession>({
  name: 'AuthSession',
  tableName: 'auth_session',
  indexes: [{ properties: ['accountId'] }],
  properties: {
    id: { type: 'string', length: 64, primary: true },
    accountId: { type: 'integer' },
    createdAt: { type: 'datetime' },
    lastSeenAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    ip: { type: 'string', length: 64, nullable: true },
    userAgent: { type: 'string', length: 300, nullable: true },
  },
});
