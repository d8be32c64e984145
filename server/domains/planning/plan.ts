// The branch's plan for a year as read: each NEW_PARTICIPANTS target of a program and segment,
// its shares across the team with their phasing, and what is left to assign. A handful of rows
// per branch and year, read in four small queries.
import { PROGRAMS, SEGMENTS } from '../../../common/vocabulary/catalog.ts';
import type { DataSource, Program, Segment } from '../../../common/vocabulary/schema-enums.ts';
import type { Database } from '../../db/orm.ts';
import { commonSource } from '../source.ts';
import { branchStaff } from '../staff.ts';
import { phasingOf } from './phasing.ts';

export const PLANNED_METRIC = 'NEW_PARTICIPANTS';

export interface PlanShare {
  staff: string;
  name: string | null;
  role: string | null;
  target: number;
  monthly: number[];
  phased: boolean;
}

export interface PlanLine {
  program: Program;
  segment: Segment;
  metric: typeof PLANNED_METRIC;
  branchTarget: number | null;
  assigned: number;
  unassigned: number | null;
  shares: PlanShare[];
  source: DataSource;
}

interface TargetRow { program: string; segment: string; staff_code: string; target: number; source: string }
interface PhasingRow { program: string; segment: string; staff_code: string; month: number; target: number }

const lineKey = (program: string, segment: string) => `${program}|${segment}`;

export async function targetPlan(db: Database, branch: string, year: number): Promise<PlanLine[]> {
  const [targets, phasing, staff] = await Promise.all([
    db.read('target').where({ branch_code: branch, year, metric: PLANNED_METRIC }).select('program', 'segment', 'staff_code', 'target', 'source') as Promise<TargetRow[]>,
    db.read('target_phasing').where({ branch_code: branch, year }).orderBy('month').select('program', 'segment', 'staff_code', 'month', 'target') as Promise<PhasingRow[]>,
    branchStaff(db, branch),
  ]);
  const people = new Map(staff.map((s) => [s.code, s]));
  const months = new Map<string, number[]>();
  for (const p of phasing) {
    const key = `${lineKey(p.program, p.segment)}|${p.staff_code}`;
    months.set(key, [...(months.get(key) ?? []), Number(p.target)]);
  }
  const lines = new Map<string, { program: string; segment: string; branch?: TargetRow; shares: TargetRow[] }>();
  for (const t of targets) {
    const key = lineKey(t.program, t.segment);
    const line = lines.get(key) ?? { program: t.program, segment: t.segment, shares: [] };
    if (t.staff_code === '') line.branch = t;
    else line.shares.push(t);
    lines.set(key, line);
  }
  return [...lines.values()]
    .sort((a, b) => PROGRAMS.indexOf(a.program as Program) - PROGRAMS.indexOf(b.program as Program) || SEGMENTS.indexOf(a.segment as Segment) - SEGMENTS.indexOf(b.segment as Segment))
    .map((line) => {
      const shares = line.shares
        .sort((a, b) => (a.staff_code < b.staff_code ? -1 : 1))
        .map((s): PlanShare => {
          const person = people.get(s.staff_code);
          return { staff: s.staff_code, name: person?.name ?? null, role: person?.role ?? null, target: Number(s.target), ...phasingOf(Number(s.target), months.get(`${lineKey(line.program, line.segment)}|${s.staff_code}`)) };
        });
      const assigned = shares.reduce((sum, s) => sum + s.target, 0);
      const branchTarget = line.branch ? Number(line.branch.target) : null;
      return {
        program: line.program as Program,
        segment: line.segment as Segment,
        metric: PLANNED_METRIC,
        branchTarget,
        assigned,
        unassigned: branchTarget === null ? null : Math.max(0, branchTarget - assigned),
        shares,
        source: (commonSource([line.branch?.source, ...line.shares.map((s) => s.source)]) ?? 'IMPORTED') as DataSource,
      };
    });
}
