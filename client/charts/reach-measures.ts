// The measures a campaign-reach bar can show: how to read, format and label each one.
import { formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { ReachMeasure, ReachRow } from './types.ts';
import { labels } from './labels.ts';
import { compactRupiahTicks, compactTicks, formatRatio, percentTicks } from './format-extra.ts';
import { finite } from './text.ts';

export const REACH_MEASURES: readonly ReachMeasure[] = ['reach', 'registrations', 'costIdr', 'conversionRate', 'costPerRegistration'];

export function isReachMeasure(value: unknown): value is ReachMeasure {
  return typeof value === 'string' && (REACH_MEASURES as readonly string[]).includes(value);
}

export function measureValue(row: ReachRow, measure: ReachMeasure): number | null {
  const value = finite(row[measure]);
  // Negative reach or cost is bad data, not something to draw leftwards from zero.
  return value === null ? null : Math.max(0, value);
}

export function measureLabel(measure: ReachMeasure, locale: Locale): string {
  const L = labels(locale);
  return { reach: L.reach, registrations: L.registrations, costIdr: L.costIdr, conversionRate: L.conversionRate, costPerRegistration: L.costPerRegistration }[measure];
}

export function formatMeasure(value: number | null, measure: ReachMeasure, locale: Locale): string {
  if (value === null) return '–';
  switch (measure) {
    case 'costIdr':
    case 'costPerRegistration':
      return formatRupiah(value, locale);
    case 'conversionRate':
      return formatPercent(value, locale);
    default:
      return formatInteger(value, locale);
  }
}

export function measureTicks(values: number[], measure: ReachMeasure, locale: Locale): string[] {
  if (measure === 'costIdr' || measure === 'costPerRegistration') return compactRupiahTicks(values, locale);
  if (measure === 'conversionRate') return percentTicks(values, locale);
  return compactTicks(values, locale);
}

/** Everything about one row in a sentence, for the bar's tooltip. */
export function reachRowTooltip(label: string, activity: string | null, row: ReachRow, locale: Locale): string {
  const L = labels(locale);
  return [
    activity ? `${label} (${activity})` : label,
    `${L.activities}: ${formatInteger(row.activities, locale)}`,
    `${L.reach}: ${formatInteger(row.reach, locale)}`,
    `${L.registrations}: ${formatInteger(row.registrations, locale)}`,
    `${L.costIdr}: ${formatRupiah(row.costIdr, locale)}`,
    `${L.conversionShort}: ${formatPercent(finite(row.conversionRate), locale)}`,
    `${L.costPerRegistration}: ${formatRupiah(finite(row.costPerRegistration), locale)}`,
    `${L.registrationsPerActivity}: ${formatRatio(finite(row.registrationsPerActivity), locale)}`,
  ].join(' — ');
}
