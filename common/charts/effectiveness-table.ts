// Text alternative of effectiveness: one row per measure, socialisation and promotion side by side.
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
  const measures: [keyof EffectivenessStats, string, Kind][] = [
    ['activities', L.activities, 'int'],
    ['reach', L.reach, 'int'],
    ['registrations', L.registrations, 'int'],
    ['costIdr', L.costIdr, 'rupiah'],
    ['conversionRate', L.conversionShort, 'percent'],
    ['conversionLow', L.conversionLow, 'percent'],
    ['conversionHigh', L.conversionHigh, 'percent'],
    ['costPerRegistration', L.costPerRegistration, 'rupiah'],
    ['registrationsPerActivity', L.registrationsPerActivity, 'ratio'],
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
  for (const [key, label, kind] of measures) {
    const soc = finite(data.socialisation?.[key]);
    const pro = finite(data.promotion?.[key]);
    rows.push([label, format(soc, kind), format(pro, kind)]);
    values.push([key, soc, pro]);
  }
  return { columns, rows, values };
}
