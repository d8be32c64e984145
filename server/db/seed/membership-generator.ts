// Synthetic monthly membership snapshots. For Madiun they end each December 2016–2020 exactly
// on the study's figures (which are stored as the study's own rows: stock STUDY, flows
// SYNTHETIC, since the study published stocks only); everything else is generated: months
// between the anchors, 2021 onwards, the other branches, and the per-program enrolment counts.
// Stock and flows agree for persons and for every program, month after month:
// active = previous + new − lapsed (see membership-flows.ts).
import { monthIndex } from '../../analytics/periods.ts';
import type { DemoBranch } from './demo-branches.ts';
import { flowsBetween, personTurnover, programTurnover, type TurnoverRates } from './membership-flows.ts';
import type { Random } from './random.ts';
import { STUDY_ACTIVE_PARTICIPANTS, STUDY_YEARS } from './study.ts';

export interface SnapshotRow {
  branch_code: string;
  year: number;
  month: number;
  period_index: number;
  precision: 'YEAR' | 'MONTH';
  segment: 'PU' | 'BPU';
  program: string;
  active_participants: number;
  new_participants: number | null;
  lapsed_participants: number | null;
  source: 'STUDY' | 'SYNTHETIC';
  /** The flows' own source: the demo's flows are all generated, the study's rows included. */
  flow_source: 'SYNTHETIC';
}

export interface MembershipSpan {
  firstYear: number;
  /** Last month with data (the demo's "today"), e.g. 2025-10. */
  lastYear: number;
  lastMonth: number;
}

type Segment = 'PU' | 'BPU';
/** Year-end values of the year before the study, to start the first monthly path from. */
const DECEMBER_2015: Record<Segment, number> = { PU: 21_800, BPU: 15_200 };
/** Yearly growth after the study: PU steady, BPU recovering strongly as it did nationally. */
const GROWTH_AFTER_STUDY: Record<Segment, [number, number]> = { PU: [0.03, 0.07], BPU: [0.12, 0.3] };
/**
 * Ordinary monthly turnover. PU workers stay while employed; BPU participants pay themselves and
 * are closed after 3 unpaid months, so many join and many lapse (the stock's change on top of it
 * goes to one side, see membership-flows.ts).
 */
const TURNOVER: Record<Segment, TurnoverRates> = {
  PU: { joining: 0.012, lapsing: 0.008 },
  BPU: { joining: 0.04, lapsing: 0.05 },
};

/** Share of a segment's persons enrolled in each program at a month index. */
export function programShare(segment: Segment, program: string, index: number): number {
  const years = (index - monthIndex(2016, 1)) / 12;
  if (program === 'JKK' || program === 'JKM') return 1;
  if (segment === 'BPU') return program === 'JHT' ? 0.06 + 0.006 * years : 0;
  if (program === 'JHT') return 0.91 + 0.003 * years;
  if (program === 'JP') return 0.74 + 0.005 * years;
  if (program === 'JKP') {
    const start = monthIndex(2021, 2);
    return index < start ? 0 : Math.min(0.66, ((index - start) / 24) * 0.66);
  }
  return 0;
}

export const PROGRAMS_BY_SEGMENT: Record<Segment, string[]> = { PU: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'], BPU: ['JKK', 'JKM', 'JHT'] };

/** Year-end anchors of one branch and segment, from the year before the first to the last. */
function anchors(branch: DemoBranch, segment: Segment, span: MembershipSpan, random: Random): Map<number, number> {
  const result = new Map<number, number>();
  const madiun = new Map<number, number>([[span.firstYear - 1, DECEMBER_2015[segment]]]);
  for (const y of STUDY_YEARS) madiun.set(y, STUDY_ACTIVE_PARTICIPANTS[segment][y]);
  let last = madiun.get(2020)!;
  for (let y = 2021; y <= span.lastYear; y++) {
    last = Math.round(last * (1 + random.between(...GROWTH_AFTER_STUDY[segment])));
    madiun.set(y, last);
  }
  for (const [year, value] of madiun) {
    const wobble = branch.source === 'STUDY' ? 1 : 1 + 0.05 * random.normal();
    result.set(year, Math.round(value * branch.scale * wobble));
  }
  return result;
}

export function generateMembership(branch: DemoBranch, span: MembershipSpan, random: Random, flowRandom: Random): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  for (const segment of ['PU', 'BPU'] as const) {
    const yearEnds = anchors(branch, segment, span, random);
    let previous = yearEnds.get(span.firstYear - 1)!;
    // Enrolments per program at the month before, from December before the first year.
    const previousEnrolments = new Map<string, number>();
    const firstIndex = monthIndex(span.firstYear, 1);
    for (const program of PROGRAMS_BY_SEGMENT[segment]) {
      previousEnrolments.set(program, Math.round(previous * programShare(segment, program, firstIndex - 1)));
    }
    for (let year = span.firstYear; year <= span.lastYear; year++) {
      const start = yearEnds.get(year - 1)!;
      const end = yearEnds.get(year)!;
      const months = year === span.lastYear ? span.lastMonth : 12;
      const curve = random.between(0.7, 1.4);
      for (let month = 1; month <= months; month++) {
        const index = monthIndex(year, month);
        const isStudyRow = branch.source === 'STUDY' && month === 12 && (STUDY_YEARS as readonly number[]).includes(year);
        const trend = start + (end - start) * (month / 12) ** curve;
        const active = month === 12 ? end : Math.max(0, Math.round(trend * (1 + 0.004 * random.normal())));
        // The stock path and the lapse noise come from the main stream as they always did (so
        // the stocks stay the figures they were); the rest of the flows from their own stream.
        const lapseNoise = random.normal();
        const persons = flowsBetween(previous, active, personTurnover(previous, TURNOVER[segment], flowRandom, lapseNoise));
        const base = { branch_code: branch.code, year, month, period_index: index, segment, flow_source: 'SYNTHETIC' as const };
        rows.push({
          ...base,
          precision: isStudyRow ? 'YEAR' : 'MONTH',
          program: '',
          active_participants: active,
          new_participants: persons.newParticipants,
          lapsed_participants: persons.lapsedParticipants,
          source: isStudyRow ? 'STUDY' : 'SYNTHETIC',
        });
        for (const program of PROGRAMS_BY_SEGMENT[segment]) {
          const share = programShare(segment, program, index);
          const before = previousEnrolments.get(program)!;
          const enrolments = Math.round(active * share);
          previousEnrolments.set(program, enrolments);
          // A program with no enrolment yet (JKP before 2021) has no row.
          if (share <= 0) continue;
          const flows = flowsBetween(before, enrolments, programTurnover(persons, share, before));
          rows.push({
            ...base,
            precision: 'MONTH',
            program,
            active_participants: enrolments,
            new_participants: flows.newParticipants,
            lapsed_participants: flows.lapsedParticipants,
            source: 'SYNTHETIC',
          });
        }
        previous = active;
      }
    }
  }
  return rows;
}
