import { EntitySchema } from '@mikro-orm/core';

/** A person's login: role and scope (a branch, a regional office, or neither for the nation). */
export interface Account {
  id: number;
  username: string;
  /** Argon2id hash in PHC form ($argon2id$…); the password itself is never stored. */
  passwordHash: string;
  role: string;
  branch?: string | null;
  region?: string | null;
  createdAt: Date;
  passwordChangedAt: Date;
  /** Set when the account is switched off: its sessions and tokens stop working at once. */
  disabledAt?: Date | null;
}

export const AccountSchema = new EntitySchema<Account>({
  name: 'Account',
  tableName: 'account',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    username: { type: 'string', length: 64, unique: true },
    passwordHash: { type: 'string', length: 200 },
    role: { type: 'string', length: 16 },
    branch: { type: 'string', length: 32, nullable: true },
    region: { type: 'string', length: 32, nullable: true },
    createdAt: { type: 'datetime' },
    passwordChangedAt: { type: 'datetime' },
    disabledAt: { type: 'datetime', nullable: true },
  },
});
