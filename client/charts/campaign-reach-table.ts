// Text alternative of campaign-reach: every figure of every row, whatever measure is drawn.
import { formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { ChartTable, ReachRow } from './types.ts';
import { ACTIVITY_LABELS, labels, SOURCE_LABELS } from './labels.ts';
import { reachKeyHeader, reachKeyLabel } from './reach-keys.ts';
import { formatRatio } from './format-extra.ts';
import { finite } from './text.ts';

export function campaignReachTable(data: readonly ReachRow[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const rowsIn = data ?? [];
  const columns = [
    { key: 'key', label: reachKeyHeader(rowsIn.map((r) => r.key), locale), numeric: false },
    { key: 'activity', label: L.activityType, numeric: false },
    { key: 'activities', label: L.activities, numeric: true },
    { key: 'reach', label: L.reach, numeric: true },
    { key: 'leads', label: L.leads, numeric: true },
    { key: 'registrations', label: L.registrations, numeric: true },
    { key: 'cost_idr', label: L.costIdr, numeric: true },
    { key: 'conversion_rate', label: L.conversionRate, numeric: true },
    { key: 'cost_per_registration', label: L.costPerRegistration, numeric: true },
    { key: 'registrations_per_activity', label: L.registrationsPerActivity, numeric: true },
    { key: 'source', label: L.source, numeric: false },
  ];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  for (const r of rowsIn) {
    const nums = {
      activities: finite(r.activities),
      reach: finite(r.reach),
      leads: finite(r.leads),
      registrations: finite(r.registrations),
      cost: finite(r.costIdr),
      conversion: finite(r.conversionRate),
      cpr: finite(r.costPerRegistration),
      rpa: finite(r.registrationsPerActivity),
    };
    rows.push([
      reachKeyLabel(r.key, locale),
      r.activity ? (ACTIVITY_LABELS[locale][r.activity] ?? r.activity) : L.mixed,
      int(nums.activities),
      int(nums.reach),
      int(nums.leads),
      int(nums.registrations),
      formatRupiah(nums.cost, locale),
      formatPercent(nums.conversion, locale),
      formatRupiah(nums.cpr, locale),
      formatRatio(nums.rpa, locale, 2),
      r.source ? (SOURCE_LABELS[locale][r.source] ?? r.source) : '–',
    ]);
    values.push([r.key, r.activity ?? null, nums.activities, nums.reach, nums.leads, nums.registrations, nums.cost, nums.conversion, nums.cpr, nums.rpa, r.source ?? null]);
  }
  return { columns, rows, values };
}
