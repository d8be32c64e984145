// campaign-reach: one horizontal bar per group (usually a channel and activity type), coloured
// by activity type, for one chosen measure; cost per registration and conversion carry their
// 95 % intervals as whiskers, so a ranking shows which differences the data support. Reach and
// conversion count attendees for socialisation and impressions for promotion: those rows are
// drawn in two blocks, each on its own scale and titled with its unit, never on one axis
// (reach-units.ts). Many rows (a year of ISO weeks has 52 or 53, in two blocks for reach) get
// thinner bars down to a pixel, and then only every k-th row keeps its label and value (k a
// whole number of weeks, 4 or 13…), said in a note; every figure stays in the tooltips and the
// table. Pure layout.
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
import { reachKeyKind } from './reach-keys.ts';
import { campaignReachTitle } from './campaign-reach-title.ts';
import { matchesReachFocus, parseReachFocus, reachFocusKey } from './reach-focus.ts';
import { formatMeasure, isReachMeasure, measureTicks, reachRowLabels, reachRowName, reachRowTooltip } from './reach-measures.ts';
import { type ReachBlock, reachBlocks, type ReachScaleUnit } from './reach-units.ts';

// Bars are at most MAX_BAR px thick and rows at most MAX_STEP px apart.
const MAX_BAR = 44;
const MAX_STEP = 84;
// Labels are never smaller than MIN_FONT px; rows closer than a label's height share labels.
const MIN_FONT = 7;
const LABEL_LEADING = 1.15;
// How many rows one label may stand for: weeks by the month, quarter, half year and year; any
// other rows by round numbers.
const WEEK_STRIDES = [1, 2, 4, 13, 26, 52, 104, 260];
const ROW_STRIDES = [1, 2, 3, 4, 5, 10, 20, 50, 100, 200, 500];

/** Every how many rows a label is written, for rows `step` px apart with labels of `font` px. */
export function labelStride(step: number, font: number, weeks: boolean): number {
  const need = font * LABEL_LEADING;
  if (step >= need) return 1;
  const strides = weeks ? WEEK_STRIDES : ROW_STRIDES;
  return strides.find((k) => k * step >= need) ?? Math.ceil(need / Math.max(step, 0.01));
}

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
  /** Index of the block (scale) the bar belongs to. */
  block: number;
  /** False when rows are too close for every label: this bar's label and value are empty (its figures in the tooltip). */
  labelled: boolean;
}

/** Bars that share one scale: its title (the measure with its unit) and its axis. */
export interface ReachBlockModel {
  /** What the block's reach counts (ATTENDEES, IMPRESSIONS); null when both types count alike. */
  unit: ReachScaleUnit | null;
  measureTitle: TextMark;
  xAxis: AxisModel;
}

export interface CampaignReachModel {
  frame: FrameModel;
  measure: ReachMeasure;
  /** The first block's title and axis (the only ones unless the rows count in two units). */
  measureTitle: TextMark | null;
  xAxis: AxisModel | null;
  /** Every scale of the chart, top to bottom: one, or attendees then impressions. */
  blocks: ReachBlockModel[];
  bars: ReachBarMark[];
  /** Why reach/conversion cannot be compared across activity types, when both are shown. */
  note: TextMark[];
  /** Every how many rows a label is written (1: every row). */
  labelStride: number;
}

function activityName(activity: string | null | undefined, locale: Locale): string | null {
  if (!activity) return null;
  return ACTIVITY_LABELS[locale][activity] ?? activity;
}

/** One block in words, largest first, so a screen reader hears the figures that matter before the long tail. */
function describeBlock(block: ReachBlock, names: string[], measure: ReachMeasure, locale: Locale): string {
  const ranked = [...block.entries].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const shown = ranked.slice(0, 10).map(({ index, value, interval }) => {
    const range = interval ? ` (${formatMeasure(interval.low, measure, locale)}–${interval.high === null ? '…' : formatMeasure(interval.high, measure, locale)})` : '';
    return `${names[index]} ${formatMeasure(value, measure, locale)}${range}`;
  });
  const more = ranked.length > 10 ? ` (+${ranked.length - 10})` : '';
  return `${block.title}: ${shown.join('; ')}${more}.`;
}

function describe(blocks: ReachBlock[], names: string[], measure: ReachMeasure, locale: Locale, note: string | null): string {
  return `${blocks.map((b) => describeBlock(b, names, measure, locale)).join(' ')}${note ? ` ${note}` : ''}`;
}

export function layoutCampaignReach(data: readonly ReachRow[] | null | undefined, options: CampaignReachOptions = {}): CampaignReachModel {
  // Whether the rows leave room for a label each is known only once laid out, and the note that
  // says they do not takes room of its own: a chart that needs it is laid out again with it.
  const first = layout(data, options, false);
  return first.labelStride > 1 ? layout(data, options, true) : first;
}

function layout(data: readonly ReachRow[] | null | undefined, options: CampaignReachOptions, thinned: boolean): CampaignReachModel {
  const opts = resolveOptions(options);
  const { locale, fontSize } = opts;
  const L = labels(locale);
  const measure: ReachMeasure = isReachMeasure(options.measure) ? options.measure : 'reach';
  const rows = [...(data ?? [])];
  const isEmpty = rows.length === 0;
  const names = reachRowLabels(rows, locale);
  const blocks = reachBlocks(rows, measure, locale);
  if (options.sort === 'value') for (const block of blocks) block.entries.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const split = blocks.length > 1;

  const activities = new Set(rows.map((r) => r.activity ?? null));
  const legend: LegendEntry[] = (['SOCIALISATION', 'PROMOTION'] as const)
    .filter((a) => activities.has(a))
    .map((a) => ({ key: a, label: ACTIVITY_LABELS[locale][a], kind: 'rect', color: activityColor(a) }));
  if (activities.has(null) && legend.length) legend.push({ key: 'MIXED', label: L.mixed, kind: 'rect', color: activityColor(null) });

  // Reach counts attendees for socialisation and impressions for promotion: two scales, said
  // so; a group of both (a month, a staff member) has no conversion rate; intervals say which
  // differences are real.
  const inReachUnits = measure === 'reach' || measure === 'conversionRate';
  const notes: string[] = [];
  if (split) notes.push(L.reachSplitNote);
  else if (activities.has('SOCIALISATION') && activities.has('PROMOTION') && inReachUnits) notes.push(L.reachNote);
  if (activities.has(null) && inReachUnits) notes.push(split && measure === 'reach' ? L.mixedSplitNote : L.mixedNote);
  if (blocks.some((b) => b.entries.some((e) => e.interval))) notes.push(L.intervalNote);
  // Rows too close for a label each are said to be (a second pass, see layoutCampaignReach).
  const weeks = reachKeyKind(rows.map((r) => r.key)) === 'week';
  if (thinned) notes.push(L.labelsThinned);
  const noteText = notes.length ? notes.join(' ') : null;

  const { frame, plot } = layoutFrame(
    { chart: 'campaign-reach', defaultTitle: campaignReachTitle(locale, weeks ? 'WEEK' : 'CHANNEL'), desc: isEmpty ? '' : describe(blocks, names, measure, locale, noteText), legend, isEmpty },
    opts,
  );
  const base = { frame, measure, measureTitle: null, xAxis: null, blocks: [], bars: [], note: [], labelStride: 1 };
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
  const axisHeight = Math.round(fontSize * 1.2 + 8);
  const blockGap = split ? Math.round(fontSize * 0.8) : 0;
  const bottom = plot.bottom - noteHeight - (noteHeight ? 4 : 0);
  // Each block gets its title and axis, and a share of the rows' room by its number of rows.
  const fixed = blocks.length * (titleHeight + axisHeight) + (blocks.length - 1) * blockGap;
  const rowRoom = Math.max(0, bottom - plot.top - fixed);
  const totalRows = blocks.reduce((n, b) => n + b.entries.length, 0);
  const per = blocks.map((b) => (rowRoom * b.entries.length) / Math.max(1, totalRows));
  // One row step for every block (the smallest any block can give), so bars read alike.
  const step = Math.min(MAX_STEP, ...per.map((room, i) => room / Math.max(1, blocks[i].entries.length)));
  const rowFont = r2(Math.min(fontSize, Math.max(MIN_FONT, step * 0.8)));
  // Rows closer than a label's height: a label (and value) every `stride` rows of each block.
  const stride = thinned ? Math.max(2, labelStride(step, rowFont, weeks)) : labelStride(step, rowFont, weeks);

  // Labels and the value column are sized over every bar, so the blocks' bars start and end alike.
  const entries = blocks.flatMap((b) => b.entries);
  const labelWidth = Math.min(widestLabel(entries.map((e) => names[e.index]), rowFont), (plot.right - plot.left) * 0.38);
  const left = plot.left + Math.ceil(labelWidth) + 8;
  // The value column is reserved from the widest label; when full figures would take more than
  // a quarter of the width they are written compactly ("Rp1,2 M"), the full figure in the tooltip.
  const maxValueWidth = Math.floor((plot.right - plot.left) * 0.3);
  const fullText = (v: number | null) => formatMeasure(v, measure, locale);
  const compact = widestLabel(entries.map((e) => fullText(e.value)), rowFont) > (plot.right - plot.left) * 0.25;
  const valueText = (v: number | null) => (compact && v !== null ? measureTicks([v], measure, locale)[0] : fullText(v));
  const valueWidth = Math.min(Math.ceil(widestLabel(entries.map((e) => valueText(e.value)), rowFont)), maxValueWidth);
  const right = Math.max(left + 10, plot.right - valueWidth - 6);
  const spacing = Math.max(60, estimateTextWidth('Rp000 jt', fontSize) + 12);
  // `highlight` names one bar (`PROMOTION:YOUTUBE`) or, bare (`YOUTUBE`), every row with that key.
  const focus = parseReachFocus(options.highlight);
  const highlight = focus && rows.some((r) => matchesReachFocus(r, focus)) ? focus : null;

  const bars: ReachBarMark[] = [];
  const blockModels: ReachBlockModel[] = [];
  // A single block is centred in the plot when its rows leave room, as a short list always was.
  let y0 = plot.top;
  if (!split) y0 += Math.max(0, (rowRoom - step * blocks[0].entries.length) / 2);
  blocks.forEach((block, b) => {
    const rowsTop = y0 + titleHeight;
    const rowBand = distributeRows(rowsTop, rowsTop + step * block.entries.length, block.entries.length, { maxThickness: MAX_BAR, maxStep: step, fill: 0.8 });
    const count = tickCount(right - left, spacing);
    // The axis takes in the intervals' upper bounds, but never more than 2.5 times the largest
    // value: one channel with two activities and a vast interval must not flatten every bar.
    const valueMax = max(block.entries, (e) => e.value ?? 0) ?? 0;
    const vMax = Math.max(valueMax, Math.min(valueMax * 2.5, max(block.entries, (e) => e.interval?.high ?? 0) ?? 0));
    const x = scaleLinear().domain([0, vMax > 0 ? vMax : 1]).range([left, right]).nice(count);
    block.entries.forEach(({ row, index, value, interval: ci }, i) => {
      const labelled = i % stride === 0;
      const y = rowBand.y(i);
      const w = value === null ? 0 : Math.max(0, x(value) - left);
      const mid = y + rowBand.thickness / 2 + rowFont * 0.35;
      const name = truncate(names[index], labelWidth, rowFont);
      const shown = truncate(valueText(value), valueWidth, rowFont);
      const activity = row.activity ?? null;
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
      bars.push({
        key: row.key,
        activity,
        focusKey: reachFocusKey(row),
        label: { x: r2(left - 6), y: r2(mid), text: labelled ? name.text : '', full: labelled ? name.full : undefined, anchor: 'end', fontSize: rowFont, fill: INK.text },
        x: r2(left),
        y: r2(y),
        width: r2(w),
        height: r2(rowBand.thickness),
        color: activityColor(activity),
        value,
        valueLabel: labelled
          ? { x: r2(labelX), y: r2(mid), text: shown.text, full: shown.full ?? (compact ? fullText(value) : undefined), fontSize: rowFont, fill: value === null ? INK.muted : INK.text }
          : { x: r2(labelX), y: r2(mid), text: '', fontSize: rowFont, fill: INK.muted },
        // The type once: "YouTube (Promotion)", not the row label's "(Promotion)" a second time.
        tooltip: reachRowTooltip(activity ? reachRowName(row, locale) : names[index], activityName(activity, locale), row, locale),
        highlighted: highlight !== null && matchesReachFocus(row, highlight),
        dimmed: highlight !== null && !matchesReachFocus(row, highlight),
        whisker,
        block: b,
        labelled,
      });
    });
    const title = truncate(block.title, plot.right - plot.left, fontSize);
    blockModels.push({
      unit: block.unit,
      measureTitle: { x: plot.left, y: r2(y0 + fontSize), text: title.text, full: title.full, fontSize, fill: INK.muted },
      xAxis: {
        orient: 'bottom',
        offset: r2(rowBand.end),
        range: [r2(left), r2(right)],
        ticks: linearTicks(x, right - left, (v) => measureTicks(v, measure, locale), spacing),
        gridTo: r2(rowsTop),
        fontSize,
        title: null,
      },
    });
    y0 = rowBand.end + axisHeight + blockGap;
  });
  return { ...base, measureTitle: blockModels[0]?.measureTitle ?? null, xAxis: blockModels[0]?.xAxis ?? null, blocks: blockModels, bars, note, labelStride: stride };
}
