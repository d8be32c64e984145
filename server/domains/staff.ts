// The staff of a branch as the answers name them: the team (code, name and role, in code order)
// and their names by code. Planning, the reviews, the target league and the CSV downloads all
// name staff, and read them here, so that a person is named the same way everywhere.
import { inByteOrder } from '../analytics/byte-order.ts';
import type { Database } from '../db/orm.ts';
import type { StaffRole } from '../../common/vocabulary/catalog.ts';

export interface StaffMember {
  code: string;
  name: string;
  role: StaffRole;
}

/** The branch's staff in code order (byte order on both databases). */
export async function branchStaff(db: Database, branch: string): Promise<StaffMember[]> {
  const rows = (await db.read('staff').where('branch_code', branch).select('code', 'name', 'role').orderBy(inByteOrder(db, 'staff', 'code'))) as StaffMember[];
  return rows.map((r) => ({ code: String(r.code), name: String(r.name), role: r.role }));
}

/**
 * Staff names by code: of one branch's staff, or of the staff with these codes wherever they
 * work (a staff code is unique across branches, so a national league names its people so).
 */
export async function staffNames(db: Database, of: { branch: string } | { codes: readonly string[] }): Promise<Map<string, string>> {
  const query = db.read('staff').select('code', 'name');
  const rows = ('branch' in of ? await query.where('branch_code', of.branch) : await query.whereIn('code', [...of.codes])) as { code: string; name: string }[];
  return new Map(rows.map((r) => [String(r.code), String(r.name)]));
}
