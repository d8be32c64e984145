// The charts' words by the names the chart code imports (labels(locale), ACTIVITY_LABELS…),
// over the charts namespace (common/i18n/charts.ts, where the texts are), plus the little logic
// that picks one: what a series counts, why a point has no change.
import { part } from '../i18n/bilingual.ts';
import { charts, type ChartTexts } from '../i18n/charts.ts';
import type { Locale } from '../i18n/format.ts';

export const LABELS = charts;

/** The charts' texts in one language; Bahasa Indonesia for anything else. */
export function labels(locale: Locale): ChartTexts {
  return charts[locale] ?? charts.id;
}

export const ACTIVITY_LABELS = part(charts, (t) => t.activityNames);
export const SOURCE_LABELS = part(charts, (t) => t.sourceNames);
export const CHANNEL_LABELS = part(charts, (t) => t.channelNames);
export const REACH_UNIT_LABELS = part(charts, (t) => t.reachUnitNames);
export const MEDIUM_LABELS = part(charts, (t) => t.mediumNames);

export function sentences(locale: Locale): ChartTexts['sentences'] {
  return labels(locale).sentences;
}

/** What a membership series counts, for units shown beside its figures. */
export function seriesUnit(series: { program?: string | null; unit?: string | null }): 'PERSONS' | 'ENROLMENTS' {
  if (series.unit === 'PERSONS' || series.unit === 'ENROLMENTS') return series.unit;
  return series.program ? 'ENROLMENTS' : 'PERSONS';
}

/** The reason a point shows no change, in words; null when it has one or gives no reason. */
export function noChangeReason(reason: string | null | undefined, locale: Locale): string | null {
  const L = labels(locale);
  if (reason === 'PREVIOUS_PERIOD_MISSING') return L.noChangePreviousMissing;
  if (reason === 'REPORTING_BRANCHES_DIFFER') return L.noChangeBranchesDiffer;
  return null;
}
