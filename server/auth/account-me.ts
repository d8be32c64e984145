// What `me` answers for a caller: the account, and whether its reads are confined to its own
// scope (permissions.ts defaultScope). Shared by the GraphQL resolver and the page's boot data,
// so that the dashboard's first render and its later queries see the same account.
import type { Role } from '../../common/vocabulary/schema-enums.ts';
import type { Principal } from './principal.ts';
import { defaultScope, type ReadAccess } from './permissions.ts';

export interface AccountMe {
  __typename: 'Account';
  username: string;
  role: Role;
  branch: string | null;
  region: string | null;
  readsOwnScopeOnly: boolean;
}

export function accountMe(principal: Principal, readAccess: ReadAccess): AccountMe | null {
  if (principal.kind !== 'account') return null;
  const { username, role, branch, region } = principal.account;
  const own = defaultScope(principal, readAccess);
  return { __typename: 'Account', username, role, branch: branch ?? null, region: region ?? null, readsOwnScopeOnly: Boolean(own.branch || own.region) };
}
