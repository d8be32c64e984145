// The roles and the scope each must carry: branch roles belong to one branch; viewers to a
// branch, a regional office or the nation; researchers and admins to the nation.
import { isStaffRole } from '../../common/vocabulary/catalog.ts';
import { Role } from '../../common/vocabulary/schema-enums.ts';

export const ROLES = Object.values(Role);


export function isRole(value: string): value is Role {
  return (ROLES as string[]).includes(value);
}

/** Why a role and scope do not go together, or null when they do. */
export function scopeProblem(role: Role, branch: string | null, region: string | null): string | null {
  if (branch && region) return 'give --branch or --region, not both';
  if (isStaffRole(role) && !branch) return `${role} works for one branch: give --branch CODE`;
  if ((role === 'ADMIN' || role === 'RESEARCHER') && (branch || region)) return `${role} is national: give neither --branch nor --region`;
  return null;
}
