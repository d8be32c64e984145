// Period strings of the API (`YYYY`, `YYYY-Qn`, `YYYY-MM`) as ranges of month indexes
// (year*12 + month-1), the one time unit the database stores; and, for dated flows (campaign
// activities), ISO weeks (`YYYY-Www`) as ranges of days within the months they touch. Pure and
// dialect-free.
import { readIsoWeek } from '../../common/time/iso-week.ts';
import type { Granularity } from '../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../errors.ts';

export type { Granularity };

export interface MonthRange {
  /** First month index included. */
  start: number;
  /** Last month index included. */
  end: number;
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** Parses one period string into the months it covers; `argument` names it in errors. */
export function parsePeriod(argument: string, value: string): MonthRange {
  const match = PERIOD.exec(value.trim());
  if (!match) {
    if (readIsoWeek(value).ok) throw new BadInputError(argument, `"${value}" is a week: weeks are periods of campaign activities only; these figures are monthly (YYYY, YYYY-Qn or YYYY-MM)`);
    throw new BadInputError(argument, `"${value}" is not a period; use YYYY, YYYY-Qn (n = 1–4) or YYYY-MM`);
  }
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) throw new BadInputError(argument, `year ${year} is out of range (1900–2200)`);
  if (match[2]) {
    const q = Number(match[2]);
    return { start: monthIndex(year, q * 3 - 2), end: monthIndex(year, q * 3) };
  }
  if (match[3]) {
    const m = Number(match[3]);
    return { start: monthIndex(year, m), end: monthIndex(year, m) };
  }
  return { start: monthIndex(year, 1), end: monthIndex(year, 12) };
}

/** The month range between `from` and `to` (either open), checking that from is not after to. */
export function parseRange(from?: string | null, to?: string | null): Partial<MonthRange> {
  const start = from ? parsePeriod('from', from).start : undefined;
  const end = to ? parsePeriod('to', to).end : undefined;
  if (start !== undefined && end !== undefined && start > end) {
    throw new BadInputError('from', `"${from}" is after to "${to}"`);
  }
  return { start, end };
}

export function yearOf(index: number): number {
  return Math.floor(index / 12);
}

export function monthOf(index: number): number {
  return (index % 12) + 1;
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(index: number): string {
  return `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`;
}

/** The label of the bucket a month index falls in, at a granularity. */
export function bucketLabel(index: number, granularity: Granularity): string {
  const year = yearOf(index);
  if (granularity === 'YEAR') return String(year);
  if (granularity === 'QUARTER') return `${year}-Q${Math.ceil(monthOf(index) / 3)}`;
  return monthLabel(index);
}

/** The `YYYY-MM-DD` of a day number (dayNumber's inverse). */
export function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a calendar day `YYYY-MM-DD`. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

const monthIndexOfDay = (day: string) => monthIndex(Number(day.slice(0, 4)), Number(day.slice(5, 7)));

/** A range of a dated flow: the months it touches and, when an end is a week, its first or last day. */
export interface DatedRange extends Partial<MonthRange> {
  /** First day included (day number), when `from` is a week. */
  firstDay?: number;
  /** Last day included (day number), when `to` is a week. */
  lastDay?: number;
}

/** One end of a dated range: a week's days, or a period's months. */
function datedEnd(argument: 'from' | 'to', value: string): { start: number; end: number; firstDay?: number; lastDay?: number } {
  const week = readIsoWeek(value);
  if (!week.ok) {
    if (/W/i.test(value)) throw new BadInputError(argument, week.problem);
    return parsePeriod(argument, value);
  }
  const { first, last } = week.week;
  return { start: monthIndexOfDay(first), end: monthIndexOfDay(last), firstDay: dayNumber(first), lastDay: dayNumber(last) };
}

/**
 * The range between `from` and `to` (either open) of a dated flow, where either may also be an
 * ISO week (`YYYY-Www`): from a week's Monday, to a week's Sunday. Checks that from is not after to.
 */
export function parseDatedRange(from?: string | null, to?: string | null): DatedRange {
  const start = from ? datedEnd('from', from) : undefined;
  const end = to ? datedEnd('to', to) : undefined;
  const range: DatedRange = { start: start?.start, end: end?.end, firstDay: start?.firstDay, lastDay: end?.lastDay };
  if (start && end) {
    const startDay = start.firstDay ?? dayNumber(`${monthLabel(start.start)}-01`);
    const endDay = end.lastDay ?? dayNumber(`${monthLabel(end.end + 1)}-01`) - 1;
    if (startDay > endDay) throw new BadInputError('from', `"${from}" is after to "${to}"`);
  }
  return range;
}

/** A part of a range of days: whole months, or the days of one month from its first to its last. */
export interface DayPart {
  months: Partial<MonthRange>;
  firstDay?: number;
  lastDay?: number;
}

/** The month index of a day number. */
const monthOfDay = (day: number): number => monthIndexOfDay(dayText(day));
const firstDayOfMonth = (month: number) => dayNumber(`${monthLabel(month)}-01`);
const lastDayOfMonth = (month: number) => firstDayOfMonth(month + 1) - 1;

/**
 * A range of days (either end open) within a range of months, as the whole months it holds and
 * the days at its ends outside them: 2025-W21 to 2025-W40 (19 May to 5 October) is June to
 * September, 19–31 May and 1–5 October. Monthly tables answer the whole months, which at
 * national scale are most of a twenty-week range; only the ends need each activity's day. Null
 * when the range holds no whole month (one week, or a few days of two months): the range as it is.
 * An end's days are bounded on both sides, within its month: a range of days of the activities'
 * date index (one bound and the month made SQLite read the month's every activity instead).
 */
export function splitDays(range: DatedRange): { months: Partial<MonthRange>; ends: Required<DayPart>[] } | null {
  // The range in days: of each end, the tighter of its day and its month's bound.
  const monthsFirst = range.start === undefined ? undefined : firstDayOfMonth(range.start);
  const monthsLast = range.end === undefined ? undefined : lastDayOfMonth(range.end);
  const first = range.firstDay === undefined ? monthsFirst : Math.max(range.firstDay, monthsFirst ?? range.firstDay);
  const last = range.lastDay === undefined ? monthsLast : Math.min(range.lastDay, monthsLast ?? range.lastDay);
  const ends: Required<DayPart>[] = [];
  let start: number | undefined;
  let end: number | undefined;
  if (first !== undefined) {
    const month = monthOfDay(first);
    start = first === firstDayOfMonth(month) ? month : month + 1;
    if (start !== month) ends.push({ months: { start: month, end: month }, firstDay: first, lastDay: lastDayOfMonth(month) });
  }
  if (last !== undefined) {
    const month = monthOfDay(last);
    end = last === lastDayOfMonth(month) ? month : month - 1;
    if (end !== month) ends.push({ months: { start: month, end: month }, firstDay: firstDayOfMonth(month), lastDay: last });
  }
  if (start !== undefined && end !== undefined && start > end) return null;
  return { months: { start, end }, ends };
}

/** The days of an end of a range (splitDays). */
export function daysOfPart(part: Required<DayPart>): number {
  return part.lastDay - part.firstDay + 1;
}
