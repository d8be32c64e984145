// Axis models: linear ticks formatted per locale, and period ticks thinned so their labels do
// not collide (120 monthly points over ten years become one label per year).
import type { ScaleLinear } from 'd3-scale';
import { formatPeriod, type Locale } from '../i18n/format.ts';
import type { AxisTick } from './model.ts';
import { estimateTextWidth, r2 } from './text.ts';

/** Ticks of a linear scale, roughly one per `spacing` px, labelled together (see format-extra.ts). */
export function linearTicks(
  scale: ScaleLinear<number, number>,
  length: number,
  format: (values: number[]) => string[],
  spacing = 50,
): AxisTick[] {
  const values = scale.ticks(tickCount(length, spacing));
  const labels = format(values);
  return values.map((value, i) => ({ pos: r2(scale(value)), label: labels[i] }));
}

export function tickCount(length: number, spacing = 50): number {
  return Math.max(2, Math.floor(Math.abs(length) / spacing));
}

/** Estimated width of the widest tick label. */
export function widestLabel(labels: string[], fontSize: number, bold = false): number {
  return labels.reduce((max, text) => Math.max(max, estimateTextWidth(text, fontSize, bold)), 0);
}

type Granularity = 'month' | 'quarter' | 'year' | 'other';

export function periodGranularity(period: string): Granularity {
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}$/.test(period)) return 'year';
  return 'other';
}

// Steps that land on the same month/quarter each year, so thinned labels stay regular.
const NICE_STEPS: Record<Granularity, number[]> = {
  month: [1, 2, 3, 6, 12, 24, 36, 60, 120],
  quarter: [1, 2, 4, 8, 12, 20, 40],
  year: [1, 2, 5, 10, 20, 50, 100],
  other: [1, 2, 3, 4, 5, 10, 20, 50, 100],
};

export function periodLabel(period: string, locale: Locale): string {
  return formatPeriod(period, locale, true);
}

/**
 * Period ticks along a point scale with `step` px between periods. Labels are thinned to
 * every k-th period; when k spans whole years, monthly and quarterly labels become the year
 * and sit on January / Q1 so they read as a calendar.
 */
export function periodTicks(periods: string[], position: (p: string) => number, step: number, fontSize: number, locale: Locale): AxisTick[] {
  if (!periods.length) return [];
  const gran = periodGranularity(periods[0]);
  const full = periods.map((p) => periodLabel(p, locale));
  const need = widestLabel(full, fontSize) + fontSize;
  const safeStep = step > 0 ? step : need;
  const k = NICE_STEPS[gran].find((s) => s * safeStep >= need) ?? Math.ceil(need / safeStep);
  if (k === 1) return periods.map((p, i) => ({ pos: r2(position(p)), label: full[i] }));

  const perYear = gran === 'month' ? 12 : gran === 'quarter' ? 4 : 0;
  if (perYear && k % perYear === 0) {
    const years = k / perYear;
    const yearStarts = periods.filter((p) => /-(01|Q1)$/.test(p));
    const first = yearStarts.length ? Number(yearStarts[0].slice(0, 4)) : 0;
    const chosen = yearStarts.filter((p) => (Number(p.slice(0, 4)) - first) % years === 0);
    if (chosen.length >= 2 || (chosen.length === 1 && periods.length <= k)) {
      return chosen.map((p) => ({ pos: r2(position(p)), label: p.slice(0, 4) }));
    }
  }
  const ticks: AxisTick[] = [];
  for (let i = 0; i < periods.length; i += k) ticks.push({ pos: r2(position(periods[i])), label: full[i] });
  return ticks;
}

export interface RowBand {
  /** Top of row i's band (its bar is `thickness` tall). */
  y(i: number): number;
  step: number;
  thickness: number;
  /** Space added above the block (half of what the rows leave free), to move titles with it. */
  shift: number;
  /** Bottom of the last row's step: where the axis goes. */
  end: number;
}

/**
 * Horizontal rows spread over [top, bottom]: as many px apart as the space allows but at most
 * `maxStep`, bars `fill` of their step but at most `maxThickness` thick. A few rows on a tall
 * chart get calmer gaps instead of slabs or an empty band below; whatever is still left is split
 * above and below the block so it sits in the middle.
 */
export function distributeRows(top: number, bottom: number, count: number, { maxThickness, maxStep, fill = 0.75 }: { maxThickness: number; maxStep: number; fill?: number }): RowBand {
  const n = Math.max(1, count);
  const avail = Math.max(n, bottom - top);
  const step = Math.max(1, Math.min(maxStep, avail / n));
  const thickness = Math.max(1, Math.min(maxThickness, step * fill));
  const shift = Math.max(0, (avail - step * n) / 2);
  const start = top + shift;
  return { y: (i) => start + i * step + (step - thickness) / 2, step, thickness, shift, end: start + step * n };
}
