// Human labels for the keys of campaignReach rows. The chart does not know the query's groupBy,
// so it recognises the key: a channel, an activity type, a medium, a period, an ISO week
// (`2024-W14`: "Mg 14 2024" / "W14 2024"), or anything else (staff codes, segments) shown as it is.
import { formatPeriod, type Locale } from '../i18n/format.ts';
import { ACTIVITY_LABELS, CHANNEL_LABELS, labels, MEDIUM_LABELS } from './labels.ts';
import { periodGranularity } from './axis.ts';

export type ReachKeyKind = 'channel' | 'activity' | 'medium' | 'period' | 'week' | 'other';

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

export function reachKeyKindOf(key: string): ReachKeyKind {
  if (key in CHANNEL_LABELS.en) return 'channel';
  if (key in ACTIVITY_LABELS.en) return 'activity';
  if (key in MEDIUM_LABELS.en) return 'medium';
  if (periodGranularity(key) !== 'other') return 'period';
  if (WEEK_KEY.test(key)) return 'week';
  return 'other';
}

/** The kind shared by all keys, or 'other' when they differ or there are none. */
export function reachKeyKind(keys: readonly string[]): ReachKeyKind {
  const kinds = new Set(keys.map(reachKeyKindOf));
  return kinds.size === 1 ? [...kinds][0] : 'other';
}

export function reachKeyLabel(key: string, locale: Locale): string {
  switch (reachKeyKindOf(key)) {
    case 'channel':
      return CHANNEL_LABELS[locale][key];
    case 'activity':
      return ACTIVITY_LABELS[locale][key];
    case 'medium':
      return MEDIUM_LABELS[locale][key];
    case 'period':
    case 'week':
      return formatPeriod(key, locale);
    default:
      return key === '(none)' ? labels(locale).none : key;
  }
}

/** Column header for the key column of the table. */
export function reachKeyHeader(keys: readonly string[], locale: Locale): string {
  const L = labels(locale);
  const kind = reachKeyKind(keys);
  return { channel: L.channel, activity: L.activityType, medium: L.medium, period: L.period, week: L.week, other: L.group }[kind];
}
