// What an account may do, as far as the dashboard needs to know to explain itself before the
// server is asked: the server decides every import and share link itself and refuses the rest
// (FORBIDDEN, with its reason). Roles per the schema (schema/accounts.graphql): ADMIN acts on
// every branch, the branch roles on their own branch, VIEWER and RESEARCHER only read.
import { isStaffRole } from '../../common/vocabulary/catalog.ts';
import type { Account } from './account-api.ts';

/** True when the account's role imports files at all (which branches: the server checks the rows). */
export function mayImport(account: Account): boolean {
  return account.role === 'ADMIN' || isStaffRole(account.role);
}

/** True when the account may sign share links for the branch's data. */
export function mayShare(account: Account, branch: string): boolean {
  return account.role === 'ADMIN' || (isStaffRole(account.role) && account.branch === branch);
}
