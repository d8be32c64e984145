// Who is calling: nobody, the ADMIN_TOKEN bootstrap, or an account (through its session cookie
// or one of its API tokens). Worked out once per request by identify.ts; every permission is
// decided from it in permissions.ts.
import type { Role } from '../../common/vocabulary/schema-enums.ts';

export interface AccountRef {
  id: number;
  username: string;
  role: Role;
  branch: string | null;
  region: string | null;
}

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'admin-token' }
  | { kind: 'account'; account: AccountRef; via: 'session' | 'token'; sessionId?: string; tokenId?: number };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** How the caller is named in the audit log and the import history. */
export function actorName(principal: Principal): string {
  if (principal.kind === 'account') return `account:${principal.account.username}`;
  return principal.kind;
}
