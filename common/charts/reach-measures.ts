// The measures a campaign-reach bar can show: how to read, format and label each one (their
// titles and formats are their metadata, common/vocabulary/measures.ts).
import { formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import { FIGURES, formatFigure, titleIn } from '../vocabulary/measures.ts';
import type { ReachMeasure, ReachRow } from './types.ts';
import { ACTIVITY_LABELS, labels, REACH_UNIT_LABELS } from './labels.ts';
import { reachKeyLabel } from './reach-keys.ts';
import { compactRupiahTicks, compactTicks, formatRatio, percentTicks } from './format-extra.ts';
import { finite } from './text.ts';

/**
 * The one list of them: the campaign cube asks for these and the other figures of a reach
 * answer (server/domains/campaigns/cube.ts, REACH_ANSWER_MEASURES).
 */
export const REACH_MEASURES: readonly ReachMeasure[] = ['reach', 'registrations', 'costIdr', 'conversionRate', 'costPerRegistration'];

export function isReachMeasure(value: unknown): value is ReachMeasure {
  return typeof value === 'string' && (REACH_MEASURES as readonly string[]).includes(value);
}

export function measureValue(row: ReachRow, measure: ReachMeasure): number | null {
  // A group of both types adds attendees to impressions: no bar for its reach or conversion.
  if (row.reachUnit === 'MIXED' && (measure === 'reach' || measure === 'conversionRate')) return null;
  const value = finite(row[measure]);
  // Negative reach or cost is bad data, not something to draw leftwards from zero.
  return value === null ? null : Math.max(0, value);
}

/**
 * The 95 % interval of the measure for a row, where the API gives one (cost per registration,
 * conversion); high null when the data set no upper bound.
 */
export function measureInterval(row: ReachRow, measure: ReachMeasure): { low: number; high: number | null } | null {
  const [low, high] =
    measure === 'costPerRegistration' ? [finite(row.costPerRegistrationLow), finite(row.costPerRegistrationHigh)] : measure === 'conversionRate' ? [finite(row.conversionLow), finite(row.conversionHigh)] : [null, null];
  if (low === null || measureValue(row, measure) === null) return null;
  return { low: Math.max(0, low), high };
}

/** What a row is called: its own name (a branch's, an office's) where it has one, else its key's label. */
export function reachRowName(row: ReachRow, locale: Locale): string {
  return row.label || reachKeyLabel(row.key, locale);
}

/**
 * Row labels: the row's name, with the activity type added where a key appears for both types
 * (YouTube is a socialisation and a promotion channel: "YouTube (Promosi)").
 */
export function reachRowLabels(rows: readonly ReachRow[], locale: Locale): string[] {
  const types = new Map<string, Set<string>>();
  for (const r of rows) types.set(r.key, (types.get(r.key) ?? new Set()).add(r.activity ?? ''));
  return rows.map((r) => {
    const label = reachRowName(r, locale);
    return (types.get(r.key)?.size ?? 0) > 1 && r.activity ? `${label} (${ACTIVITY_LABELS[locale][r.activity] ?? r.activity})` : label;
  });
}

export function measureLabel(measure: ReachMeasure, locale: Locale): string {
  return titleIn(FIGURES[measure].title, locale);
}

export function formatMeasure(value: number | null, measure: ReachMeasure, locale: Locale): string {
  return formatFigure(value, FIGURES[measure].format, locale);
}

export function measureTicks(values: number[], measure: ReachMeasure, locale: Locale): string[] {
  const { format } = FIGURES[measure];
  if (format === 'rupiah') return compactRupiahTicks(values, locale);
  if (format === 'percent') return percentTicks(values, locale);
  return compactTicks(values, locale);
}

/** Everything about one row in a sentence, for the bar's tooltip. */
export function reachRowTooltip(label: string, activity: string | null, row: ReachRow, locale: Locale): string {
  const L = labels(locale);
  const range = (low: number | null | undefined, high: number | null | undefined, format: (v: number | null) => string) =>
    finite(low) === null ? '' : ` (${format(finite(low))}–${finite(high) === null ? '…' : format(finite(high))})`;
  const mixed = row.reachUnit === 'MIXED';
  return [
    activity ? `${label} (${activity})` : label,
    `${L.activities}: ${formatInteger(row.activities, locale)}`,
    mixed
      ? `${L.attendees}: ${formatInteger(finite(row.attendees) ?? 0, locale)} — ${L.impressions}: ${formatInteger(finite(row.impressions) ?? 0, locale)}`
      : `${L.reach}${row.reachUnit ? ` (${REACH_UNIT_LABELS[locale][row.reachUnit]?.toLowerCase() ?? row.reachUnit})` : ''}: ${formatInteger(row.reach, locale)}`,
    `${L.registrations}: ${formatInteger(row.registrations, locale)}`,
    `${L.costIdr}: ${formatRupiah(row.costIdr, locale)}`,
    mixed ? `${L.conversionShort}: – (${L.mixed.toLowerCase()})` : `${L.conversionShort}: ${formatPercent(finite(row.conversionRate), locale)}${range(row.conversionLow, row.conversionHigh, (v) => formatPercent(v, locale))}`,
    `${L.costPerRegistration}: ${formatRupiah(finite(row.costPerRegistration), locale)}${range(row.costPerRegistrationLow, row.costPerRegistrationHigh, (v) => formatRupiah(v, locale))}`,
    `${L.registrationsPerActivity}: ${formatRatio(finite(row.registrationsPerActivity), locale)}`,
  ].join(' — ');
}
