// Synthetic staff of each demo branch's membership department: one Kabid, three ARs (wage
// earners), two ARKs (non-wage earners, small businesses, migrant workers) and two PAPs.
import type { DemoBranch } from './demo-branches.ts';
import type { Random } from './random.ts';

export interface StaffRow {
  code: string;
  branch_code: string;
  name: string;
  role: 'KABID' | 'AR' | 'ARK' | 'PAP';
  source: 'SYNTHETIC';
}

export const GIVEN = ['Agus', 'Budi', 'Dewi', 'Eko', 'Fitri', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Putri', 'Rizky', 'Sari', 'Teguh', 'Wahyu', 'Yuni'];
export const FAMILY = ['Santoso', 'Wibowo', 'Rahmawati', 'Prasetyo', 'Hidayat', 'Kusuma', 'Setiawan', 'Lestari', 'Nugroho', 'Pratama', 'Susanti', 'Wijaya'];
const ROLES: StaffRow['role'][] = ['KABID', 'AR', 'AR', 'AR', 'ARK', 'ARK', 'PAP', 'PAP'];

export function generateStaff(branch: DemoBranch, random: Random): StaffRow[] {
  const counters: Record<string, number> = {};
  return ROLES.map((role) => {
    counters[role] = (counters[role] ?? 0) + 1;
    return {
      code: `${branch.code}-${role}${counters[role]}`,
      branch_code: branch.code,
      name: `${random.pick(GIVEN)} ${random.pick(FAMILY)} (sintetis)`,
      role,
      source: 'SYNTHETIC',
    };
  });
}
