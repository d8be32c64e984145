// Monthly flows (new and lapsed participants) that explain a stock path exactly:
// active = previous + new − lapsed, for persons and for every program's enrolments.
//
// Both flows are first drawn as ordinary turnover (a share of last month's stock joins, another
// lapses); the part of the stock's change that turnover does not explain is then added to ONE
// side only: growth beyond turnover as extra new participants, a fall beyond it as extra lapses.
// So a segment that collapses (BPU 2017: −63.8 %) still enrols people every month, and the
// collapse shows as lapses, which is how BPU membership ends (closed after 3 unpaid months).
import type { Random } from './random.ts';

export interface Flows {
  newParticipants: number;
  lapsedParticipants: number;
}

export interface TurnoverRates {
  /** Monthly share of last month's stock that joins, before the stock's own change. */
  joining: number;
  /** Monthly share of last month's stock that lapses. */
  lapsing: number;
}

/** Flows that take `previous` to `active`, drawn around ordinary turnover. */
export function flowsBetween(previous: number, active: number, turnover: Flows): Flows {
  const unexplained = active - previous - (turnover.newParticipants - turnover.lapsedParticipants);
  return unexplained >= 0
    ? { newParticipants: turnover.newParticipants + unexplained, lapsedParticipants: turnover.lapsedParticipants }
    : { newParticipants: turnover.newParticipants, lapsedParticipants: turnover.lapsedParticipants - unexplained };
}

/**
 * Ordinary turnover of a stock of persons in one month: at least one new participant (a branch
 * enrols somebody every month), lapses at most the whole stock. `lapseNoise` is a standard
 * normal drawn by the caller.
 */
export function personTurnover(previous: number, rates: TurnoverRates, random: Random, lapseNoise: number): Flows {
  const joining = Math.max(1, Math.round(previous * rates.joining * random.between(0.75, 1.25)));
  const lapsing = Math.min(previous, Math.max(0, Math.round(previous * rates.lapsing * (1 + 0.2 * lapseNoise))));
  return { newParticipants: joining, lapsedParticipants: lapsing };
}

/**
 * A program's share of its segment's turnover: enrolments join and lapse with their persons.
 * Lapses are capped by last month's enrolments (a program that starts has nobody to lose).
 */
export function programTurnover(persons: Flows, share: number, previousEnrolments: number): Flows {
  return {
    newParticipants: Math.round(persons.newParticipants * share),
    lapsedParticipants: Math.min(previousEnrolments, Math.round(persons.lapsedParticipants * share)),
  };
}
