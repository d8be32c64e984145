// membership-trend: active participants over periods, one line per series. Pure layout: data +
// size + locale → positions, path strings, labels and tooltip texts.
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatInteger, formatPercent, formatPeriod, formatSigned, type Locale } from '../i18n/format.ts';
import type { ChartOptions, DataSource, MembershipPoint, MembershipSeries } from './types.ts';
import type { AxisModel, FrameModel, SwatchKind, TextMark } from './model.ts';
import { layoutFrame, resolveOptions, type LegendEntry } from './frame.ts';
import { linearTicks, periodTicks, tickCount, widestLabel } from './axis.ts';
import { compactTicks } from './format-extra.ts';
import { labels, noChangeReason, seriesUnit, SOURCE_LABELS } from './labels.ts';
import { INK, seriesColor } from './palette.ts';
import { Segment } from '../vocabulary/schema-enums.ts';
import { finite, r2 } from './text.ts';
import { type IncompleteCoverage, incompleteOf } from './membership-trend-coverage.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../i18n/period-coverage.ts';

export interface TrendPointMark {
  /** `<seriesKey>|<period>`: what the browser wrapper focuses or highlights. */
  key: string;
  period: string;
  x: number;
  y: number;
  value: number;
  shape: SwatchKind;
  tooltip: string;
  /**
   * Reported by fewer branches than the latest complete period (common/coverage/period-coverage.ts):
   * drawn apart, off the line, so that a partial sum does not read as a fall.
   */
  incomplete: boolean;
}

export interface TrendSeriesMark {
  key: string;
  label: string;
  color: string;
  /** The line through the complete points only. */
  path: string;
  points: TrendPointMark[];
}

export interface MembershipTrendModel {
  frame: FrameModel;
  xAxis: AxisModel | null;
  yAxis: AxisModel | null;
  series: TrendSeriesMark[];
  markerRadius: number;
}

// Filled markers for real figures, hollow for generated ones, so the study's numbers are never
// mistaken for demo data, in colour or in greyscale print.
const SOURCE_SHAPES: Record<DataSource, SwatchKind> = {
  STUDY: 'circle',
  SYNTHETIC: 'hollow-circle',
  IMPORTED: 'square',
  MIXED: 'hollow-square',
};

// Segments keep their colour when the user toggles others off (PU stays blue, BPU orange).
const SEGMENT_ORDER: readonly string[] = Object.values(Segment);

function colorIndexes(series: readonly MembershipSeries[]): number[] {
  if (series.some((s) => s.program)) return series.map((_, i) => i);
  return series.map((s, i) => (SEGMENT_ORDER.includes(s.segment) ? SEGMENT_ORDER.indexOf(s.segment) : SEGMENT_ORDER.length + i));
}

export function seriesKey(series: MembershipSeries): string {
  return series.program ? `${series.segment}:${series.program}` : series.segment;
}

export function seriesLabel(series: MembershipSeries): string {
  return series.program ? `${series.segment} · ${series.program}` : series.segment;
}

/** Whether the point stands for a period whose last month has no data yet (e.g. a year as of June). */
function isPartial(period: string, asOf: string | null | undefined): boolean {
  if (!asOf || asOf === period) return false;
  const month = Number(asOf.slice(5, 7));
  if (/^\d{4}$/.test(period)) return month !== 12;
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  return q ? month !== Number(q[1]) * 3 : false;
}

export function pointTooltip(label: string, point: MembershipPoint, locale: Locale, incomplete?: IncompleteCoverage): string {
  const L = labels(locale);
  const parts = [`${label} · ${formatPeriod(point.period, locale)}`, `${L.activeParticipants}: ${formatInteger(point.activeParticipants, locale)}`];
  const change = finite(point.change);
  if (change !== null) parts.push(`${L.change}: ${formatSigned(change, locale)} (${formatPercent(finite(point.changePct), locale)})`);
  else if (noChangeReason(point.changeUnavailable, locale)) parts.push(noChangeReason(point.changeUnavailable, locale)!);
  if (isPartial(point.period, point.asOf)) parts.push(`${L.asOf} ${formatPeriod(point.asOf!, locale)}`);
  if (point.source) parts.push(SOURCE_LABELS[locale][point.source] ?? point.source);
  // A study year-end is a STUDY stock whose flows are synthetic: say where the flows came from.
  if (point.flowSource && point.flowSource !== point.source) parts.push(`${L.flowSource}: ${SOURCE_LABELS[locale][point.flowSource] ?? point.flowSource}`);
  if (point.flowsIncomplete) parts.push(L.flowsIncomplete);
  if (incomplete) parts.push(COVERAGE_TEXTS[locale].incompletePoint(formatInteger(incomplete.reporting, locale), formatInteger(incomplete.of, locale)));
  else if ((point.reportingBranches ?? 0) > 1) parts.push(`${L.reportingBranches}: ${formatInteger(point.reportingBranches!, locale)}`);
  return parts.join(' — ');
}

function describe(series: MembershipSeries[], periods: string[], locale: Locale): string {
  const L = labels(locale);
  const range = periods.length > 1 ? `${formatPeriod(periods[0], locale)}–${formatPeriod(periods[periods.length - 1], locale)}` : formatPeriod(periods[0], locale);
  const C = COVERAGE_TEXTS[locale];
  const lines = series.slice(0, 8).map((s) => {
    const first = s.points[0];
    // The latest complete value with its change on the period before, as the dashboard's KPI
    // cards say; incomplete later periods named with their branches, not as the latest value.
    const incomplete = incompleteOf(s.points);
    const complete = s.points.filter((p) => !incomplete.has(p.period));
    const last = complete[complete.length - 1];
    const fmt = (p: MembershipPoint) => `${formatInteger(p.activeParticipants, locale)} (${formatPeriod(p.period, locale)})`;
    const change = finite(last.changePct);
    const latest = change === null ? fmt(last) : `${fmt(last)}, ${L.change.toLowerCase()} ${change > 0 ? '+' : ''}${formatPercent(change, locale)}`;
    const later = [...incomplete].map(([period, c]) => C.incompletePeriod(formatPeriod(period, locale), formatInteger(c.reporting, locale), formatInteger(c.of, locale)));
    const tail = later.length ? ` (${C.incompleteLead.toLowerCase()}: ${later.join(', ')})` : '';
    return first === last ? `${seriesLabel(s)}: ${latest}${tail}` : `${seriesLabel(s)}: ${fmt(first)} → ${latest}${tail}`;
  });
  const more = series.length > 8 ? ` (+${series.length - 8})` : '';
  const sources = [...new Set(series.flatMap((s) => s.points.map((p) => p.source)).filter(Boolean))] as DataSource[];
  const sourceText = sources.length ? ` ${L.source}: ${sources.map((s) => SOURCE_LABELS[locale][s] ?? s).join(', ')}.` : '';
  const what = series.some((s) => seriesUnit(s) === 'ENROLMENTS') ? L.enrolments : L.activeParticipants;
  return `${what}, ${range}. ${lines.join('; ')}${more}.${sourceText}`;
}

export function layoutMembershipTrend(data: readonly MembershipSeries[] | null | undefined, options: ChartOptions = {}): MembershipTrendModel {
  const opts = resolveOptions(options);
  const { locale, fontSize } = opts;
  const L = labels(locale);
  // Points with a non-finite value cannot be placed; drop them rather than emit NaN.
  const series = (data ?? [])
    .map((s) => ({ ...s, points: s.points.filter((p) => Number.isFinite(p.activeParticipants)).slice().sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)) }))
    .filter((s) => s.points.length > 0);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const isEmpty = periods.length === 0;

  const colors = colorIndexes(series).map(seriesColor);
  const incomplete = series.map((s) => incompleteOf(s.points));
  const anyIncomplete = incomplete.some((m) => m.size > 0);
  const sources = new Set(series.flatMap((s) => s.points.map((p) => p.source).filter((x): x is DataSource => !!x && x in SOURCE_SHAPES)));
  const legend: LegendEntry[] = [
    ...series.map((s, i) => ({ key: seriesKey(s), label: seriesLabel(s), kind: 'line' as const, color: colors[i] })),
    ...(['STUDY', 'IMPORTED', 'SYNTHETIC', 'MIXED'] as DataSource[])
      .filter((s) => sources.has(s))
      .map((s) => ({ key: `source:${s}`, label: SOURCE_LABELS[locale][s], kind: SOURCE_SHAPES[s], color: INK.muted })),
    ...(anyIncomplete ? [{ key: 'incomplete', label: COVERAGE_TEXTS[locale].incompleteLegend, kind: 'dashed-rect' as const, color: INK.muted }] : []),
  ];
  const { frame, plot } = layoutFrame(
    { chart: 'membership-trend', defaultTitle: L.membershipTitle, desc: isEmpty ? '' : describe(series, periods, locale), legend, isEmpty },
    opts,
  );
  if (isEmpty) return { frame, xAxis: null, yAxis: null, series: [], markerRadius: 0 };

  // Y axis title sits above the axis, horizontal, so nothing needs rotating or measuring.
  const axisTitleHeight = Math.round(fontSize * 2);
  const top = plot.top + axisTitleHeight;
  const bottom = plot.bottom - Math.round(fontSize * 1.2 + 8);
  const yMax = max(series, (s) => max(s.points, (p) => p.activeParticipants)) ?? 0;
  const count = tickCount(bottom - top, 40);
  const y = scaleLinear().domain([0, yMax > 0 ? yMax : 1]).range([bottom, top]).nice(count);
  const tickWidth = widestLabel(compactTicks(y.ticks(count), locale), fontSize);
  const left = plot.left + Math.ceil(tickWidth) + 8;
  const lastLabel = widestLabel([formatPeriod(periods[periods.length - 1], locale, true)], fontSize);
  const right = plot.right - Math.min(Math.ceil(lastLabel / 4), 24);
  const x = scalePoint<string>().domain(periods).range([left, right]).padding(0.5);
  const px = (p: string) => x(p) ?? left;

  const yAxis: AxisModel = {
    orient: 'left',
    offset: left,
    range: [r2(bottom), r2(top)],
    ticks: linearTicks(y, bottom - top, (v) => compactTicks(v, locale), 40),
    gridTo: r2(right),
    fontSize,
    title: { x: plot.left, y: r2(plot.top + fontSize), text: series.some((s) => seriesUnit(s) === 'ENROLMENTS') ? L.enrolments : L.activeParticipants, fontSize, fill: INK.muted } satisfies TextMark,
  };
  const xAxis: AxisModel = {
    orient: 'bottom',
    offset: r2(bottom),
    range: [r2(left), r2(right)],
    ticks: periodTicks(periods, px, x.step(), fontSize, locale),
    gridTo: null,
    fontSize,
    title: null,
  };

  const markerRadius = r2(Math.min(4, Math.max(1.5, x.step() * 0.3)));
  const path = line<TrendPointMark>().x((d) => d.x).y((d) => d.y).digits(2);
  const marks: TrendSeriesMark[] = series.map((s, i) => {
    const key = seriesKey(s);
    const label = seriesLabel(s);
    const points: TrendPointMark[] = s.points.map((p) => ({
      key: `${key}|${p.period}`,
      period: p.period,
      x: r2(px(p.period)),
      y: r2(y(p.activeParticipants)),
      value: p.activeParticipants,
      shape: (p.source && SOURCE_SHAPES[p.source]) || 'circle',
      tooltip: pointTooltip(label, p, locale, incomplete[i].get(p.period)),
      incomplete: incomplete[i].has(p.period),
    }));
    // Incomplete points are the last ones (the rule walks back from the latest): the line stops
    // at the latest complete one, so no segment draws a fall that is only missing branches.
    return { key, label, color: colors[i], path: path(points.filter((p) => !p.incomplete)) ?? '', points };
  });
  return { frame, xAxis, yAxis, series: marks, markerRadius };
}
