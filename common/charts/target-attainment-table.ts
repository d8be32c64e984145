// Text alternative of target-attainment: target, realisation, attainment, gap and projection
// with its 95 % interval, in the rows' unit. Count columns are named with their unit
// (`realised_enrolments`, `realised_persons`), so the CSV never lets enrolments pass for
// persons; a target with no data yet says so instead of 0 %, and a row only some of whose
// targets have data says "data belum lengkap" / "incomplete data" with its attainment, which
// is over the targets with data (their target and how much of it has none are columns).
import { formatInteger, formatPercent, type Locale } from '../i18n/format.ts';
import type { AttainmentRow, ChartTable } from './types.ts';
import { labels, SOURCE_LABELS } from './labels.ts';
import { finite } from './text.ts';
import { hasNames, keyCells, keyColumns } from './office-names.ts';
import { asOfText, hasNoData, hasPartialData, measuredTarget, partialText, rowsUnit, unitWord } from './target-attainment-words.ts';

const UNIT_SUFFIX: Record<string, string> = { ENROLMENTS: '_enrolments', PERSONS: '_persons' };

export function targetAttainmentTable(data: readonly AttainmentRow[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const rowsIn = data ?? [];
  const unit = rowsUnit(rowsIn);
  const suffix = unit ? (UNIT_SUFFIX[unit] ?? '') : '';
  const word = unitWord(unit, locale);
  const counted = (key: string, label: string) => ({ key: `${key}${suffix}`, label: word ? `${label} (${word})` : label, numeric: true });
  // Rows named beside their codes (branches, offices, staff): a name column, then the code.
  const named = hasNames(rowsIn);
  const columns = [
    ...keyColumns(named, L.group, locale),
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
    { key: 'keys_with_data', label: L.attainmentKeysWithData, numeric: true },
    counted('target_with_data', L.targetWithData),
    counted('target_without_data', L.targetWithoutData),
    { key: 'note', label: L.attainmentNote, numeric: false },
    { key: 'source', label: L.source, numeric: false },
  ];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  for (const r of rowsIn) {
    const noData = hasNoData(r);
    const partial = hasPartialData(r);
    const target = finite(r.target);
    const realised = finite(r.realised);
    const measured = finite(measuredTarget(r));
    // The API gives 0 % for a zero target and for no data yet; the table says what it is instead.
    const pct = measured !== null && measured > 0 && !noData ? finite(r.attainmentPct) : null;
    const gap = finite(r.gap);
    const projected = finite(r.projectedRealised);
    const low = finite(r.projectedLow);
    const high = finite(r.projectedHigh);
    const projectedPct = finite(r.projectedAttainmentPct);
    const reporting = finite(r.reportingBranches ?? null);
    const withTargets = finite(r.branchesWithTargets ?? null);
    const keysWithData = finite(r.keysWithData ?? null);
    const keysWithTargets = finite(r.keysWithTargets ?? null);
    const withData = finite(r.targetWithData ?? null);
    const withoutData = finite(r.targetWithoutData ?? null);
    const note = partialText(r, locale);
    const first = keyCells(r.key, r.label || r.key, named);
    rows.push([
      ...first.rows,
      r.status ? (L.attainmentStatusNames[r.status] ?? r.status) : '–',
      int(target),
      noData ? '–' : int(realised),
      noData ? L.attainmentNoData : partial ? `${L.attainmentPartial}: ${formatPercent(pct, locale)}` : formatPercent(pct, locale),
      noData ? '–' : int(gap),
      int(projected),
      int(low),
      int(high),
      formatPercent(projectedPct, locale),
      asOfText(r, locale) ?? '–',
      reporting === null || withTargets === null ? '–' : `${formatInteger(reporting, locale)}/${formatInteger(withTargets, locale)}`,
      keysWithData === null || keysWithTargets === null ? '–' : `${formatInteger(keysWithData, locale)}/${formatInteger(keysWithTargets, locale)}`,
      // Shown where they differ from the plain case (all of the target has data).
      partial ? int(withData) : '–',
      partial || noData ? int(withoutData) : '–',
      note ?? '–',
      r.source ? (SOURCE_LABELS[locale][r.source] ?? r.source) : '–',
    ]);
    values.push([
      ...first.values, r.status ?? null, target, realised, pct, gap, projected, low, high, projectedPct, r.asOf ?? null, reporting,
      keysWithData, withData, withoutData, note, r.source ?? null,
    ]);
  }
  return { columns, rows, values };
}
