// Text alternative of effectiveness: one row per measure, socialisation and promotion side by
// side. Reach is two rows, attendees (socialisation's) and impressions (promotion's), each with
// the other side empty: the two counts are never set beside each other as one figure.
import { formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { ChartTable, Effectiveness, EffectivenessStats } from './types.ts';
import { ACTIVITY_LABELS, labels } from './labels.ts';
import { formatRatio } from './format-extra.ts';
import { finite } from './text.ts';

type Kind = 'int' | 'rupiah' | 'percent' | 'ratio';

export function effectivenessTable(data: Effectiveness | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const columns = [
    { key: 'measure', label: L.measure, numeric: false },
    { key: 'socialisation', label: ACTIVITY_LABELS[locale].SOCIALISATION, numeric: true },
    { key: 'promotion', label: ACTIVITY_LABELS[locale].PROMOTION, numeric: true },
  ];
  if (!data) return { columns, rows: [], values: [] };
  // Which side a row has a figure for: a reach row only its own type's.
  type Row = [key: string, field: keyof EffectivenessStats, label: string, kind: Kind, side?: 'socialisation' | 'promotion'];
  const measures: Row[] = [
    ['activities', 'activities', L.activities, 'int'],
    ['attendees', 'reach', L.attendees, 'int', 'socialisation'],
    ['impressions', 'reach', L.impressions, 'int', 'promotion'],
    ['registrations', 'registrations', L.registrations, 'int'],
    ['costIdr', 'costIdr', L.costIdr, 'rupiah'],
    ['conversionRate', 'conversionRate', L.conversionShort, 'percent'],
    ['conversionLow', 'conversionLow', L.conversionLow, 'percent'],
    ['conversionHigh', 'conversionHigh', L.conversionHigh, 'percent'],
    ['costPerRegistration', 'costPerRegistration', L.costPerRegistration, 'rupiah'],
    ['registrationsPerActivity', 'registrationsPerActivity', L.registrationsPerActivity, 'ratio'],
  ];
  const format = (value: number | null, kind: Kind): string => {
    if (value === null) return '–';
    if (kind === 'rupiah') return formatRupiah(value, locale);
    if (kind === 'percent') return formatPercent(value, locale);
    if (kind === 'ratio') return formatRatio(value, locale, 2);
    return formatInteger(value, locale);
  };
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  for (const [key, field, label, kind, side] of measures) {
    const soc = side === 'promotion' ? null : finite(data.socialisation?.[field]);
    const pro = side === 'socialisation' ? null : finite(data.promotion?.[field]);
    rows.push([label, format(soc, kind), format(pro, kind)]);
    values.push([key, soc, pro]);
  }
  return { columns, rows, values };
}
