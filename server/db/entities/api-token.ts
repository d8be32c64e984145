import { EntitySchema } from '@mikro-orm/core';

/** A named API token of an account. Only the SHA-256 of the secret is stored. */
export interface ApiToken {
  id: number;
  accountId: number;
  name: string;
  /** The secret's first characters, to recognise a token in a list. */
  prefix: string;
  secretHash: string;
  createdAt: Date;
  lastUsedAt?: Date | null;
  revokedAt?: Date | null;
}

export const ApiTokenSchema = new EntitySchema<ApiToken>({
  name: 'ApiToken',
  tableName: 'api_token',
  indexes: [{ properties: ['accountId'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    accountId: { type: 'integer' },
    name: { type: 'string', length: 100 },
    prefix: { type: 'string', length: 16 },
    secretHash: { type: 'string', length: 64, unique: true },
    createdAt: { type: 'datetime' },
    lastUsedAt: { type: 'datetime', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
  },
});
