// The checks on what a reviewer writes: each names the argument at fault and why, before
// anything is stored.
import { agencyWeek } from '../../../common/time/agency-time.ts';
import { type IsoWeek, readDay, readIsoWeek } from '../../../common/time/iso-week.ts';
import { BadInputError } from '../../errors.ts';
import { textArgument } from '../written-text.ts';

export { textArgument };

export const NOTES_MAX = 10_000;
export const TITLE_MAX = 200;


/** This week on the agency's calendar (PANTAU_TIME_ZONE), whatever the server's own zone. */
export function weekOfToday(now: Date = new Date()): IsoWeek {
  return agencyWeek(now);
}

/** An ISO week argument; `notAfter` refuses weeks that have not begun. */
export function weekArgument(argument: string, value: string, notAfter?: IsoWeek): IsoWeek {
  const read = readIsoWeek(value);
  if (!read.ok) throw new BadInputError(argument, read.problem, 'WEEK_INVALID');
  if (notAfter && read.week.key > notAfter.key) throw new BadInputError(argument, `week ${read.week.key} has not begun (this is ${notAfter.key})`, 'WEEK_NOT_BEGUN');
  return read.week;
}

/** How many reviews a page lists (`last`): 1 to `max`, the most one answer lists. */
export function pageSizeArgument(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1) throw new BadInputError(argument, `expected a whole number from 1 to ${max}, got ${value}`, 'NOT_A_COUNT');
  if (value > max) throw new BadInputError(argument, `${value} is more than ${max}, the most reviews one answer lists: page back with before`, 'RANGE_TOO_LARGE');
  return value;
}

export function titleArgument(value: string): string {
  const title = textArgument('title', value, TITLE_MAX);
  if (!title) throw new BadInputError('title', 'is empty; say what is to be done', 'EMPTY');
  return title;
}

/** A due date, `YYYY-MM-DD`, a real day. */
export function dueArgument(value: string | null | undefined): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  const day = value.trim();
  if (!readDay(day)) throw new BadInputError('due', `"${value}" is not a calendar day; use YYYY-MM-DD, e.g. 2026-12-07`, 'NOT_A_DAY');
  return day;
}

/** A row id argument (GraphQL ID): a positive whole number. */
export function idArgument(argument: string, value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(id) || id < 1) throw new BadInputError(argument, `"${value}" is not an id`);
  return id;
}
