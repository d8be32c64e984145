// effectiveness: socialisation versus promotion as small multiples: conversion of each side in a
// panel of its own, on its own scale with its unit (registrations per attendee, per impression)
// and its 95 % interval (tryout F14's rule, as campaign-reach draws reach: attendees and
// impressions never share an axis, which would suggest they compare), then cost per registration
// and registrations per activity, which both sides count alike, side by side. Plus the verdict
// sentence and the note that says why the conversions stand apart. The conversion panels carry a
// small axis of their own; the others label their values directly. Four panels in a row; two
// rows of two below 560 px, so they stay legible at 320 px wide.
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { Effectiveness, EffectivenessOptions, EffectivenessStats } from './types.ts';
import type { FrameModel, TextMark } from './model.ts';
import { layoutFrame, resolveOptions, type LegendEntry } from './frame.ts';
import { ACTIVITY_LABELS, labels } from './labels.ts';
import { ACTIVITY_COLORS, INK } from './palette.ts';
import { compactRupiahTicks, formatRatio, percentTicks } from './format-extra.ts';
import { estimateTextWidth, finite, r2, truncate, wrapText } from './text.ts';
import { widestLabel } from './axis.ts';
import { effectivenessReachNote, effectivenessVerdictText } from './effectiveness-verdict.ts';

export type PanelKey = 'conversionSocialisation' | 'conversionPromotion' | 'costPerRegistration' | 'registrationsPerActivity';
export type Side = 'SOCIALISATION' | 'PROMOTION';
/** The figure a panel draws: conversion (one side's) or a measure of both sides. */
type Measure = 'conversionRate' | 'costPerRegistration' | 'registrationsPerActivity';

const PANEL_KEYS: readonly PanelKey[] = ['conversionSocialisation', 'conversionPromotion', 'costPerRegistration', 'registrationsPerActivity'];

/** What each panel draws: its figure, its sides, and for conversion what its reach counts. */
const PANELS: Record<PanelKey, { measure: Measure; sides: readonly Side[]; unit: 'ATTENDEES' | 'IMPRESSIONS' | null }> = {
  conversionSocialisation: { measure: 'conversionRate', sides: ['SOCIALISATION'], unit: 'ATTENDEES' },
  conversionPromotion: { measure: 'conversionRate', sides: ['PROMOTION'], unit: 'IMPRESSIONS' },
  costPerRegistration: { measure: 'costPerRegistration', sides: ['SOCIALISATION', 'PROMOTION'], unit: null },
  registrationsPerActivity: { measure: 'registrationsPerActivity', sides: ['SOCIALISATION', 'PROMOTION'], unit: null },
};

export interface PanelItem {
  key: Side;
  color: string;
  /** Bar for costs and rates; null for the conversion panel (dot + whisker) or a null value. */
  bar: { x: number; y: number; width: number; height: number } | null;
  dot: { cx: number; cy: number; r: number } | null;
  /** 95 % interval, drawn as a vertical whisker with caps. */
  whisker: { x: number; y1: number; y2: number; cap: number } | null;
  valueLabel: TextMark;
  category: TextMark;
  tooltip: string;
}

/** A conversion panel's own scale: a vertical axis with a few ticks. */
export interface PanelAxis {
  x: number;
  y1: number;
  y2: number;
  ticks: { y: number; label: TextMark }[];
}

export interface PanelMark {
  key: PanelKey;
  /** What the panel's conversion counts per (ATTENDEES, IMPRESSIONS); null for the measures both sides share. */
  unit: 'ATTENDEES' | 'IMPRESSIONS' | null;
  /** The figure's name (bold), then, for conversion, its unit and interval (muted). */
  title: TextMark[];
  baseline: { x1: number; x2: number; y: number };
  axis: PanelAxis | null;
  items: PanelItem[];
}

export interface EffectivenessModel {
  frame: FrameModel;
  panels: PanelMark[];
  verdict: TextMark[];
  note: TextMark[];
}

const SIDES: readonly Side[] = ['SOCIALISATION', 'PROMOTION'];

function stats(data: Effectiveness, side: Side): EffectivenessStats {
  return side === 'SOCIALISATION' ? data.socialisation : data.promotion;
}

function hasData(s: EffectivenessStats | null | undefined): boolean {
  return !!s && [s.activities, s.reach, s.registrations, s.costIdr].some((v) => Number.isFinite(v) && v > 0);
}

/** A panel's title: its figure, and for conversion the unit it counts per with its interval. */
function panelTitle(key: PanelKey, locale: Locale): { name: string; unit: string | null } {
  const L = labels(locale);
  return {
    conversionSocialisation: { name: L.conversionSocialisation, unit: L.perAttendeeCi },
    conversionPromotion: { name: L.conversionPromotion, unit: L.perImpressionCi },
    costPerRegistration: { name: L.costPerRegistration, unit: null },
    registrationsPerActivity: { name: L.registrationsPerActivity, unit: null },
  }[key];
}

function formatValue(key: Measure, value: number | null, locale: Locale): string {
  if (key === 'conversionRate') return formatPercent(value, locale);
  if (key === 'costPerRegistration') return formatRupiah(value, locale);
  return formatRatio(value, locale);
}

function itemTooltip(panel: PanelKey, side: Side, s: EffectivenessStats, locale: Locale): string {
  const key = PANELS[panel].measure;
  const title = panelTitle(panel, locale);
  const head = `${ACTIVITY_LABELS[locale][side]} — ${title.name}${title.unit ? ` (${title.unit})` : ''}: ${formatValue(key, finite(s[key]), locale)}`;
  if (key !== 'conversionRate') return head;
  const low = finite(s.conversionLow);
  const high = finite(s.conversionHigh);
  return low === null || high === null ? head : `${head} (${formatPercent(low, locale)}–${formatPercent(high, locale)})`;
}

/** The value label, switched to the compact form (Rp474,8 rb) when the full one does not fit. */
function fitValue(key: Measure, value: number | null, room: number, fontSize: number, locale: Locale) {
  const full = formatValue(key, value, locale);
  if (value === null || estimateTextWidth(full, fontSize) <= room || key !== 'costPerRegistration') return truncate(full, room, fontSize);
  const short = truncate(compactRupiahTicks([value], locale)[0], room, fontSize);
  return { text: short.text, full };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A conversion panel's unit line ("pendaftaran per tayangan · IK 95%") in at most two lines,
 * broken at its " · " when it does not fit in one, so that "IK 95%" is never cut in two.
 */
function unitTitleLines(text: string, width: number, size: number): string[] {
  const one = wrapText(text, width, size, 1);
  if (one.length === 1 && one[0] === text) return one;
  const parts = text.split(' · ');
  if (parts.length === 2 && parts.every((part) => estimateTextWidth(part, size) <= width)) return parts;
  return wrapText(text, width, size, 2, true);
}

function layoutPanel(panel: PanelKey, data: Effectiveness, box: Box, fontSize: number, locale: Locale, marker: string, withAxis: boolean): PanelMark {
  const { measure: key, sides, unit } = PANELS[panel];
  const words = panelTitle(panel, locale);
  const width = box.right - box.left;
  // A narrow panel sets its title smaller until its longest word fits, before shortening it.
  const longestWord = widestLabel(`${words.name}${marker}`.split(/\s+/), 1);
  // (bold runs about a tenth wider than the estimate).
  const nameSize = r2(Math.max(8, Math.min(fontSize, Math.floor((width * 0.9) / Math.max(1, longestWord)))));
  const lineStep = nameSize * 1.25;
  const nameLines = wrapText(words.name + marker, width, nameSize, 2, true);
  const unitSize = r2(Math.min(fontSize - 1, nameSize));
  const unitLines = words.unit ? unitTitleLines(words.unit, width, unitSize) : [];
  const title: TextMark[] = [
    ...nameLines.map((text, i) => ({ x: r2((box.left + box.right) / 2), y: r2(box.top + (i + 1) * lineStep), text, anchor: 'middle' as const, fontSize: nameSize, weight: 'bold' as const, fill: INK.text })),
    ...unitLines.map((text, i) => ({ x: r2((box.left + box.right) / 2), y: r2(box.top + nameLines.length * lineStep + (i + 1) * unitSize * 1.25), text, anchor: 'middle' as const, fontSize: unitSize, fill: INK.muted })),
  ];
  const titleHeight = nameLines.length * lineStep + unitLines.length * unitSize * 1.25;
  const baselineY = box.bottom - Math.round(fontSize * 1.6);
  const marksTop = box.top + titleHeight + fontSize * 1.6;
  const values = sides.map((side) => finite(stats(data, side)[key]));
  const highs = sides.map((side, i) => (key === 'conversionRate' ? (finite(stats(data, side).conversionHigh) ?? values[i]) : values[i]));
  const top = Math.max(0, ...highs.map((v) => v ?? 0));
  // A conversion panel's scale is its own side's, with its ticks: never read against the other's.
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).range([baselineY, Math.min(baselineY - 4, marksTop)]);
  if (key === 'conversionRate') y.nice(3);
  // A panel too narrow for tick labels keeps its own scale without them (its value is labelled).
  // A side without a conversion gets no scale at all (a dash says so).
  const tickValues = key === 'conversionRate' && withAxis && values.some((v) => v !== null) ? y.ticks(3) : [];
  const tickSize = fontSize - 2;
  const tickLabels = percentTicks(tickValues, locale);
  const axisWidth = tickValues.length ? Math.ceil(widestLabel(tickLabels, tickSize)) + 6 : 0;
  const x = scaleBand<Side>().domain(sides).range([box.left + axisWidth, box.right]).paddingInner(0.25).paddingOuter(0.15);
  const axisX = box.left + axisWidth - 2;
  const axis: PanelAxis | null = tickValues.length
    ? {
        x: r2(axisX),
        y1: r2(baselineY),
        y2: r2(y.range()[1]),
        ticks: tickValues.map((v, i) => ({ y: r2(y(v)), label: { x: r2(axisX - 3), y: r2(y(v) + tickSize * 0.35), text: tickLabels[i], anchor: 'end' as const, fontSize: tickSize, fill: INK.muted } })),
      }
    : null;

  const valueSize = width < 90 ? fontSize - 2 : width < 140 ? fontSize - 1 : fontSize;
  // Narrow panels set "Sosialisasi"/"Socialisation" a size or two smaller before shortening it.
  const widestCategory = widestLabel(sides.map((side) => ACTIVITY_LABELS[locale][side]), 1);
  const categorySize = r2(Math.max(Math.min(fontSize - 1, 9), Math.min(fontSize - 1, Math.floor(x.step() / widestCategory))));
  // Each side's labels may use its share of the panel (one side alone: the whole of it).
  const labelRoom = (box.right - box.left - axisWidth) / sides.length;
  const items: PanelItem[] = sides.map((side, i) => {
    const s = stats(data, side);
    const value = values[i];
    const bx = x(side) ?? box.left;
    const bw = x.bandwidth();
    const cx = bx + bw / 2;
    const color = ACTIVITY_COLORS[side];
    let bar: PanelItem['bar'] = null;
    let dot: PanelItem['dot'] = null;
    let whisker: PanelItem['whisker'] = null;
    let labelY = baselineY - 4;
    if (value !== null && key === 'conversionRate') {
      dot = { cx: r2(cx), cy: r2(y(value)), r: 4 };
      const low = finite(s.conversionLow);
      const high = finite(s.conversionHigh);
      if (low !== null && high !== null) whisker = { x: r2(cx), y1: r2(y(Math.max(0, low))), y2: r2(y(high)), cap: r2(Math.min(8, bw / 4)) };
      labelY = Math.min(y(value) - 8, whisker ? whisker.y2 - 4 : Infinity);
    } else if (value !== null) {
      const h = Math.max(0, baselineY - y(value));
      bar = { x: r2(bx), y: r2(baselineY - h), width: r2(bw), height: r2(h) };
      labelY = baselineY - h - 4;
    }
    const valueText = fitValue(key, value, labelRoom, valueSize, locale);
    const category = truncate(ACTIVITY_LABELS[locale][side], labelRoom, categorySize);
    return {
      key: side,
      color,
      bar,
      dot,
      whisker,
      valueLabel: { x: r2(cx), y: r2(labelY), text: valueText.text, full: valueText.full, anchor: 'middle', fontSize: valueSize, fill: value === null ? INK.muted : INK.text },
      category: { x: r2(cx), y: r2(baselineY + fontSize * 1.2), text: category.text, full: category.full, anchor: 'middle', fontSize: categorySize, fill: INK.muted },
      tooltip: itemTooltip(panel, side, s, locale),
    };
  });
  return { key: panel, unit, title, baseline: { x1: r2(axis ? axisX : box.left), x2: r2(box.right), y: r2(baselineY) }, axis, items };
}

function textBlock(lines: string[], full: string | undefined, left: number, size: number, top: number, fill: string): TextMark[] {
  const lineHeight = Math.round(size * 1.35);
  return lines.map((line, i) => ({ x: left, y: r2(top + (i + 1) * lineHeight - size * 0.3), text: line, full: i === lines.length - 1 ? full : undefined, fontSize: size, fill }));
}

/** Screen-reader summary: conversion with its interval, then the verdict (which carries the
 *  cost and per-activity figures), then the reach note. */
function describe(data: Effectiveness, verdictText: string, noteText: string, locale: Locale): string {
  const L = labels(locale);
  // Each side's conversion with its own unit, as the panels draw them: never one list to compare.
  const side = (s: Side, name: string, unit: string) => {
    const st = stats(data, s);
    const low = finite(st.conversionLow);
    const high = finite(st.conversionHigh);
    const ci = low !== null && high !== null ? ` (${formatPercent(low, locale)}–${formatPercent(high, locale)})` : '';
    return `${name} (${unit}): ${formatPercent(finite(st.conversionRate), locale)}${ci}.`;
  };
  return `${side('SOCIALISATION', L.conversionSocialisation, L.perAttendeeCi)} ${side('PROMOTION', L.conversionPromotion, L.perImpressionCi)} ${verdictText} ${noteText}`;
}

const NO_STATS: EffectivenessStats = { activities: 0, reach: 0, registrations: 0, costIdr: 0 };

/** Partial results (a query that failed half-way, a hand-written embed) degrade to "no data". */
function complete(data: Effectiveness | null | undefined): Effectiveness | null {
  if (!data) return null;
  return {
    socialisation: data.socialisation ?? NO_STATS,
    promotion: data.promotion ?? NO_STATS,
    verdict: data.verdict ?? { cheaperPerRegistration: 'INSUFFICIENT_DATA', moreRegistrationsPerActivity: 'INSUFFICIENT_DATA' },
  };
}

export function layoutEffectiveness(input: Effectiveness | null | undefined, options: EffectivenessOptions = {}): EffectivenessModel {
  const data = complete(input);
  const opts = resolveOptions(options);
  const { locale, fontSize } = opts;
  const L = labels(locale);
  const isEmpty = !data || (!hasData(data.socialisation) && !hasData(data.promotion));
  const legend: LegendEntry[] = SIDES.map((side) => ({ key: side, label: ACTIVITY_LABELS[locale][side], kind: 'rect', color: ACTIVITY_COLORS[side] }));
  const verdictText = isEmpty ? '' : effectivenessVerdictText(data, locale);
  const noteText = effectivenessReachNote(locale);
  const { frame, plot } = layoutFrame(
    { chart: 'effectiveness', defaultTitle: L.effectivenessTitle, desc: isEmpty || !data ? '' : describe(data, verdictText, noteText, locale), legend, isEmpty },
    opts,
  );
  if (isEmpty || !data) return { frame, panels: [], verdict: [], note: [] };

  const width = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const lineHeight = Math.round(fontSize * 1.35);
  const noteSize = fontSize - 1;
  const noteLineHeight = Math.round(noteSize * 1.35);
  // The panels keep at least this much: two title lines, bars, value and category labels.
  // Narrow charts stack the panels in two rows of two when the height holds them (each row its
  // titles with the unit, the marks and the labels) beside two lines of verdict; else one row.
  const rowMin = Math.round(fontSize * 10);
  const rowGap = Math.round(fontSize * 0.8);
  // (only when the verdict keeps every line: it is worth more than the second row)
  const textMin = options.showVerdict === false ? 0 : wrapText(verdictText, width, fontSize).length * lineHeight;
  const twoRows = width < 560 && plotHeight - textMin >= 2 * rowMin + rowGap;
  const panelMin = twoRows ? 2 * rowMin + rowGap : Math.round(fontSize * 11);
  // Text is wrapped within the drawable width and takes the lines it needs; only when the
  // panels would drop below panelMin is the verdict shortened (with the full text as a <title>
  // and in <desc>) and the note, which is also in <desc>, left out.
  const verdictAll = options.showVerdict === false ? [] : wrapText(verdictText, width, fontSize);
  const verdictRoom = Math.max(2, Math.floor(Math.max(twoRows ? 0 : plotHeight * 0.45, plotHeight - panelMin) / lineHeight));
  const verdictLines = verdictAll.length <= verdictRoom ? verdictAll : wrapText(verdictText, width, fontSize, verdictRoom);
  const verdictHeight = verdictLines.length * lineHeight;
  const noteAll = options.showNotes === false ? [] : wrapText(`* ${noteText}`, width, noteSize);
  const noteLines = plotHeight - verdictHeight - noteAll.length * noteLineHeight - 6 >= panelMin ? noteAll : [];
  const noteHeight = noteLines.length * noteLineHeight;
  const textTop = plot.bottom - verdictHeight - noteHeight;
  const verdict = textBlock(verdictLines, verdictLines.length < verdictAll.length ? verdictText : undefined, plot.left, fontSize, textTop, INK.text);
  // The asterisk ties the conversion panel to the note that says it is not comparable.
  const note = textBlock(noteLines, undefined, plot.left, noteSize, textTop + verdictHeight, INK.muted);

  // Four panels in a row, the two conversions first with more room after them than between
  // them; below 560 px two rows of two: the conversions, then what both sides count alike.
  const gap = width < 480 ? 10 : 20;
  const panelBottom = verdictHeight || noteHeight ? textTop - 6 : plot.bottom;
  const rowHeight = twoRows ? (panelBottom - plot.top - rowGap) / 2 : panelBottom - plot.top;
  const panelWidth = twoRows ? (width - gap) / 2 : (width - 4 * gap) / 4;
  const panels = PANEL_KEYS.map((key, i) => {
    const column = twoRows ? i % 2 : i;
    const row = twoRows ? Math.floor(i / 2) : 0;
    const left = plot.left + column * (panelWidth + gap) + (!twoRows && i >= 2 ? gap : 0);
    const top = plot.top + row * (rowHeight + rowGap);
    const marker = PANELS[key].measure === 'conversionRate' && noteLines.length ? '*' : '';
    return layoutPanel(key, data, { left, right: left + panelWidth, top, bottom: top + rowHeight }, fontSize, locale, marker, panelWidth >= 90);
  });
  return { frame, panels, verdict, note };
}
