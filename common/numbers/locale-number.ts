// Numbers as people write them, in Indonesian or in English, read by ONE rule whatever the
// language of the page or the delimiter of the file. The importer's cells (server/import/
// fields.ts) and the planning page's fields (client/features/planning/plan-model.ts) both read
// here, so a Kabid who types 1.500 in the plan form and one who imports 1.500 in a spreadsheet
// get the same 1500.
//
// The rules:
// - Digits may be grouped in thousands with '.', ',' or a space: 26670, 26.670, 26,670, 26 670.
// - When both '.' and ',' occur, the LAST one is the decimal separator: 1.500.000,50 and
//   1,500,000.50 are both 1500000.5.
// - A single separator followed by exactly three digits is a thousands separator (1.500 and
//   1,500 are 1500), because Rupiah amounts never have three decimals and counts have none;
//   followed by any other number of digits it is the decimal separator (1500,5 and 1500.25).
//   So a cost of `1500,5` is 1500.5, and `26,670` is 26670 on any page and in any file. This is
//   why the language is not an input: a reader on the English page who pastes 6.000 from an
//   Indonesian spreadsheet means six thousand, and no count or amount is ever 6 with three
//   decimals.
// - An amount may start with `Rp` or `IDR` (Rp1.500.000), and may be written the accounting
//   way: `Rp -` (or a lone dash) for zero, `Rp 1.500.000,-` for no cents.
// - Counts take the same forms but must come out whole (12,00 is 12; 12,5 is refused).
//
// A refusal is one of the import's problem codes (common/i18n/import-problems.ts), so whoever
// refuses can say why in either language.
import type { ProblemCode } from '../i18n/import-problems.ts';

/** The largest count: a 32-bit integer, GraphQL's Int and the databases' integer columns. */
export const MAX_INT = 2147483647;
/** The largest amount of Rupiah (fifteen digits: exact as a double). */
export const MAX_AMOUNT = 1e15;

/** Why a text is not the number asked for. */
export type NumberProblem = Extract<ProblemCode, 'required' | 'not_integer' | 'not_number' | 'negative' | 'too_large'>;

/** A number read from a text: its value, or why it is not one (`max` with `too_large`). */
export type NumberReading = { value: number; refused?: undefined } | { value?: undefined; refused: NumberProblem; params: { max?: number } };

const refuse = (refused: NumberProblem, max?: number): NumberReading => ({ refused, params: max === undefined ? {} : { max } });

const SPACE_GROUP = /(?<=\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g;
const CURRENCY = /^(rp\.?|idr)\s*/i;
const NO_CENTS = /(?<=\d)[.,]-$/;
const DASH = /^[-\u2012-\u2015\u2212]$/;

/** Parses a number by the rules above; returns undefined when the text is not a number. */
export function parseLocaleNumber(text: string): number | undefined {
  const d = parseLocaleDecimal(text);
  if (d === undefined) return undefined;
  const n = Number(d.frac ? `${d.intPart}.${d.frac}` : d.intPart);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses a number by the rules above and rounds it to a whole number, half away from zero, on
 * its decimal digits (not on a binary double, where 0.49999999999999999 would already be 0.5).
 */
export function parseLocaleWhole(text: string): number | undefined {
  const d = parseLocaleDecimal(text);
  if (d === undefined) return undefined;
  const n = Number(d.intPart) + (d.frac !== '' && d.frac.charCodeAt(0) >= 53 /* '5' */ ? 1 : 0);
  return Number.isFinite(n) ? n : undefined;
}

/** The digits of a number by the rules above: integer part and decimal part ('' when none). */
export function parseLocaleDecimal(text: string): { intPart: string; frac: string } | undefined {
  const s = text.replace(SPACE_GROUP, '');
  if (s.length === 0) return undefined;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  let intPart: string;
  let frac = '';
  if (dot < 0 && comma < 0) {
    intPart = s;
  } else if (dot >= 0 && comma >= 0) {
    const decimalSep = dot > comma ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const at = Math.max(dot, comma);
    frac = s.slice(at + 1);
    const grouped = s.slice(0, at);
    if (!groupedDigits(grouped, groupSep)) return undefined;
    intPart = grouped.split(groupSep).join('');
    if (frac.length === 0) return undefined;
  } else {
    const sep = dot >= 0 ? '.' : ',';
    const first = s.indexOf(sep);
    const last = sep === '.' ? dot : comma;
    if (first !== last) {
      if (!groupedDigits(s, sep)) return undefined;
      intPart = s.split(sep).join('');
    } else {
      const before = s.slice(0, last);
      const after = s.slice(last + 1);
      if (after.length === 3 && /^[1-9]\d{0,2}$/.test(before)) {
        intPart = before + after;
      } else {
        intPart = before.length === 0 ? '0' : before;
        frac = after;
        if (frac.length === 0) return undefined;
      }
    }
  }
  if (!/^\d+$/.test(intPart) || (frac && !/^\d+$/.test(frac))) return undefined;
  return { intPart, frac };
}

function groupedDigits(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (!/^\d{1,3}$/.test(parts[0])) return false;
  for (let i = 1; i < parts.length; i++) if (!/^\d{3}$/.test(parts[i])) return false;
  return true;
}

/** Writes a number so that parseLocaleNumber reads it back exactly (no ambiguous `x.yyy`). */
export function numberToText(n: number): string {
  let s = String(n);
  if (/e/i.test(s)) s = n.toFixed(Math.abs(n) < 1 ? 20 : 0).replace(/\.?0+$/, '');
  const dot = s.indexOf('.');
  if (dot >= 0 && s.length - dot - 1 === 3) s += '0';
  return s;
}

/** A leading sign taken off: a minus may be an ASCII hyphen or a true minus sign. */
function signed(text: string): { negative: boolean; body: string } {
  const m = /^([-+\u2212])\s*(.*)$/.exec(text);
  if (!m) return { negative: false, body: text };
  return { negative: m[1] !== '+', body: m[2] };
}

/**
 * A count: whole, not negative, at most `max` (MAX_INT unless said). Empty is `required`.
 * `currency` lets it start with Rp or IDR, for a form field that holds a cost as a count.
 */
export function readCount(text: string, opts: { max?: number; currency?: boolean } = {}): NumberReading {
  const max = opts.max ?? MAX_INT;
  const trimmed = text.trim();
  if (trimmed === '') return refuse('required');
  const { negative, body } = signed(opts.currency ? trimmed.replace(CURRENCY, '') : trimmed);
  const n = parseLocaleNumber(opts.currency ? body.replace(CURRENCY, '') : body);
  if (n === undefined || !Number.isInteger(n)) return refuse('not_integer');
  if (negative && n !== 0) return refuse('negative');
  if (n > max) return refuse('too_large', max);
  return { value: n };
}

/**
 * An amount of Rupiah: not negative, whole Rupiah, at most `max` (MAX_AMOUNT unless said).
 * Empty is 0, as in a spreadsheet's cost column. A fraction (a cost split in a spreadsheet,
 * 1.500.000/3) is rounded half away from zero, as ROUND() in a spreadsheet does: less than Rp1
 * of difference, where refusing would block a whole file over spreadsheet noise.
 */
export function readAmount(text: string, opts: { max?: number } = {}): NumberReading {
  const max = opts.max ?? MAX_AMOUNT;
  const trimmed = text.trim();
  if (trimmed === '') return { value: 0 };
  const plain = trimmed.replace(CURRENCY, '').replace(NO_CENTS, '');
  if (DASH.test(plain)) return { value: 0 };
  const { negative, body } = signed(plain);
  const n = parseLocaleWhole(body.replace(CURRENCY, ''));
  if (n === undefined) return refuse('not_number');
  if (negative && n !== 0) return refuse('negative');
  if (n > max) return refuse('too_large', max);
  return { value: n };
}

/**
 * Whether readAmount rounds this text: it has a fraction of a Rupiah that is not zero (`0.5`,
 * `1.500.000,50`; not `1.500.000,00` nor `Rp 1.500.000,-`). Read exactly as readAmount reads it.
 */
export function amountIsRounded(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const plain = trimmed.replace(CURRENCY, '').replace(NO_CENTS, '');
  if (DASH.test(plain)) return false;
  const d = parseLocaleDecimal(signed(plain).body.replace(CURRENCY, ''));
  return d !== undefined && /[1-9]/.test(d.frac);
}
