// A week in words for the reader: its Monday to Sunday in the reader's language and its number,
// as the review page and the plan write them.
import { formatDate, type Locale, monthName } from '../i18n/format.ts';
import { readIsoWeek } from './iso-week.ts';

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
