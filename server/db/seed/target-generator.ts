// Synthetic yearly targets from head office: per program and segment, for active participants
// (a stretch over the previous year-end) and new participants; and the Kabid's split of new
// registrations across the ARs and ARKs (from the first year after campaigns exist).
import type { CampaignRow } from './campaign-generator.ts';
import type { SnapshotRow } from './membership-generator.ts';
import type { Random } from './random.ts';
import type { StaffRow } from './staff-generator.ts';

export interface TargetRow {
  branch_code: string;
  year: number;
  program: string;
  segment: string;
  metric: 'ACTIVE_PARTICIPANTS' | 'NEW_PARTICIPANTS';
  staff_code: string;
  target: number;
  source: 'SYNTHETIC';
}

export function generateTargets(
  branchCode: string, snapshots: SnapshotRow[], campaigns: CampaignRow[], staff: StaffRow[],
  years: number[], random: Random,
): TargetRow[] {
  const rows: TargetRow[] = [];
  const programRows = snapshots.filter((s) => s.program !== '');
  for (const year of years) {
    const pairs = new Set(programRows.filter((s) => s.year === year).map((s) => `${s.program}|${s.segment}`));
    for (const pair of pairs) {
      const [program, segment] = pair.split('|');
      const series = programRows.filter((s) => s.program === program && s.segment === segment);
      const lastYearEnd = series.filter((s) => s.year === year - 1).at(-1)?.active_participants;
      const fresh = series.filter((s) => s.year === year - 1).reduce((sum, s) => sum + (s.new_participants ?? 0), 0);
      const base = { branch_code: branchCode, year, program, segment, staff_code: '', source: 'SYNTHETIC' as const };
      if (lastYearEnd) {
        rows.push({ ...base, metric: 'ACTIVE_PARTICIPANTS', target: Math.round(lastYearEnd * random.between(1.03, 1.12)) });
      }
      if (fresh) rows.push({ ...base, metric: 'NEW_PARTICIPANTS', target: Math.round(fresh * random.between(0.95, 1.2)) });
    }
    for (const person of staff.filter((s) => s.role === 'AR' || s.role === 'ARK')) {
      const previous = campaigns
        .filter((c) => c.staff_code === person.code && c.year === year - 1)
        .reduce((sum, c) => sum + c.registrations, 0);
      if (!previous) continue;
      rows.push({
        branch_code: branchCode, year, program: 'JKK', segment: person.role === 'AR' ? 'PU' : 'BPU',
        metric: 'NEW_PARTICIPANTS', staff_code: person.code,
        target: Math.round(previous * random.between(0.95, 1.25)), source: 'SYNTHETIC',
      });
    }
  }
  return rows;
}
