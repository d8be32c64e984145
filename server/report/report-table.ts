// A chart's short table as the printed report sets it (tryout F10: long figures broke across
// lines at A4 width). A figure is never split: each sits in a span that does not wrap. A 95 %
// interval's bounds (`cost_per_registration_low`/`_high`, `projected_low_enrolments`/`_high_…`)
// join the figure they bound, under it in the same cell, "(Rp241.347–Rp252.559)", instead of two
// columns of their own: a reach table at national scale kept ten columns of ten-digit figures
// and ran past the page. The CSV links keep every column apart.
import { labels } from '../../common/charts/labels.ts';
import type { ChartTable, TableColumn } from '../../common/charts/types.ts';
import type { Locale } from '../../common/i18n/format.ts';
import { escapeHtml } from '../embed/page.ts';

const NONE = new Set(['–', '']);

interface Merged {
  column: TableColumn;
  /** Index of the column in the chart's table. */
  index: number;
  /** The bounds' columns, when an interval joins this one. */
  interval: { low: number; high: number } | null;
}

/** `cost_per_registration_low` → `cost_per_registration`, `projected_high_enrolments` → `projected` (+ which end); null for other keys. */
function boundOf(key: string): { stem: string; end: 'low' | 'high'; suffix: string } | null {
  const m = /^(.+)_(low|high)(_enrolments|_persons)?$/.exec(key);
  return m ? { stem: m[1], end: m[2] as 'low' | 'high', suffix: m[3] ?? '' } : null;
}

/** The columns as printed: each interval's two bounds folded into the figure before them whose key they extend. */
export function mergeIntervals(table: ChartTable): Merged[] {
  const columns = table.columns;
  const used = new Set<number>();
  const merged: Merged[] = [];
  columns.forEach((column, index) => {
    if (used.has(index)) return;
    const entry: Merged = { column, index, interval: null };
    merged.push(entry);
    if (!column.numeric || boundOf(column.key)) return;
    // The bounds of this figure: `<stem>_low…` / `<stem>_high…` where the figure's key starts with the stem.
    const find = (end: 'low' | 'high') =>
      columns.findIndex((c, i) => {
        const b = boundOf(c.key);
        return i > index && !used.has(i) && b !== null && b.end === end && column.key.startsWith(b.stem) && column.key.endsWith(b.suffix);
      });
    const low = find('low');
    const high = find('high');
    if (low < 0 || high < 0) return;
    used.add(low).add(high);
    entry.interval = { low, high };
  });
  return merged;
}

const figure = (text: string) => `<span class="n">${escapeHtml(text)}</span>`;

/** The table's HTML for the report: figures unbroken, intervals under their figure. */
export function reportTableHtml(table: ChartTable, caption: string, locale: Locale): string {
  const columns = mergeIntervals(table);
  const ci = labels(locale).interval95;
  const head = columns
    .map(({ column, interval }) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}${interval ? ` <span class="ci">(${escapeHtml(ci)})</span>` : ''}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = columns.map(({ column, index, interval }) => {
        if (!column.numeric) return `<td>${escapeHtml(row[index])}</td>`;
        const low = interval ? row[interval.low] : '–';
        const high = interval ? row[interval.high] : '–';
        const bounds = NONE.has(low) && NONE.has(high) ? '' : `<span class="ci">(${figure(low)}–${figure(high)})</span>`;
        return `<td class="num">${figure(row[index])}${bounds}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
