// The week the review page shows, as the URL carries it (`week=2026-W49`), so that a link or a
// reload opens the same review. No `week` (or one that is not an ISO week) is the current week,
// which is left out of the URL. Pure, so the round trip is tested without a browser.
import { readIsoWeek } from '../../../common/time/iso-week.ts';

/** The URL parameters the review page owns (the dashboard's URL state carries them along, client/app/use-url-state.ts). */
export const REVIEW_PARAMS = ['week'] as const;

/** The week key of a query string (with or without "?"), or null for the current week. */
export function parseReviewWeek(search: string): string | null {
  const value = new URLSearchParams(search).get('week');
  if (!value) return null;
  const read = readIsoWeek(value.toUpperCase());
  return read.ok ? read.week.key : null;
}

/** A query string with the week replaced (null, or the current week: removed); every other parameter stays. */
export function withReviewWeek(search: string, week: string | null, currentWeek: string): string {
  const p = new URLSearchParams(search);
  p.delete('week');
  if (week && week !== currentWeek) p.set('week', week);
  // Commas and colons are safe in a query string: kept readable, as the dashboard's own state is.
  const text = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/** Only the page's parameters of a query string, as they stand (for carrying them over to a new address). */
export function reviewParamsOf(search: string): [string, string][] {
  const p = new URLSearchParams(search);
  return REVIEW_PARAMS.flatMap((name) => (p.has(name) ? [[name, p.get(name)!] as [string, string]] : []));
}
