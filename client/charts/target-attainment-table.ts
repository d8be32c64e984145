// Text alternative of target-attainment: target, realisation, attainment, gap and projection
// with its 95 % interval, in the rows' unit. Count columns are named with their unit
// (`realised_enrolments`, `realised_persons`), so the CSV never lets enrolments pass for
// persons; a target with no data yet says so instead of 0 %.
import { formatInteger, formatPercent, type Locale } from '../i18n/format.ts';
import type { AttainmentRow, ChartTable } from './types.ts';
import { labels, SOURCE_LABELS } from './labels.ts';
import { finite } from './text.ts';
import { asOfText, hasNoData, rowsUnit, unitWord } from './target-attainment-words.ts';

const UNIT_SUFFIX: Record<string, string> = { ENROLMENTS: '_enrolments', PERSONS: '_persons' };

export function targetAttainmentTable(data: readonly AttainmentRow[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const rowsIn = data ?? [];
  const unit = rowsUnit(rowsIn);
  const suffix = unit ? (UNIT_SUFFIX[unit] ?? '') : '';
  const word = unitWord(unit, locale);
  const counted = (key: string, label: string) => ({ key: `${key}${suffix}`, label: word ? `${label} (${word})` : label, numeric: true });
  const columns = [
    { key: 'key', label: L.group, numeric: false },
    { key: 'status', label: L.attainmentStatus, numeric: false },
    counted('target', L.target),
    counted('realised', L.realised),
    { key: 'attainment_pct', label: `${L.attainment} (%)`, numeric: true },
    counted('gap', L.gap),
    counted('projected_realised', L.projected),
    counted('projected_low', L.projectedLow),
    counted('projected_high', L.projectedHigh),
    { key: 'projected_attainment_pct', label: `${L.projectedAttainment} (%)`, numeric: true },
    { key: 'as_of', label: L.asOf, numeric: false },
    { key: 'reporting_branches', label: L.attainmentReporting, numeric: true },
    { key: 'source', label: L.source, numeric: false },
  ];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  for (const r of rowsIn) {
    const noData = hasNoData(r);
    const target = finite(r.target);
    const realised = finite(r.realised);
    // The API gives 0 % for a zero target and for no data yet; the table says what it is instead.
    const pct = target !== null && target > 0 && !noData ? finite(r.attainmentPct) : null;
    const gap = finite(r.gap);
    const projected = finite(r.projectedRealised);
    const low = finite(r.projectedLow);
    const high = finite(r.projectedHigh);
    const projectedPct = finite(r.projectedAttainmentPct);
    const reporting = finite(r.reportingBranches ?? null);
    const withTargets = finite(r.branchesWithTargets ?? null);
    rows.push([
      r.label || r.key,
      r.status ? (L.attainmentStatusNames[r.status] ?? r.status) : '–',
      int(target),
      noData ? '–' : int(realised),
      noData ? L.attainmentNoData : formatPercent(pct, locale),
      int(gap),
      int(projected),
      int(low),
      int(high),
      formatPercent(projectedPct, locale),
      asOfText(r, locale) ?? '–',
      reporting === null || withTargets === null ? '–' : `${formatInteger(reporting, locale)}/${formatInteger(withTargets, locale)}`,
      r.source ? (SOURCE_LABELS[locale][r.source] ?? r.source) : '–',
    ]);
    values.push([r.key, r.status ?? null, target, realised, pct, gap, projected, low, high, projectedPct, r.asOf ?? null, reporting, r.source ?? null]);
  }
  return { columns, rows, values };
}
