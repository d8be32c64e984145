// Accounts in the database: created and switched off from the CLI (npm run users), read by
// the login and by every request's identification.
import type { Database } from '../db/orm.ts';
import { AccountSchema, type Account } from '../db/entities/account.ts';
import { AuthSessionSchema } from '../db/entities/auth-session.ts';
import { BadInputError } from '../errors.ts';
import type { Role } from '../../common/vocabulary/schema-enums.ts';
import type { AccountRef } from './principal.ts';
import { scopeProblem } from './roles.ts';
import { hashPassword, passwordProblem } from './secrets.ts';

export type { Account };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Usernames are compared in lower case: `Budi` and `budi` are one person. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function toRef(a: Account): AccountRef {
  return { id: a.id, username: a.username, role: a.role as Role, branch: a.branch ?? null, region: a.region ?? null };
}

export async function findAccount(db: Database, username: string): Promise<Account | null> {
  return db.orm.em.fork().findOne(AccountSchema, { username: normaliseUsername(username) });
}

export async function accountById(db: Database, id: number): Promise<Account | null> {
  return db.orm.em.fork().findOne(AccountSchema, { id });
}

export async function countAccounts(db: Database): Promise<number> {
  return db.orm.em.fork().count(AccountSchema, {});
}

export async function listAccounts(db: Database): Promise<Account[]> {
  return db.orm.em.fork().find(AccountSchema, {}, { orderBy: { username: 'asc' } });
}

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  branch?: string | null;
  region?: string | null;
}

/** Creates an account; the branch must exist. Throws BadInputError naming what is wrong. */
export async function createAccount(db: Database, input: NewAccount): Promise<Account> {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) throw new BadInputError('username', `"${input.username}" is not a username: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
  const branch = input.branch?.trim().toUpperCase() || null;
  const region = input.region?.trim().toUpperCase() || null;
  const scope = scopeProblem(input.role, branch, region);
  if (scope) throw new BadInputError('role', scope);
  const weak = passwordProblem(input.password);
  if (weak) throw new BadInputError('password', weak);
  const em = db.orm.em.fork();
  if (branch) {
    const known = await db.knex('branch').where({ code: branch }).first('code');
    if (!known) throw new BadInputError('branch', `no branch with code "${branch}" (see the branches query or import the branch first)`);
  }
  if (region) {
    const known = await db.knex('region').where({ code: region }).first('code');
    if (!known) throw new BadInputError('region', `no regional office with code "${region}" (see the regions query or import the region first)`);
  }
  if (await em.findOne(AccountSchema, { username })) throw new BadInputError('username', `an account "${username}" exists already`);
  const now = new Date();
  const account = em.create(AccountSchema, {
    username,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    branch,
    region,
    createdAt: now,
    passwordChangedAt: now,
    disabledAt: null,
  });
  await em.persistAndFlush(account);
  return account;
}

/** Switches an account off or on again; switching off ends its sessions at once. */
export async function setDisabled(db: Database, username: string, disabled: boolean): Promise<Account> {
  const em = db.orm.em.fork();
  const account = await em.findOne(AccountSchema, { username: normaliseUsername(username) });
  if (!account) throw new BadInputError('username', `no account "${normaliseUsername(username)}"`);
  account.disabledAt = disabled ? (account.disabledAt ?? new Date()) : null;
  await em.flush();
  if (disabled) await em.nativeDelete(AuthSessionSchema, { accountId: account.id });
  return account;
}

/** Sets a new password and ends every session of the account (a stolen cookie stops working). */
export async function setPassword(db: Database, username: string, password: string): Promise<Account> {
  const weak = passwordProblem(password);
  if (weak) throw new BadInputError('password', weak);
  const em = db.orm.em.fork();
  const account = await em.findOne(AccountSchema, { username: normaliseUsername(username) });
  if (!account) throw new BadInputError('username', `no account "${normaliseUsername(username)}"`);
  account.passwordHash = await hashPassword(password);
  account.passwordChangedAt = new Date();
  await em.flush();
  await em.nativeDelete(AuthSessionSchema, { accountId: account.id });
  return account;
}
