// The checks on a planned activity and on its results, naming the argument at fault.
import { isoWeekOfDay, readDay } from '../../../../common/time/iso-week.ts';
import { CHANNELS_BY_ACTIVITY } from '../../../../common/vocabulary/catalog.ts';
import { BadInputError } from '../../../errors.ts';
import { MAX_INT } from '../../../import/fields.ts';

const SOCIALISATION_CHANNELS = Object.keys(CHANNELS_BY_ACTIVITY.SOCIALISATION);

/** A day `YYYY-MM-DD` with its ISO week. */
export function dayArgument(argument: string, value: string): { date: string; week: string } {
  const day = value.trim();
  if (!readDay(day)) throw new BadInputError(argument, `"${value}" is not a calendar day; use YYYY-MM-DD, e.g. 2026-12-07`, 'NOT_A_DAY');
  return { date: day, week: isoWeekOfDay(day).key };
}

export function socialisationChannel(value: string): string {
  if (!SOCIALISATION_CHANNELS.includes(value)) throw new BadInputError('channel', `${value} is not a socialisation channel (${SOCIALISATION_CHANNELS.join(', ')}); promotion is not planned as activities`, 'NOT_A_CHANNEL');
  return value;
}

/** A count of the results: a whole number from 0 (`optional`: null when omitted). */
export function countArgument(argument: string, value: number | null | undefined, opts: { optional?: boolean } = {}): number | null {
  if (value === null || value === undefined) {
    if (opts.optional) return null;
    throw new BadInputError(argument, 'is required', 'REQUIRED');
  }
  if (!Number.isInteger(value) || value < 0 || value > MAX_INT) throw new BadInputError(argument, `expected a whole number from 0, got ${value}`, 'NOT_A_COUNT');
  return value;
}
