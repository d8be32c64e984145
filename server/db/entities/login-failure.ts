import { EntitySchema } from '@mikro-orm/core';

/** A failed login, kept for a while so that guessing is throttled per account and per address
 *  across every server process sharing the database. */
export interface LoginFailure {
  id: number;
  username: string;
  ip: string;
  at: Date;
}

export const LoginFailureSchema = new EntitySchema<LoginFailure>({
  name: 'LoginFailure',
  tableName: 'login_failure',
  indexes: [{ properties: ['username', 'at'] }, { properties: ['ip', 'at'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    username: { type: 'string', length: 64 },
    ip: { type: 'string', length: 64 },
    at: { type: 'datetime' },
  },
});
