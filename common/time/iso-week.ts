// ISO 8601 weeks (`YYYY-Www`: Monday to Sunday, week 1 holds the year's first Thursday), the
// period of the weekly review. Shared by the server (validation, reviews, the weekly report)
// and the dashboard ("this week / last week"). Dates are calendar days (`YYYY-MM-DD`) without a
// time zone: they are read and written as local days, so no offset can move a day across weeks.
import { addDays, addWeeks, format, getISOWeek, getISOWeekYear, getISOWeeksInYear, isMatch, parse, startOfISOWeekYear } from 'date-fns';

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_FORMAT = 'yyyy-MM-dd';

export interface IsoWeek {
  /** The week's key, `YYYY-Www`. */
  key: string;
  /** The ISO week-numbering year (may differ from the calendar year of its first or last days). */
  year: number;
  week: number;
  /** Its Monday and Sunday, `YYYY-MM-DD`. */
  first: string;
  last: string;
}

export type WeekReading = { ok: true; week: IsoWeek } | { ok: false; problem: string };

/** A week key read strictly, with the reason when it is none (`2026-W54`, `2026-W1`, `2026W01`). */
export function readIsoWeek(value: string): WeekReading {
  const match = WEEK.exec(value.trim());
  if (!match) return { ok: false, problem: `"${value}" is not an ISO week; use YYYY-Www, e.g. 2026-W05` };
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1900 || year > 2200) return { ok: false, problem: `year ${year} is out of range (1900–2200)` };
  const weeks = weeksInYear(year);
  if (week < 1 || week > weeks) return { ok: false, problem: `${year} has weeks W01 to W${weeks}, not W${match[2]}` };
  return { ok: true, week: isoWeekOf(year, week) };
}

/** The week a calendar day (`YYYY-MM-DD`) falls in; throws on anything that is not a real day. */
export function isoWeekOfDay(day: string): IsoWeek {
  const date = readDay(day);
  if (!date) throw new Error(`"${day}" is not a calendar day (YYYY-MM-DD)`);
  return isoWeekOf(getISOWeekYear(date), getISOWeek(date));
}

/** The week `weeks` after (negative: before) a week, across year ends. */
export function shiftIsoWeek(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOfDay(format(addWeeks(readDay(week.first)!, weeks), DAY_FORMAT));
}

/** A calendar day (`YYYY-MM-DD`) as a local date, or null when it is none (2026-02-30). */
export function readDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isMatch(day, DAY_FORMAT)) return null;
  return parse(day, DAY_FORMAT, new Date(2000, 0, 1));
}

/** A local date as its calendar day, `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  return format(date, DAY_FORMAT);
}

function weeksInYear(year: number): number {
  // The 4th of January is always in week 1 of its own ISO year.
  return getISOWeeksInYear(new Date(year, 0, 4));
}

function isoWeekOf(year: number, week: number): IsoWeek {
  const monday = addWeeks(startOfISOWeekYear(new Date(year, 0, 4)), week - 1);
  return {
    key: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    first: format(monday, DAY_FORMAT),
    last: format(addDays(monday, 6), DAY_FORMAT),
  };
}
