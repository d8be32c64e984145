// Pure helpers of the review page: the current and last ISO week on the agency's calendar, the
// reviews newest first, which actions are overdue, a week's Monday–Sunday in the reader's
// language, and who writes. No DOM, so they are unit-tested as they are.
import { agencyToday } from '../../../common/time/agency-time.ts';
import { isoWeekOfDay, type IsoWeek, readIsoWeek, shiftIsoWeek } from '../../../common/time/iso-week.ts';
import { formatDate, type Locale, monthName } from '../../../common/i18n/format.ts';
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';

/** This week on the agency's calendar (PANTAU_TIME_ZONE, as the server counts it), and the one before it. */
export function weeksAround(now: Date = new Date()): { today: string; thisWeek: IsoWeek; lastWeek: IsoWeek } {
  const today = agencyToday(now);
  const thisWeek = isoWeekOfDay(today);
  return { today, thisWeek, lastWeek: shiftIsoWeek(thisWeek, -1) };
}

/** Reviews by week, newest first (the API lists them oldest first). */
export function newestFirst<T extends { week: string }>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => (a.week < b.week ? 1 : a.week > b.week ? -1 : 0));
}

/**
 * Still open and due before `today` (both `YYYY-MM-DD`, so they compare as text). Marked on the
 * reader's day, as the CSV marks it on the server's: an action closed late is not overdue any more.
 */
export function isOverdue(action: { status: ActionStatus; due?: string | null }, today: string): boolean {
  return action.status === 'OPEN' && !!action.due && action.due < today;
}

/**
 * A week's Monday to Sunday as people write it: "1–7 Desember 2026", "30 November – 6 Desember
 * 2026", "29 December 2025 – 4 January 2026". Days not read as days are left as they are.
 */
export function weekDays(first: string, last: string, locale: Locale): string {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(first);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last);
  if (!a || !b) return `${first} – ${last}`;
  if (a[1] !== b[1]) return `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
  if (a[2] !== b[2]) return `${Number(a[3])} ${monthName(Number(a[2]), locale)} – ${formatDate(last, locale)}`;
  return `${Number(a[3])}–${formatDate(last, locale)}`;
}

/** The Monday–Sunday of a week key, or the key itself when it is none. */
export function daysOfWeek(key: string, locale: Locale): string {
  const read = readIsoWeek(key);
  return read.ok ? weekDays(read.week.first, read.week.last, locale) : key;
}

/** The week's number in its year (49 for 2026-W49). */
export function weekNumber(key: string): number {
  return Number(key.slice(-2));
}

/** Whether the account writes this branch's reviews, as the server decides it (permissions.ts, writeReview). */
export function writesReviews(account: { role: string; branch?: string | null } | null | undefined, branch: string): boolean {
  if (!account) return false;
  return account.role === 'ADMIN' || (account.role === 'KABID' && account.branch === branch);
}

/** The statuses an action can be set to from the one it has: close it either way, or reopen it. */
export function nextStatuses(status: ActionStatus, closed?: { closedWeek?: string | null; thisWeek: string }): ActionStatus[] {
  if (status === 'OPEN') return ['DONE', 'DROPPED'];
  // The server reopens only an action closed this week: the reviews since an earlier closing showed it closed.
  return closed?.closedWeek && closed.closedWeek < closed.thisWeek ? [] : ['OPEN'];
}
