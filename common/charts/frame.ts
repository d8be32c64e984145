// The frame every chart shares: size and locale defaults, visible title, legend rows, caption,
// empty-state message and the plot rectangle that is left for the chart's own marks.
import type { Locale } from '../i18n/format.ts';
import type { ChartOptions } from './types.ts';
import type { FrameModel, LegendItem, Rect, SwatchKind, TextMark } from './model.ts';
import { INK } from './palette.ts';
import { estimateTextWidth, hashString, r2, truncate, wrapText } from './text.ts';
import { labels } from './labels.ts';

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 400;
const MIN_WIDTH = 160;
const MIN_HEIGHT = 120;
const MAX_SIZE = 4000;

export interface ResolvedOptions {
  width: number;
  height: number;
  locale: Locale;
  fontSize: number;
  pad: number;
  title?: string;
  caption?: string;
  id?: string;
}

function clampSize(value: number | undefined, fallback: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return fallback;
  return Math.round(Math.min(MAX_SIZE, Math.max(min, value)));
}

export function resolveOptions(options: ChartOptions = {}): ResolvedOptions {
  const width = clampSize(options.width, DEFAULT_WIDTH, MIN_WIDTH);
  const height = clampSize(options.height, DEFAULT_HEIGHT, MIN_HEIGHT);
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  // Slightly smaller type on small charts so labels still fit; larger on wide report charts.
  const fontSize = width < 480 || height < 300 ? 11 : width >= 1000 ? 13 : 12;
  const pad = width < 480 ? 8 : 12;
  const title = options.title?.trim() || undefined;
  const caption = options.caption?.trim() || undefined;
  return { width, height, locale, fontSize, pad, title, caption, id: options.id };
}

export interface LegendEntry {
  key: string;
  label: string;
  kind: SwatchKind;
  color: string;
}

export interface FrameInput {
  chart: string;
  defaultTitle: string;
  desc: string;
  legend: LegendEntry[];
  isEmpty: boolean;
}

const SWATCH = 14;
const SWATCH_GAP = 4;
const ITEM_GAP = 14;

function layoutLegend(entries: LegendEntry[], opts: ResolvedOptions, top: number): { items: LegendItem[]; bottom: number } {
  const { fontSize, pad, width } = opts;
  const rowHeight = Math.round(fontSize * 1.6);
  const maxLabel = width - 2 * pad - SWATCH - SWATCH_GAP;
  const items: LegendItem[] = [];
  let x = pad;
  let row = 0;
  for (const entry of entries) {
    const fitted = truncate(entry.label, maxLabel, fontSize);
    const itemWidth = SWATCH + SWATCH_GAP + estimateTextWidth(fitted.text, fontSize);
    if (x > pad && x + itemWidth > width - pad) {
      row += 1;
      x = pad;
    }
    const mid = top + row * rowHeight + rowHeight / 2;
    items.push({
      key: entry.key,
      swatch: { kind: entry.kind, color: entry.color, x: r2(x), y: r2(mid) },
      label: { x: r2(x + SWATCH + SWATCH_GAP), y: r2(mid + fontSize * 0.35), text: fitted.text, full: fitted.full, fontSize, fill: INK.text },
    });
    x += itemWidth + ITEM_GAP;
  }
  return { items, bottom: entries.length ? top + (row + 1) * rowHeight : top };
}

export function layoutFrame(input: FrameInput, opts: ResolvedOptions): { frame: FrameModel; plot: Rect } {
  const { width, height, fontSize, pad, locale } = opts;
  let y = pad;
  let heading: TextMark | null = null;
  if (opts.title) {
    const size = fontSize + 3;
    const fitted = truncate(opts.title, width - 2 * pad, size, true);
    heading = { x: pad, y: r2(y + size), text: fitted.text, full: fitted.full, fontSize: size, weight: 'bold', fill: INK.text };
    y += Math.round(size * 1.6);
  }
  const legend = layoutLegend(input.isEmpty ? [] : input.legend, opts, y);
  y = legend.bottom + (legend.items.length ? 4 : 0);

  const captionSize = fontSize - 1;
  // Wrapped within the drawable width: two lines, three on a narrow chart; a longer caption is
  // shortened with the full text as a <title> (it is in <desc> as well).
  const captionMax = width < 480 ? 3 : 2;
  const captionLines = opts.caption ? wrapText(opts.caption, width - 2 * pad, captionSize, captionMax) : [];
  const captionCut = !!opts.caption && wrapText(opts.caption, width - 2 * pad, captionSize).length > captionLines.length;
  const lineHeight = Math.round(captionSize * 1.4);
  const captionTop = height - pad - captionLines.length * lineHeight;
  const caption: TextMark[] = captionLines.map((text, i) => ({
    x: pad,
    y: r2(captionTop + (i + 1) * lineHeight - captionSize * 0.3),
    text,
    full: captionCut && i === captionLines.length - 1 ? opts.caption : undefined,
    fontSize: captionSize,
    fill: INK.muted,
  }));

  const plot: Rect = { left: pad, top: y, right: width - pad, bottom: captionLines.length ? captionTop - 4 : height - pad };
  const emptyText = labels(locale).empty;
  const empty: TextMark | null = input.isEmpty
    ? {
        x: r2(width / 2),
        y: r2((plot.top + plot.bottom) / 2),
        text: truncate(emptyText, width - 2 * pad, fontSize + 1).text,
        anchor: 'middle',
        fontSize: fontSize + 1,
        fill: INK.muted,
      }
    : null;

  const title = opts.title ?? input.defaultTitle;
  const desc = [input.isEmpty ? emptyText : input.desc, opts.caption].filter(Boolean).join(' ');
  const id = opts.id ?? `pantau-${input.chart}-${hashString(`${title}|${desc}|${width}x${height}`)}`;
  return {
    frame: { id, width, height, locale, fontSize, title, desc, heading, caption, legend: legend.items, empty },
    plot,
  };
}
