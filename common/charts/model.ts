// Model pieces shared by the four charts: what the stateless SVG components draw. Every
// number here is already a final pixel position (rounded, finite), every string already
// formatted for the locale, so the components contain no logic worth testing on their own.
import type { Locale } from '../i18n/format.ts';

export interface TextMark {
  x: number;
  y: number;
  text: string;
  /** Full text when `text` was shortened; rendered as a <title> child. */
  full?: string;
  anchor?: 'start' | 'middle' | 'end';
  fontSize?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
}

export type SwatchKind = 'rect' | 'line' | 'dashed-line' | 'circle' | 'hollow-circle' | 'square' | 'hollow-square' | 'dashed-rect' | 'rule';

export interface LegendItem {
  key: string;
  label: TextMark;
  swatch: { kind: SwatchKind; color: string; x: number; y: number };
}

export interface AxisTick {
  /** Position along the axis (x for bottom axes, y for left axes). */
  pos: number;
  label: string;
}

export interface AxisModel {
  orient: 'bottom' | 'left';
  /** Where the axis line sits: y for bottom axes, x for left axes. */
  offset: number;
  /** Extent of the axis line along its direction. */
  range: [number, number];
  ticks: AxisTick[];
  /** Gridlines span from `offset` across the plot to this coordinate; null draws none. */
  gridTo: number | null;
  title: TextMark | null;
  fontSize: number;
}

export interface FrameModel {
  /** Prefix of the element ids (title, desc). */
  id: string;
  width: number;
  height: number;
  locale: Locale;
  fontSize: number;
  /** Accessible name (<title>). */
  title: string;
  /** Text summary (<desc>). */
  desc: string;
  /** Visible title at the top, when the caller gave one. */
  heading: TextMark | null;
  /** Visible caption lines at the bottom. */
  caption: TextMark[];
  legend: LegendItem[];
  /** Message drawn instead of the marks when there is nothing to show. */
  empty: TextMark | null;
}

/** Plot rectangle left free by the frame (title, legend, caption). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
