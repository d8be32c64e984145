// The dashboard's weeks: "this week" and "last week" as periods of the view (ISO weeks, Monday
// to Sunday, on the agency's calendar), which panels answer a week, and what a panel that
// cannot offers instead. Pure: "now" is an argument, so a test fixes it.
import { weeksAround } from '../time/agency-time.ts';
import { type IsoWeek, readIsoWeek } from '../time/iso-week.ts';
import { formatDate, formatPeriod, type Locale } from '../i18n/format.ts';
import { type DashboardState, type GranularityCode, isWeekRange, periodOf } from './url-state.ts';

export type RelativeWeek = 'thisWeek' | 'lastWeek';
export const RELATIVE_WEEKS: readonly RelativeWeek[] = ['thisWeek', 'lastWeek'];

/** The current ISO week and the one before, for a moment, on the agency's calendar (PANTAU_TIME_ZONE), as the server counts them. */
export function weeksNow(now: Date = new Date()): Record<RelativeWeek, IsoWeek> {
  const { thisWeek, lastWeek } = weeksAround(now);
  return { thisWeek, lastWeek };
}

/** The state change that shows one week (from and to that week). */
export function weekPeriodChange(week: IsoWeek): Pick<DashboardState, 'from' | 'to'> {
  return { from: week.key, to: week.key };
}

/** The weeks the view's period covers, first and last, or null when the period is not in weeks. */
export function weekRangeOf(state: Pick<DashboardState, 'from' | 'to'>): { first: IsoWeek; last: IsoWeek } | null {
  if (!isWeekRange(state)) return null;
  const first = readIsoWeek(state.from!);
  const last = readIsoWeek(state.to!);
  return first.ok && last.ok ? { first: first.week, last: last.week } : null;
}

/** Which of this week and last week the view shows, if it shows exactly one of them. */
export function relativeWeekOf(state: Pick<DashboardState, 'from' | 'to'>, now: Date = new Date()): RelativeWeek | null {
  const range = weekRangeOf(state);
  if (!range || range.first.key !== range.last.key) return null;
  const weeks = weeksNow(now);
  return RELATIVE_WEEKS.find((which) => weeks[which].key === range.first.key) ?? null;
}

/**
 * The periods of a granularity that hold the weeks' days, for a panel whose figures are monthly
 * (or yearly): a week from 29 December to 4 January lies in two months and two years.
 */
export function periodsHoldingWeeks(range: { first: IsoWeek; last: IsoWeek }, granularity: GranularityCode): Pick<DashboardState, 'from' | 'to'> {
  return { from: periodOf(range.first.first.slice(0, 7), granularity), to: periodOf(range.last.last.slice(0, 7), granularity) };
}

/** The panels that answer a range of weeks: those of dated flows (campaign activities). */
export const PANELS_ANSWERING_WEEKS = ['reach', 'effectiveness'] as const;

/** A week as the charts label it: "Mg 49 2026" / "W49 2026". */
export function weekName(week: IsoWeek, locale: Locale): string {
  return formatPeriod(week.key, locale);
}

/** The weeks of a range in words and their days: ["Mg 48 2026 – Mg 49 2026", "23 November 2026 – 6 Desember 2026"]. */
export function weekRangeWords(range: { first: IsoWeek; last: IsoWeek }, locale: Locale): { weeks: string; days: string } {
  const weeks = range.first.key === range.last.key ? weekName(range.first, locale) : `${weekName(range.first, locale)} – ${weekName(range.last, locale)}`;
  return { weeks, days: `${formatDate(range.first.first, locale)} – ${formatDate(range.last.last, locale)}` };
}

/** A range of periods in words: "Desember 2026", or "November 2026 – Desember 2026". */
export function periodRangeWords(range: Pick<DashboardState, 'from' | 'to'>, locale: Locale): string {
  const from = range.from ? formatPeriod(range.from, locale) : '…';
  const to = range.to ? formatPeriod(range.to, locale) : '…';
  return from === to ? from : `${from} – ${to}`;
}
