// The agency's clock: which calendar day (and so which ISO week) it is now for the branch
// offices, whatever zone the server process or the reader's browser runs in. A server in UTC
// would otherwise call Monday 00:00-06:59 in Jakarta last week's Sunday, and a browser
// elsewhere its own day. The zone is a setting (PANTAU_TIME_ZONE, default Asia/Jakarta): the
// server sets it at start, the dashboard from the page's boot data. Every "today" and
// "this week", on both sides, goes through agencyToday.
import { type IsoWeek, isoWeekOfDay, shiftIsoWeek } from './iso-week.ts';

/** The zone of the agency's head office and of the demo branches (WIB, UTC+7, no daylight saving). */
export const DEFAULT_AGENCY_TIME_ZONE = 'Asia/Jakarta';

let configured = DEFAULT_AGENCY_TIME_ZONE;

/** Why a zone name is none (null when it is one): Intl knows the IANA names. */
export function timeZoneProblem(zone: string): string | null {
  if (!zone.trim()) return 'is empty; use an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return null;
  } catch {
    return `"${zone}" is not a time zone; use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura`;
  }
}

/** Sets the zone every later "today" is read in (the server at start, the dashboard from its boot data). */
export function setAgencyTimeZone(zone: string): void {
  const problem = timeZoneProblem(zone);
  if (problem) throw new Error(`time zone ${problem}`);
  configured = zone;
}

export function agencyTimeZone(): string {
  return configured;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in a zone at an instant: its calendar day (`YYYY-MM-DD`), weekday (0 Sunday … 6 Saturday), hour and minute. */
export function agencyClock(now: Date = new Date(), zone: string = configured): { day: string; weekday: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(formatterOf(zone).formatToParts(now).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { day, weekday: utcDate(day).getUTCDay(), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** Today's calendar day in the agency's zone, `YYYY-MM-DD`. */
export function agencyToday(now: Date = new Date(), zone: string = configured): string {
  return agencyClock(now, zone).day;
}

/** This ISO week in the agency's zone (the week of agencyToday). */
export function agencyWeek(now: Date = new Date(), zone: string = configured): IsoWeek {
  return isoWeekOfDay(agencyToday(now, zone));
}

/** Today, this week and last week on the agency's calendar: the review page's, the plan's and the dashboard's "this week / last week". */
export function weeksAround(now: Date = new Date()): { today: string; thisWeek: IsoWeek; lastWeek: IsoWeek } {
  const today = agencyToday(now);
  const thisWeek = isoWeekOfDay(today);
  return { today, thisWeek, lastWeek: shiftIsoWeek(thisWeek, -1) };
}

/** The instant a wall-clock time of a day is in a zone (a wall time skipped by daylight saving: the one after it). */
export function agencyInstant(day: string, hour: number, minute: number, zone: string = configured): Date {
  const wall = utcDate(day).getTime() + (hour * 60 + minute) * 60_000;
  // The zone's offset at a guess, then at the answer (they differ only across a change of offset).
  let at = wall - offsetAt(new Date(wall), zone);
  at = wall - offsetAt(new Date(at), zone);
  return new Date(at);
}

/** A calendar day `days` after (negative: before) another, `YYYY-MM-DD`. */
export function addCalendarDays(day: string, days: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: Date, zone: string): number {
  const c = agencyClock(instant, zone);
  const wall = utcDate(c.day).getTime() + ((c.hour * 60 + c.minute) * 60 + c.second) * 1000;
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
