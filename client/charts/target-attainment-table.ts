// Text alternative of target-attainment: target, realisation, attainment, gap and projection.
import { formatInteger, formatPercent, formatPeriod, type Locale } from '../i18n/format.ts';
import type { AttainmentRow, ChartTable } from './types.ts';
import { labels, SOURCE_LABELS } from './labels.ts';
import { finite } from './text.ts';

export function targetAttainmentTable(data: readonly AttainmentRow[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const columns = [
    { key: 'key', label: L.group, numeric: false },
    { key: 'target', label: L.target, numeric: true },
    { key: 'realised', label: L.realised, numeric: true },
    { key: 'attainment_pct', label: `${L.attainment} (%)`, numeric: true },
    { key: 'gap', label: L.gap, numeric: true },
    { key: 'projected_realised', label: L.projected, numeric: true },
    { key: 'projected_attainment_pct', label: `${L.projectedAttainment} (%)`, numeric: true },
    { key: 'as_of', label: L.asOf, numeric: false },
    { key: 'source', label: L.source, numeric: false },
  ];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  for (const r of data ?? []) {
    const target = finite(r.target);
    const realised = finite(r.realised);
    // The API gives 0 % for a zero target; the table says "undefined" instead of a false 0 %.
    const pct = target !== null && target > 0 ? finite(r.attainmentPct) : null;
    const gap = finite(r.gap);
    const projected = finite(r.projectedRealised);
    const projectedPct = finite(r.projectedAttainmentPct);
    rows.push([
      r.label || r.key,
      int(target),
      int(realised),
      formatPercent(pct, locale),
      int(gap),
      int(projected),
      formatPercent(projectedPct, locale),
      r.asOf ? formatPeriod(r.asOf, locale) : '–',
      r.source ? (SOURCE_LABELS[locale][r.source] ?? r.source) : '–',
    ]);
    values.push([r.key, target, realised, pct, gap, projected, projectedPct, r.asOf ?? null, r.source ?? null]);
  }
  return { columns, rows, values };
}
