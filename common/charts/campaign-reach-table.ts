// Text alternative of campaign-reach: every figure of every row, whatever measure is drawn,
// with what reach counts (a mixed group's reach split into attendees and impressions) and the
// 95 % intervals of conversion and cost per registration.
import { formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { ChartTable, ReachRow } from './types.ts';
import { ACTIVITY_LABELS, labels, REACH_UNIT_LABELS, SOURCE_LABELS } from './labels.ts';
import { reachKeyHeader } from './reach-keys.ts';
import { reachRowLabels } from './reach-measures.ts';
import { formatRatio } from './format-extra.ts';
import { finite } from './text.ts';
import { hasNames, keyCells, keyColumns } from './office-names.ts';

export function campaignReachTable(data: readonly ReachRow[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const rowsIn = data ?? [];
  // Rows named beside their codes (branches, offices): a name column, then the code.
  const named = hasNames(rowsIn);
  const columns = [
    ...keyColumns(named, reachKeyHeader(rowsIn.map((r) => r.key), locale), locale),
    { key: 'activity', label: L.activityType, numeric: false },
    { key: 'reach_unit', label: L.reachUnit, numeric: false },
    { key: 'activities', label: L.activities, numeric: true },
    { key: 'reach', label: L.reach, numeric: true },
    { key: 'attendees', label: L.attendees, numeric: true },
    { key: 'impressions', label: L.impressions, numeric: true },
    { key: 'leads', label: L.leads, numeric: true },
    { key: 'registrations', label: L.registrations, numeric: true },
    { key: 'cost_idr', label: L.costIdr, numeric: true },
    { key: 'conversion_rate', label: L.conversionRate, numeric: true },
    { key: 'conversion_low', label: L.conversionLowShort, numeric: true },
    { key: 'conversion_high', label: L.conversionHighShort, numeric: true },
    { key: 'cost_per_registration', label: L.costPerRegistration, numeric: true },
    { key: 'cost_per_registration_low', label: L.costPerRegistrationLow, numeric: true },
    { key: 'cost_per_registration_high', label: L.costPerRegistrationHigh, numeric: true },
    { key: 'registrations_per_activity', label: L.registrationsPerActivity, numeric: true },
    { key: 'source', label: L.source, numeric: false },
  ];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  const names = reachRowLabels(rowsIn, locale);
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  rowsIn.forEach((r, i) => {
    // A mixed group adds attendees to impressions: its reach is shown as "–", the parts beside it.
    const mixed = r.reachUnit === 'MIXED';
    const nums = {
      activities: finite(r.activities),
      reach: finite(r.reach),
      attendees: finite(r.attendees),
      impressions: finite(r.impressions),
      leads: finite(r.leads),
      registrations: finite(r.registrations),
      cost: finite(r.costIdr),
      conversion: mixed ? null : finite(r.conversionRate),
      conversionLow: mixed ? null : finite(r.conversionLow),
      conversionHigh: mixed ? null : finite(r.conversionHigh),
      cpr: finite(r.costPerRegistration),
      cprLow: finite(r.costPerRegistrationLow),
      cprHigh: finite(r.costPerRegistrationHigh),
      rpa: finite(r.registrationsPerActivity),
    };
    const first = keyCells(r.key, names[i], named);
    rows.push([
      ...first.rows,
      r.activity ? (ACTIVITY_LABELS[locale][r.activity] ?? r.activity) : L.mixed,
      r.reachUnit ? (REACH_UNIT_LABELS[locale][r.reachUnit] ?? r.reachUnit) : '–',
      int(nums.activities),
      mixed ? '–' : int(nums.reach),
      int(nums.attendees),
      int(nums.impressions),
      int(nums.leads),
      int(nums.registrations),
      formatRupiah(nums.cost, locale),
      formatPercent(nums.conversion, locale),
      formatPercent(nums.conversionLow, locale),
      formatPercent(nums.conversionHigh, locale),
      formatRupiah(nums.cpr, locale),
      formatRupiah(nums.cprLow, locale),
      formatRupiah(nums.cprHigh, locale),
      formatRatio(nums.rpa, locale, 2),
      r.source ? (SOURCE_LABELS[locale][r.source] ?? r.source) : '–',
    ]);
    values.push([
      ...first.values,
      r.activity ?? null,
      r.reachUnit ?? null,
      nums.activities,
      mixed ? null : nums.reach,
      nums.attendees,
      nums.impressions,
      nums.leads,
      nums.registrations,
      nums.cost,
      nums.conversion,
      nums.conversionLow,
      nums.conversionHigh,
      nums.cpr,
      nums.cprLow,
      nums.cprHigh,
      nums.rpa,
      r.source ? r.source : null,
    ]);
  });
  return { columns, rows, values };
}
