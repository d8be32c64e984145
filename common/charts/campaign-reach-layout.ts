// campaign-reach: one horizontal bar per group (usually a channel and activity type), coloured
// by activity type, for one chosen measure; cost per registration and conversion carry their
// 95 % intervals as whiskers, so a ranking shows which differences the data support. Pure layout.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Locale } from '../i18n/format.ts';
import type { CampaignReachOptions, ReachMeasure, ReachRow } from './types.ts';
import type { AxisModel, FrameModel, TextMark } from './model.ts';
import { layoutFrame, resolveOptions, type LegendEntry } from './frame.ts';
import { distributeRows, linearTicks, tickCount, widestLabel } from './axis.ts';
import { ACTIVITY_LABELS, labels } from './labels.ts';
import { activityColor, INK } from './palette.ts';
import { estimateTextWidth, r2, truncate, wrapText } from './text.ts';
import { reachKeyLabel } from './reach-keys.ts';
import { matchesReachFocus, parseReachFocus, reachFocusKey } from './reach-focus.ts';
import { formatMeasure, isReachMeasure, measureInterval, measureLabel, measureTicks, measureValue, reachRowLabels, reachRowTooltip } from './reach-measures.ts';

// Bars are at most MAX_BAR px thick and rows at most MAX_STEP px apart.
const MAX_BAR = 44;
const MAX_STEP = 84;

export interface ReachBarMark {
  key: string;
  activity: string | null;
  /** The bar's focus key, one channel of one activity type (`PROMOTION:YOUTUBE`, reach-focus.ts): its data-key. */
  focusKey: string;
  label: TextMark;
  /** Bar rectangle; width 0 when the value is undefined (null). */
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  value: number | null;
  valueLabel: TextMark;
  tooltip: string;
  highlighted: boolean;
  dimmed: boolean;
  /** The 95 % interval as a horizontal whisker; `open` when it runs past the axis (or has no upper bound). */
  whisker: { x1: number; x2: number; y: number; cap: number; open: boolean } | null;
}

export interface CampaignReachModel {
  frame: FrameModel;
  measure: ReachMeasure;
  measureTitle: TextMark | null;
  xAxis: AxisModel | null;
  bars: ReachBarMark[];
  /** Why reach/conversion cannot be compared across activity types, when both are shown. */
  note: TextMark[];
}

function activityName(activity: string | null | undefined, locale: Locale): string | null {
  if (!activity) return null;
  return ACTIVITY_LABELS[locale][activity] ?? activity;
}

function describe(rows: ReachRow[], measure: ReachMeasure, locale: Locale, note: string | null): string {
  // Largest first, so a screen reader hears the figures that matter before the long tail.
  const names = reachRowLabels(rows, locale);
  const ranked = rows.map((r, i) => ({ r, name: names[i] })).sort((a, b) => (measureValue(b.r, measure) ?? -1) - (measureValue(a.r, measure) ?? -1));
  const shown = ranked.slice(0, 10).map(({ r, name }) => {
    const ci = measureInterval(r, measure);
    const range = ci ? ` (${formatMeasure(ci.low, measure, locale)}–${ci.high === null ? '…' : formatMeasure(ci.high, measure, locale)})` : '';
    return `${name} ${formatMeasure(measureValue(r, measure), measure, locale)}${range}`;
  });
  const more = rows.length > 10 ? ` (+${rows.length - 10})` : '';
  return `${measureLabel(measure, locale)}: ${shown.join('; ')}${more}.${note ? ` ${note}` : ''}`;
}

export function layoutCampaignReach(data: readonly ReachRow[] | null | undefined, options: CampaignReachOptions = {}): CampaignReachModel {
  const opts = resolveOptions(options);
  const { locale, fontSize } = opts;
  const L = labels(locale);
  const measure: ReachMeasure = isReachMeasure(options.measure) ? options.measure : 'reach';
  let rows = [...(data ?? [])];
  if (options.sort === 'value') {
    rows.sort((a, b) => (measureValue(b, measure) ?? -1) - (measureValue(a, measure) ?? -1));
  }
  const isEmpty = rows.length === 0;

  const activities = new Set(rows.map((r) => r.activity ?? null));
  const legend: LegendEntry[] = (['SOCIALISATION', 'PROMOTION'] as const)
    .filter((a) => activities.has(a))
    .map((a) => ({ key: a, label: ACTIVITY_LABELS[locale][a], kind: 'rect', color: activityColor(a) }));
  if (activities.has(null) && legend.length) legend.push({ key: 'MIXED', label: L.mixed, kind: 'rect', color: activityColor(null) });

  // Reach counts attendees for socialisation and impressions for promotion; a group of both
  // (a month, a staff member) has no conversion rate; intervals say which differences are real.
  const mixedTypes = activities.has('SOCIALISATION') && activities.has('PROMOTION');
  const notes: string[] = [];
  if (mixedTypes && (measure === 'reach' || measure === 'conversionRate')) notes.push(L.reachNote);
  if (activities.has(null) && (measure === 'reach' || measure === 'conversionRate')) notes.push(L.mixedNote);
  if (rows.some((r) => measureInterval(r, measure))) notes.push(L.intervalNote);
  const noteText = notes.length ? notes.join(' ') : null;

  const { frame, plot } = layoutFrame(
    { chart: 'campaign-reach', defaultTitle: L.campaignReachTitle, desc: isEmpty ? '' : describe(rows, measure, locale, noteText), legend, isEmpty },
    opts,
  );
  const base = { frame, measure, measureTitle: null, xAxis: null, bars: [], note: [] };
  if (isEmpty) return base;

  // The note is wrapped within the drawable width and takes the lines it needs (three or four
  // on a phone), up to a third of the plot; only beyond that is it shortened, with the full
  // text as a <title> and in <desc>.
  const noteSize = fontSize - 1;
  const noteLineHeight = Math.round(noteSize * 1.4);
  const noteRoom = Math.max(2, Math.floor((plot.bottom - plot.top) / 3 / noteLineHeight));
  const noteLines = noteText ? wrapText(noteText, plot.right - plot.left, noteSize, noteRoom) : [];
  const noteCut = noteText !== null && wrapText(noteText, plot.right - plot.left, noteSize).length > noteLines.length;
  const noteHeight = noteLines.length * noteLineHeight;
  const note: TextMark[] = noteLines.map((text, i) => ({
    x: plot.left,
    y: r2(plot.bottom - noteHeight + (i + 1) * noteLineHeight - noteSize * 0.3),
    text,
    full: noteCut && i === noteLines.length - 1 ? noteText! : undefined,
    fontSize: noteSize,
    fill: INK.muted,
  }));

  const titleHeight = Math.round(fontSize * 1.8);
  const bottom = plot.bottom - noteHeight - (noteHeight ? 4 : 0) - Math.round(fontSize * 1.2 + 8);
  // Rows spread over the height, bars at most MAX_BAR thick; a short list is centred (with its
  // measure title) rather than leaving an empty band at the bottom.
  const rowBand = distributeRows(plot.top + titleHeight, bottom, rows.length, { maxThickness: MAX_BAR, maxStep: MAX_STEP, fill: 0.8 });
  const blockTop = plot.top + rowBand.shift;
  const top = blockTop + titleHeight;
  // Many rows on a short chart: shrink the row labels with the bars rather than overlap them.
  const rowFont = r2(Math.min(fontSize, Math.max(7, rowBand.step * 0.8)));

  const names = reachRowLabels(rows, locale);
  const values = rows.map((r) => measureValue(r, measure));
  const labelWidth = Math.min(widestLabel(names, rowFont), (plot.right - plot.left) * 0.38);
  const left = plot.left + Math.ceil(labelWidth) + 8;
  // The value column is reserved from the widest label; when full figures would take more than
  // a quarter of the width they are written compactly ("Rp1,2 M"), the full figure in the tooltip.
  const maxValueWidth = Math.floor((plot.right - plot.left) * 0.3);
  const fullTexts = values.map((v) => formatMeasure(v, measure, locale));
  const compact = widestLabel(fullTexts, rowFont) > (plot.right - plot.left) * 0.25;
  const valueTexts = compact ? values.map((v, i) => (v === null ? fullTexts[i] : measureTicks([v], measure, locale)[0])) : fullTexts;
  const valueWidth = Math.min(Math.ceil(widestLabel(valueTexts, rowFont)), maxValueWidth);
  const right = Math.max(left + 10, plot.right - valueWidth - 6);

  const count = tickCount(right - left, Math.max(60, estimateTextWidth('Rp000 jt', fontSize) + 12));
  const intervals = rows.map((r) => measureInterval(r, measure));
  // The axis takes in the intervals' upper bounds, but never more than 2.5 times the largest
  // value: one channel with two activities and a vast interval must not flatten every bar.
  const valueMax = max(values, (v) => v ?? 0) ?? 0;
  const vMax = Math.max(valueMax, Math.min(valueMax * 2.5, max(intervals, (ci) => ci?.high ?? 0) ?? 0));
  const x = scaleLinear().domain([0, vMax > 0 ? vMax : 1]).range([left, right]).nice(count);
  // `highlight` names one bar (`PROMOTION:YOUTUBE`) or, bare (`YOUTUBE`), every row with that key.
  const focus = parseReachFocus(options.highlight);
  const highlight = focus && rows.some((r) => matchesReachFocus(r, focus)) ? focus : null;

  const bars: ReachBarMark[] = rows.map((row, i) => {
    const y = rowBand.y(i);
    const value = values[i];
    const w = value === null ? 0 : Math.max(0, x(value) - left);
    const mid = y + rowBand.thickness / 2 + rowFont * 0.35;
    const name = truncate(names[i], labelWidth, rowFont);
    const valueText = truncate(valueTexts[i], valueWidth, rowFont);
    const activity = row.activity ?? null;
    const ci = intervals[i];
    const axisEnd = x.range()[1];
    const whisker = ci
      ? {
          x1: r2(x(Math.max(0, ci.low))),
          x2: r2(ci.high === null ? axisEnd : Math.min(axisEnd, x(ci.high))),
          y: r2(y + rowBand.thickness / 2),
          cap: r2(Math.min(6, rowBand.thickness / 2)),
          open: ci.high === null || x(ci.high) > axisEnd,
        }
      : null;
    // The value label sits after the bar, or after the whisker when that reaches further.
    const labelX = Math.max(left + w, whisker ? whisker.x2 : 0) + 4;
    return {
      key: row.key,
      activity,
      focusKey: reachFocusKey(row),
      label: { x: r2(left - 6), y: r2(mid), text: name.text, full: name.full, anchor: 'end', fontSize: rowFont, fill: INK.text },
      x: r2(left),
      y: r2(y),
      width: r2(w),
      height: r2(rowBand.thickness),
      color: activityColor(activity),
      value,
      valueLabel: { x: r2(labelX), y: r2(mid), text: valueText.text, full: valueText.full ?? (compact ? fullTexts[i] : undefined), fontSize: rowFont, fill: value === null ? INK.muted : INK.text },
      // The type once: "YouTube (Promotion)", not the row label's "(Promotion)" a second time.
      tooltip: reachRowTooltip(activity ? reachKeyLabel(row.key, locale) : names[i], activityName(activity, locale), row, locale),
      highlighted: highlight !== null && matchesReachFocus(row, highlight),
      dimmed: highlight !== null && !matchesReachFocus(row, highlight),
      whisker,
    };
  });

  const xAxis: AxisModel = {
    orient: 'bottom',
    offset: r2(rowBand.end),
    range: [r2(left), r2(right)],
    ticks: linearTicks(x, right - left, (v) => measureTicks(v, measure, locale), Math.max(60, estimateTextWidth('Rp000 jt', fontSize) + 12)),
    gridTo: r2(top),
    fontSize,
    title: null,
  };
  const title = truncate(measureLabel(measure, locale), plot.right - plot.left, fontSize);
  const measureTitle: TextMark = { x: plot.left, y: r2(blockTop + fontSize), text: title.text, full: title.full, fontSize, fill: INK.muted };
  return { ...base, measureTitle, xAxis, bars, note };
}
