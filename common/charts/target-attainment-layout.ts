// target-attainment: one bullet bar per group on a percent-of-target scale. The grey track is
// the target (0–100 %), the solid bar the realisation, a dashed box the run-rate projection to
// year end with its 95 % interval as a whisker. A percent scale keeps small groups (a staff
// member's 200) readable next to large ones (a program's 45.000); the absolute figures are in
// the labels, tooltips and table, in their unit (program enrolments or persons). A group with
// no data yet says so instead of drawing 0 %; a group only some of whose targets have data is
// drawn lighter against the targets with data and labelled "data belum lengkap" / "incomplete
// data", so a missing branch or program never reads as a low attainment. More rows than fit
// readably (every branch of the nation) are drawn as a ranking, the groups furthest ahead and
// behind around one summary line (attainment-ranking.ts); the table keeps every row.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatInteger, formatPercent, type Locale } from '../i18n/format.ts';
import type { AttainmentRow, ChartOptions } from './types.ts';
import type { AxisModel, FrameModel, TextMark } from './model.ts';
import { layoutFrame, resolveOptions, type LegendEntry } from './frame.ts';
import { distributeRows, linearTicks, tickCount, widestLabel } from './axis.ts';
import { percentTicks } from './format-extra.ts';
import { labels } from './labels.ts';
import { INK, OKABE_ITO } from './palette.ts';
import { estimateTextWidth, finite, r2, truncate } from './text.ts';
import { asOfText, hasNoData, hasPartialData, measuredTarget, partialCounts, partialText, reportingText, rowsUnit, unitWord } from './target-attainment-words.ts';
import { type AttainmentGap, attainmentOf, selectAttainmentRows, type ShownAttainmentRow } from './attainment-ranking.ts';

export interface AttainmentBarMark {
  key: string;
  label: TextMark;
  /** Target track, 0 to 100 %. */
  track: { x: number; y: number; width: number; height: number };
  /** Realised bar (width 0 when the target is 0 and attainment is undefined). */
  bar: { x: number; y: number; width: number; height: number };
  /** Only some of the row's targets have data: the bar is against those, drawn lighter. */
  partial: boolean;
  /** Dashed box from the realised to the projected attainment; null without a projection. */
  projection: {
    x: number;
    y: number;
    width: number;
    height: number;
    tickX: number;
    /** The 95 % interval of the projection as a whisker across the row; null without one. */
    interval: { x1: number; x2: number; y: number; capHeight: number } | null;
  } | null;
  /** True when the value runs past the drawn scale (the label still gives the real figure). */
  clipped: boolean;
  valueLabel: TextMark;
  tooltip: string;
}

/** The line that stands for the rows a ranked chart leaves out, between its two ends. */
export interface AttainmentGapMark {
  text: TextMark;
  /** The whole sentence (the line may be shortened), for the tooltip and keyboard walk. */
  tooltip: string;
  /** A white band behind the sentence, so gridlines and the 100 % line do not run through it. */
  backing: { x: number; y: number; width: number; height: number };
  /** Rows drawn at each end, and rows in the data. */
  each: number;
  total: number;
}

export interface TargetAttainmentModel {
  frame: FrameModel;
  axisTitle: TextMark | null;
  /** Set when the chart draws only the two ends of the ranking (more rows than fit). */
  gap: AttainmentGapMark | null;
  xAxis: AxisModel | null;
  /** The 100 % line: target reached. */
  reference: { x: number; y1: number; y2: number; label: TextMark | null } | null;
  bars: AttainmentBarMark[];
  colors: { track: string; bar: string; partial: string; projection: string; reference: string };
}

const COLORS = { track: INK.track, bar: OKABE_ITO.blue, partial: OKABE_ITO.skyBlue, projection: OKABE_ITO.blue, reference: INK.text };
// Beyond this the scale stops growing, so one runaway group does not flatten all others.
const MAX_PCT = 250;
// Bars (the target track) are at most MAX_BAR px thick and rows at most MAX_STEP px apart.
const MAX_BAR = 40;
const MAX_STEP = 84;
// Rows closer than this (in font sizes) are unreadable: beyond it the chart becomes a ranking.
const MIN_STEP_EM = 1.5;

const pctOf = (value: number | null, target: number) => (value === null || !(target > 0) ? null : (value / target) * 100);

/** "85.000–95.000": the projection's 95 % interval, null without one. */
function intervalText(row: AttainmentRow, locale: Locale): string | null {
  const low = finite(row.projectedLow);
  const high = finite(row.projectedHigh);
  return low === null || high === null ? null : `${formatInteger(low, locale)}–${formatInteger(high, locale)}`;
}

export function attainmentTooltip(row: AttainmentRow, locale: Locale): string {
  const L = labels(locale);
  const unit = unitWord(row.unit, locale);
  const partial = partialText(row, locale);
  const parts = [
    row.label || row.key,
    `${L.realised}: ${formatInteger(row.realised, locale)} / ${L.target}: ${formatInteger(row.target, locale)}${unit ? ` (${unit})` : ''}`,
    hasNoData(row)
      ? `${L.attainment}: ${L.attainmentNoData}`
      : partial
        ? `${partial} — ${L.attainmentOverData} (${formatInteger(measuredTarget(row), locale)}): ${formatPercent(attainmentOf(row), locale)}`
        : `${L.attainment}: ${formatPercent(attainmentOf(row), locale)}`,
  ];
  const gap = finite(row.gap);
  if (gap !== null && gap > 0 && !hasNoData(row)) parts.push(`${L.gap}: ${formatInteger(gap, locale)}`);
  const projected = finite(row.projectedRealised);
  if (projected !== null) {
    const interval = intervalText(row, locale);
    const pct = formatPercent(finite(row.projectedAttainmentPct), locale);
    parts.push(`${L.projected}: ${formatInteger(projected, locale)} (${pct}${interval ? `; ${L.interval95}: ${interval}` : ''})`);
  }
  const asOf = asOfText(row, locale);
  if (asOf) parts.push(`${L.asOf} ${asOf}`);
  const reporting = reportingText(row, locale);
  if (reporting) parts.push(reporting);
  return parts.join(' — ');
}

/** "… 123 lainnya di antaranya, capaian 61,20%–95,31%; 3 belum ada data · peringkat lengkap di tabel". */
function gapText(gap: AttainmentGap, locale: Locale): string {
  const L = labels(locale);
  const parts = [
    gap.hidden > 0 ? L.attainmentRankedGap(formatInteger(gap.hidden, locale), formatPercent(gap.low, locale), formatPercent(gap.high, locale)) : null,
    gap.unranked > 0 ? L.attainmentRankedNoData(formatInteger(gap.unranked, locale)) : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join('; ')} · ${L.attainmentRankedPointer}`;
}

/** A row's name on the chart: with its rank when the chart is a ranking ("12. Kantor Cabang Madiun"). */
const shownName = ({ row, rank }: ShownAttainmentRow) => (rank === null ? row.label || row.key : `${rank}. ${row.label || row.key}`);

function describe(rows: AttainmentRow[], locale: Locale, ranked: { shown: ShownAttainmentRow[]; gap: AttainmentGap } | null): string {
  const L = labels(locale);
  // A ranking is described as drawn: its two ends with their ranks, and the line between.
  const listed: ShownAttainmentRow[] = ranked ? ranked.shown : rows.slice(0, 10).map((row) => ({ row, rank: null }));
  const shown = listed
    .map(({ row: r, rank }) => ({ r, name: shownName({ row: r, rank }) }))
    .map(({ r, name }) =>
      hasNoData(r)
        ? `${name} ${L.attainmentNoData} (${L.target} ${formatInteger(r.target, locale)})`
        : hasPartialData(r)
          ? `${name} ${L.attainmentPartial}: ${formatPercent(attainmentOf(r), locale)} (${formatInteger(r.realised, locale)}/${formatInteger(measuredTarget(r), locale)}; ${partialCounts(r, locale)})`
          : `${name} ${formatPercent(attainmentOf(r), locale)} (${formatInteger(r.realised, locale)}/${formatInteger(r.target, locale)})`,
    );
  if (ranked) shown.splice(ranked.gap.at, 0, gapText(ranked.gap, locale));
  const withAsOf = rows.find((r) => r.asOf);
  const asOf = withAsOf ? asOfText(withAsOf, locale) : null;
  const unit = unitWord(rowsUnit(rows), locale);
  const more = !ranked && rows.length > 10 ? ` (+${rows.length - 10})` : '';
  const ends = ranked ? `, ${L.attainmentRankedEnds(formatInteger(ranked.gap.each, locale), formatInteger(ranked.gap.total, locale))}` : '';
  return `${L.attainment} (${L.realised}/${L.target}${unit ? `, ${unit}` : ''}${ends}): ${shown.join('; ')}${more}.${asOf ? ` ${L.asOf} ${asOf}.` : ''}`;
}

export function layoutTargetAttainment(data: readonly AttainmentRow[] | null | undefined, options: ChartOptions = {}): TargetAttainmentModel {
  const opts = resolveOptions(options);
  const { locale, fontSize } = opts;
  const L = labels(locale);
  const rows = [...(data ?? [])];
  const isEmpty = rows.length === 0;
  const hasProjection = rows.some((r) => finite(r.projectedAttainmentPct) !== null);
  const hasInterval = rows.some((r) => intervalText(r, locale) !== null);
  const projectedLabel = hasInterval ? `${L.projected} (${L.interval95})` : L.projected;
  const hasPartial = rows.some(hasPartialData);
  const legend: LegendEntry[] = [
    { key: 'target', label: `${L.target} (100%)`, kind: 'rect', color: COLORS.track },
    { key: 'realised', label: L.realised, kind: 'rect', color: COLORS.bar },
    ...(hasPartial ? [{ key: 'partial', label: L.attainmentPartialLegend, kind: 'rect' as const, color: COLORS.partial }] : []),
    ...(hasProjection ? [{ key: 'projected', label: projectedLabel, kind: 'dashed-rect' as const, color: COLORS.projection }] : []),
  ];
  const frameInput = { chart: 'target-attainment', defaultTitle: L.attainmentTitle, desc: isEmpty ? '' : describe(rows, locale, null), legend, isEmpty };
  const laid = layoutFrame(frameInput, opts);
  const { plot } = laid;
  if (isEmpty) return { frame: laid.frame, axisTitle: null, gap: null, xAxis: null, reference: null, bars: [], colors: COLORS };

  // As many rows as fit at a readable spacing; beyond that the two ends of the ranking around
  // one summary line (which takes a row's place), with the ranking in the description as well.
  const titleHeight = Math.round(fontSize * 1.8);
  const axisHeight = Math.round(fontSize * 1.2 + 8);
  const rowsTop = plot.top + titleHeight;
  const rowsBottom = plot.bottom - axisHeight;
  const selection = selectAttainmentRows(rows, Math.floor((rowsBottom - rowsTop) / (fontSize * MIN_STEP_EM)));
  const { shown, gap } = selection;
  const frame = gap ? layoutFrame({ ...frameInput, desc: describe(rows, locale, { shown, gap }) }, opts).frame : laid.frame;
  const base = { frame, axisTitle: null, gap: null, xAxis: null, reference: null, bars: [], colors: COLORS };
  const drawn = shown.map((s) => s.row);
  // The row slot of each drawn row: the summary line takes the slot at gap.at.
  const slotOf = (i: number) => (gap && i >= gap.at ? i + 1 : i);

  // Rows spread over the height (bars at most MAX_BAR thick), the block centred when even the
  // widest spacing leaves room, so five programs on a tall chart do not leave an empty band.
  const rowBand = distributeRows(rowsTop, rowsBottom, drawn.length + (gap ? 1 : 0), { maxThickness: MAX_BAR, maxStep: MAX_STEP });
  const blockTop = plot.top + rowBand.shift;
  const top = blockTop + titleHeight;
  const rowFont = r2(Math.min(fontSize, Math.max(7, rowBand.step * 0.8)));

  const plotWidth = plot.right - plot.left;
  const names = shown.map(shownName);
  const labelWidth = Math.min(widestLabel(names, rowFont), plotWidth * 0.3);
  const left = plot.left + Math.ceil(labelWidth) + 8;
  // The value column is reserved from the estimated width of the longest (bold) label. The
  // realised/target figures join the percentage when the bars still keep half the width.
  // A PARTIAL_DATA row says so before its figure, which is over the targets with data.
  const percents = drawn.map((r) =>
    hasNoData(r) ? L.attainmentNoData : hasPartialData(r) ? `${L.attainmentPartial}: ${formatPercent(attainmentOf(r), locale)}` : formatPercent(attainmentOf(r), locale),
  );
  const withFigures = drawn.map((r, i) => (hasNoData(r) ? percents[i] : `${percents[i]} · ${formatInteger(r.realised, locale)}/${formatInteger(measuredTarget(r), locale)}`));
  const maxValueWidth = Math.floor(plotWidth * 0.35);
  const figuresWidth = Math.ceil(widestLabel(withFigures, rowFont, true));
  const figuresFit = figuresWidth <= maxValueWidth && plot.right - left - figuresWidth - 6 >= plotWidth * 0.5;
  const valueTexts = figuresFit ? withFigures : percents;
  const valueWidth = Math.min(Math.ceil(widestLabel(valueTexts, rowFont, true)), maxValueWidth);
  const right = Math.max(left + 10, plot.right - valueWidth - 6);

  const highPct = (r: AttainmentRow) => pctOf(finite(r.projectedHigh), measuredTarget(r)) ?? 0;
  const highest = max(drawn, (r) => Math.max(attainmentOf(r) ?? 0, finite(r.projectedAttainmentPct) ?? 0, highPct(r))) ?? 0;
  const spacing = 50;
  const x = scaleLinear().domain([0, Math.min(MAX_PCT, Math.max(100, highest))]).range([left, right]).nice(tickCount(right - left, spacing));
  const [, domainMax] = x.domain();
  const px = (pct: number) => x(Math.min(domainMax, Math.max(0, pct)));

  const bars: AttainmentBarMark[] = drawn.map((row, i) => {
    const y = rowBand.y(slotOf(i));
    const h = rowBand.thickness;
    const value = truncate(valueTexts[i], valueWidth, rowFont, true);
    const att = attainmentOf(row);
    const proj = finite(row.projectedAttainmentPct);
    const barX = att === null ? left : px(att);
    const name = truncate(names[i], labelWidth, rowFont);
    const low = pctOf(finite(row.projectedLow), measuredTarget(row));
    const high = pctOf(finite(row.projectedHigh), measuredTarget(row));
    const projection =
      proj === null
        ? null
        : {
            x: r2(Math.min(barX, px(proj))),
            y: r2(y + h * 0.2),
            width: r2(Math.abs(px(proj) - barX)),
            height: r2(h * 0.6),
            tickX: r2(px(proj)),
            interval: low === null || high === null ? null : { x1: r2(px(low)), x2: r2(px(high)), y: r2(y + h / 2), capHeight: r2(h * 0.5) },
          };
    const end = Math.max(barX, projection ? Math.max(projection.tickX, projection.interval?.x2 ?? 0) : barX);
    return {
      key: row.key,
      label: { x: r2(left - 6), y: r2(y + h / 2 + rowFont * 0.35), text: name.text, full: name.full, anchor: 'end', fontSize: rowFont, fill: INK.text },
      track: { x: r2(left), y: r2(y), width: r2(px(100) - left), height: r2(h) },
      bar: { x: r2(left), y: r2(y + h * 0.2), width: r2(barX - left), height: r2(h * 0.6) },
      partial: hasPartialData(row),
      projection,
      clipped: (att ?? 0) > domainMax || (proj ?? 0) > domainMax,
      valueLabel: {
        x: r2(Math.max(end, px(100)) + 4),
        y: r2(y + h / 2 + rowFont * 0.35),
        text: value.text,
        full: value.full,
        fontSize: rowFont,
        weight: 'bold',
        fill: att === null ? INK.muted : INK.text,
        ...(hasNoData(row) ? { weight: 'normal' as const } : {}),
      },
      tooltip: attainmentTooltip(row, locale),
    };
  });

  const axisBottom = rowBand.end;
  const xAxis: AxisModel = {
    orient: 'bottom',
    offset: r2(axisBottom),
    range: [r2(left), r2(right)],
    ticks: linearTicks(x, right - left, (v) => percentTicks(v, locale), spacing),
    gridTo: r2(top),
    fontSize,
    title: null,
  };
  // The axis title says what the figures count, so program enrolments are never read as persons.
  const unit = unitWord(rowsUnit(rows), locale);
  // A ranking says so in its title line: which rows it draws of how many.
  const ends = gap ? L.attainmentRankedEnds(formatInteger(gap.each, locale), formatInteger(gap.total, locale)) : null;
  const title = truncate([L.attainmentAxis, unit, ends].filter(Boolean).join(' · '), plotWidth, fontSize);
  const axisTitle: TextMark = { x: plot.left, y: r2(blockTop + fontSize), text: title.text, full: title.full, fontSize, fill: INK.muted };
  const refX = r2(px(100));
  // The line's own label is dropped where it would run into the axis title (the legend still names it).
  const refText = `${L.target} 100%`;
  const refHalf = estimateTextWidth(refText, fontSize - 1) / 2;
  const clear = refX - refHalf > plot.left + estimateTextWidth(title.text, fontSize) + 8 && refX + refHalf <= plot.right;
  const reference = {
    x: refX,
    y1: r2(top - 4),
    y2: r2(axisBottom),
    label: clear ? { x: refX, y: r2(blockTop + fontSize), text: refText, anchor: 'middle' as const, fontSize: fontSize - 1, fill: INK.text } : null,
  };
  return { ...base, axisTitle, xAxis, reference, bars, gap: gap ? gapMark(gap, rowBand.y(gap.at) + rowBand.thickness / 2, rowBand.step, plot.left, plot.right, rowFont, locale) : null };
}

/** The summary line in its row slot, centred on `mid`: the sentence from the plot's left edge. */
function gapMark(gap: AttainmentGap, mid: number, step: number, from: number, to: number, fontSize: number, locale: Locale): AttainmentGapMark {
  const sentence = gapText(gap, locale);
  const fitted = truncate(sentence, to - from - 8, fontSize);
  return {
    text: { x: r2(from + 4), y: r2(mid + fontSize * 0.35), text: fitted.text, full: fitted.full, fontSize, fill: INK.muted },
    tooltip: sentence,
    each: gap.each,
    total: gap.total,
    backing: { x: r2(from), y: r2(mid - step / 2 + 1), width: r2(Math.min(to - from, estimateTextWidth(fitted.text, fontSize) + 8)), height: r2(Math.max(1, step - 2)) },
  };
}
