// effectiveness: socialisation versus promotion as three small multiples (conversion with its
// 95 % interval, cost per registration, registrations per activity), plus the verdict sentence
// and the reminder that reach (attendees vs impressions) makes conversion incomparable across
// types. Panels label their values directly instead of carrying y axes, so they stay legible
// at 320 px wide.
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';
import type { Effectiveness, EffectivenessOptions, EffectivenessStats } from './types.ts';
import type { FrameModel, TextMark } from './model.ts';
import { layoutFrame, resolveOptions, type LegendEntry } from './frame.ts';
import { ACTIVITY_LABELS, labels } from './labels.ts';
import { ACTIVITY_COLORS, INK } from './palette.ts';
import { compactRupiahTicks, formatRatio } from './format-extra.ts';
import { estimateTextWidth, finite, r2, truncate, wrapText } from './text.ts';
import { widestLabel } from './axis.ts';
import { effectivenessReachNote, effectivenessVerdictText } from './effectiveness-verdict.ts';

export type PanelKey = 'conversionRate' | 'costPerRegistration' | 'registrationsPerActivity';
export type Side = 'SOCIALISATION' | 'PROMOTION';

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

export interface PanelMark {
  key: PanelKey;
  title: TextMark[];
  baseline: { x1: number; x2: number; y: number };
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

function panelTitle(key: PanelKey, locale: Locale): string {
  const L = labels(locale);
  return { conversionRate: L.conversionCi, costPerRegistration: L.costPerRegistration, registrationsPerActivity: L.registrationsPerActivity }[key];
}

function formatValue(key: PanelKey, value: number | null, locale: Locale): string {
  if (key === 'conversionRate') return formatPercent(value, locale);
  if (key === 'costPerRegistration') return formatRupiah(value, locale);
  return formatRatio(value, locale);
}

function itemTooltip(key: PanelKey, side: Side, s: EffectivenessStats, locale: Locale): string {
  const head = `${ACTIVITY_LABELS[locale][side]} — ${panelTitle(key, locale)}: ${formatValue(key, finite(s[key]), locale)}`;
  if (key !== 'conversionRate') return head;
  const low = finite(s.conversionLow);
  const high = finite(s.conversionHigh);
  return low === null || high === null ? head : `${head} (${formatPercent(low, locale)}–${formatPercent(high, locale)})`;
}

/** The value label, switched to the compact form (Rp474,8 rb) when the full one does not fit. */
function fitValue(key: PanelKey, value: number | null, room: number, fontSize: number, locale: Locale) {
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

function layoutPanel(key: PanelKey, data: Effectiveness, box: Box, fontSize: number, locale: Locale, marker: string): PanelMark {
  const titleLines = wrapText(panelTitle(key, locale) + marker, box.right - box.left, fontSize, 2, true);
  const title = titleLines.map((text, i) => ({ x: r2((box.left + box.right) / 2), y: r2(box.top + (i + 1) * fontSize * 1.25), text, anchor: 'middle' as const, fontSize, weight: 'bold' as const, fill: INK.text }));
  const baselineY = box.bottom - Math.round(fontSize * 1.6);
  const marksTop = box.top + titleLines.length * fontSize * 1.25 + fontSize * 1.6;
  const values = SIDES.map((side) => finite(stats(data, side)[key]));
  const highs = SIDES.map((side, i) => (key === 'conversionRate' ? (finite(stats(data, side).conversionHigh) ?? values[i]) : values[i]));
  const top = Math.max(0, ...highs.map((v) => v ?? 0));
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).range([baselineY, Math.min(baselineY - 4, marksTop)]);
  const x = scaleBand<Side>().domain(SIDES).range([box.left, box.right]).paddingInner(0.25).paddingOuter(0.15);

  const valueSize = box.right - box.left < 140 ? fontSize - 1 : fontSize;
  // Narrow panels set "Sosialisasi"/"Socialisation" a size or two smaller before shortening it.
  const widestCategory = widestLabel(SIDES.map((side) => ACTIVITY_LABELS[locale][side]), 1);
  const categorySize = r2(Math.max(Math.min(fontSize - 1, 9), Math.min(fontSize - 1, Math.floor(x.step() / widestCategory))));
  const items: PanelItem[] = SIDES.map((side, i) => {
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
    const valueText = fitValue(key, value, x.step(), valueSize, locale);
    const category = truncate(ACTIVITY_LABELS[locale][side], x.step(), categorySize);
    return {
      key: side,
      color,
      bar,
      dot,
      whisker,
      valueLabel: { x: r2(cx), y: r2(labelY), text: valueText.text, full: valueText.full, anchor: 'middle', fontSize: valueSize, fill: value === null ? INK.muted : INK.text },
      category: { x: r2(cx), y: r2(baselineY + fontSize * 1.2), text: category.text, full: category.full, anchor: 'middle', fontSize: categorySize, fill: INK.muted },
      tooltip: itemTooltip(key, side, s, locale),
    };
  });
  return { key, title, baseline: { x1: r2(box.left), x2: r2(box.right), y: r2(baselineY) }, items };
}

function textBlock(lines: string[], full: string | undefined, left: number, size: number, top: number, fill: string): TextMark[] {
  const lineHeight = Math.round(size * 1.35);
  return lines.map((line, i) => ({ x: left, y: r2(top + (i + 1) * lineHeight - size * 0.3), text: line, full: i === lines.length - 1 ? full : undefined, fontSize: size, fill }));
}

/** Screen-reader summary: conversion with its interval, then the verdict (which carries the
 *  cost and per-activity figures), then the reach note. */
function describe(data: Effectiveness, verdictText: string, noteText: string, locale: Locale): string {
  const L = labels(locale);
  const side = (s: Side) => {
    const st = stats(data, s);
    const low = finite(st.conversionLow);
    const high = finite(st.conversionHigh);
    const ci = low !== null && high !== null ? ` (${formatPercent(low, locale)}–${formatPercent(high, locale)})` : '';
    return `${ACTIVITY_LABELS[locale][s].toLowerCase()} ${formatPercent(finite(st.conversionRate), locale)}${ci}`;
  };
  return `${L.conversionCi}: ${SIDES.map(side).join(', ')}. ${verdictText} ${noteText}`;
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
  const panelMin = Math.round(fontSize * 11);
  // Text is wrapped within the drawable width and takes the lines it needs; only when the
  // panels would drop below panelMin is the verdict shortened (with the full text as a <title>
  // and in <desc>) and the note, which is also in <desc>, left out.
  const verdictAll = options.showVerdict === false ? [] : wrapText(verdictText, width, fontSize);
  const verdictRoom = Math.max(2, Math.floor(Math.max(plotHeight * 0.45, plotHeight - panelMin) / lineHeight));
  const verdictLines = verdictAll.length <= verdictRoom ? verdictAll : wrapText(verdictText, width, fontSize, verdictRoom);
  const verdictHeight = verdictLines.length * lineHeight;
  const noteAll = options.showNotes === false ? [] : wrapText(`* ${noteText}`, width, noteSize);
  const noteLines = plotHeight - verdictHeight - noteAll.length * noteLineHeight - 6 >= panelMin ? noteAll : [];
  const noteHeight = noteLines.length * noteLineHeight;
  const textTop = plot.bottom - verdictHeight - noteHeight;
  const verdict = textBlock(verdictLines, verdictLines.length < verdictAll.length ? verdictText : undefined, plot.left, fontSize, textTop, INK.text);
  // The asterisk ties the conversion panel to the note that says it is not comparable.
  const note = textBlock(noteLines, undefined, plot.left, noteSize, textTop + verdictHeight, INK.muted);

  const gap = width < 480 ? 10 : 20;
  const panelWidth = (width - 2 * gap) / 3;
  const keys: PanelKey[] = ['conversionRate', 'costPerRegistration', 'registrationsPerActivity'];
  const panelBottom = verdictHeight || noteHeight ? textTop - 6 : plot.bottom;
  const panels = keys.map((key, i) => {
    const left = plot.left + i * (panelWidth + gap);
    return layoutPanel(key, data, { left, right: left + panelWidth, top: plot.top, bottom: panelBottom }, fontSize, locale, key === 'conversionRate' && noteLines.length ? '*' : '');
  });
  return { frame, panels, verdict, note };
}
