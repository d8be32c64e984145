// Text geometry without a DOM: widths are estimated from the font size so the browser and the
// server (which has no layout engine) compute the same layout. Character classes get widths a
// little above those of common sans fonts (Arial, Roboto, Noto Sans), which errs towards
// truncating rather than overlapping; 0.6em stands for anything unclassified. The charts ask
// for Arial metrics first (svg-frame.tsx FONT_STACK: Arial, Liberation Sans, Helvetica) so the
// estimate holds in the dashboard as in the server's PNGs; bold text is estimated BOLD_FACTOR wider.

export const CHAR_WIDTH_EM = 0.6;
/** Bold faces run a little wider (Arial Bold lowercase ~5 %, DejaVu Sans Bold ~10 %). */
export const BOLD_FACTOR = 1.08;
export const ELLIPSIS = '…';

function charWidthEm(ch: string): number {
  if (/[il.,:;'|!ijI ·]/.test(ch)) return 0.3;
  if (/[frt()\[\]\-]/.test(ch)) return 0.38;
  if (/[mwMW]/.test(ch)) return 0.86;
  // Arial's percent sign, ellipsis and em dash are nearly a full em wide.
  if (/[%…—]/.test(ch)) return 0.92;
  if (/[CDGHNOQRU]/.test(ch)) return 0.76;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[a-z0-9]/.test(ch)) return 0.57;
  return CHAR_WIDTH_EM;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

export interface Fitted {
  text: string;
  /** The full text when it had to be shortened (rendered as a <title> for a native tooltip). */
  full?: string;
}

/** Shortens `text` with an ellipsis so its estimated width stays within `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): Fitted {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return { text };
  const chars = Array.from(text);
  const size = fontSize * (bold ? BOLD_FACTOR : 1);
  const room = maxWidth - estimateTextWidth(ELLIPSIS, size);
  let fit = 0;
  let used = 0;
  while (fit < chars.length && used + charWidthEm(chars[fit]) * size <= room) used += charWidthEm(chars[fit++]) * size;
  if (fit <= 0) return { text: chars.length ? ELLIPSIS : '', full: text };
  return { text: chars.slice(0, fit).join('').trimEnd() + ELLIPSIS, full: text };
}

/**
 * Greedy word wrap into at most `maxLines` lines; the last line is truncated with an ellipsis
 * when the text does not fit.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => truncate(l, maxWidth, fontSize, bold).text);
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, Math.max(0, maxLines));
  if (kept.length) {
    const last = kept.length - 1;
    kept[last] = truncate(`${kept[last]}${ELLIPSIS}`, maxWidth, fontSize, bold).text;
    if (!kept[last].endsWith(ELLIPSIS)) kept[last] += ELLIPSIS;
  }
  return kept;
}

/** Rounds to 2 decimals: smaller SVG, stable golden files, and never NaN (falls back to 0). */
export function r2(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(value * 100) / 100 + 0;
}

/** A finite number or null: GraphQL gives null for undefined ratios; guard against NaN too. */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Small deterministic string hash (FNV-1a) for default element ids. */
export function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
