// Cell parsers as zod schemas. Every cell arrives as a trimmed string ('' when empty) and
// leaves as a typed value or as an issue whose message is a ProblemCode (see messages.ts),
// with its parameters in `params`, so that the report can be written in either language.
//
// Numbers are read by the rules of common/numbers/locale-number.ts (the same for every file,
// whatever its delimiter, and for the planning page's fields): the cells below read plain digits
// themselves, the form of most cells, and leave every other form to those rules.
import { z } from 'zod';
import { amountIsRounded as amountTextIsRounded, MAX_AMOUNT, MAX_INT, type NumberReading, readAmount, readCount } from '../../common/numbers/locale-number.ts';
import { MONTH_NAMES_EN, MONTH_NAMES_ID, type ProblemCode, type ProblemParams } from './messages.ts';

// The bounds of the importer's cells, which its callers (the planning checks) name from here.
export { MAX_AMOUNT, MAX_INT };
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, value: string, code: ProblemCode, params: ProblemParams = {}): never {
  ctx.issues.push({ code: 'custom', message: code, input: value, params });
  return z.NEVER as never;
}

// Each cell parser is registered with its zod schema, so that a row parser can run the parsers
// directly (fastRowParser): the same code, without zod's per-cell payloads and issue arrays.
type CellParser = (value: string, ctx: Ctx) => unknown;
const CELL_PARSERS = new WeakMap<object, CellParser>();

function cell<T>(parse: (value: string, ctx: Ctx) => T) {
  const schema = z.string().transform(parse);
  CELL_PARSERS.set(schema, parse as CellParser);
  return schema;
}

/**
 * For a z.object of cell parsers only (no object-level checks): a parser that runs the cells'
 * own parse functions straight, for the common case of a valid row. It returns undefined as
 * soon as a cell has a problem: the caller then parses the row with the zod schema, which
 * reports every issue (the schema stays the one definition of a row).
 * Undefined when the schema does not have that form.
 *
 * The parsed row is one object, written again by the next call (as the row check reuses its
 * row: an object per row was garbage to collect for every line of the file): read or copy it
 * before parsing the next.
 */
export function fastRowParser<Row>(schema: z.ZodType<Row, Record<string, string>>): ((raw: Record<string, string>) => Row | undefined) | undefined {
  if (!(schema instanceof z.ZodObject)) return undefined;
  const def = schema._zod.def as { checks?: unknown[]; catchall?: unknown };
  if ((def.checks?.length ?? 0) > 0 || def.catchall !== undefined) return undefined;
  const keys = Object.keys(schema.shape);
  const parsers = keys.map((k) => CELL_PARSERS.get(schema.shape[k] as object));
  if (parsers.some((p) => p === undefined)) return undefined;
  const fns = parsers as CellParser[];
  const ctx = { issues: [] as unknown[] } as unknown as Ctx;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = undefined;
  return (raw) => {
    for (let i = 0; i < keys.length; i++) {
      const value = raw[keys[i]];
      if (typeof value !== 'string') return undefined;
      out[keys[i]] = fns[i](value, ctx);
      if (ctx.issues.length > 0) {
        ctx.issues.length = 0;
        return undefined;
      }
    }
    return out as Row;
  };
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The value of a text of 1 to 15 plain digits, read in the same pass that checks them (exact:
 * below 2^53); -1 when the text is anything else. Most number cells are plain digits: this is
 * what Number() gives for them, without its general parser.
 */
function plainDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** The digit at `i` (0 to 9), or -1 for any other character. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** `text[at]` to `text[at + 3]` as a four-digit number, or -1 when one of them is not a digit. */
function fourDigits(text: string, at: number): number {
  const a = digitAt(text, at), b = digitAt(text, at + 1), c = digitAt(text, at + 2), d = digitAt(text, at + 3);
  return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : a * 1000 + b * 100 + c * 10 + d;
}

/** `text[at]` and `text[at + 1]` as a two-digit number, or -1 when one of them is not a digit. */
function twoDigits(text: string, at: number): number {
  const a = digitAt(text, at), b = digitAt(text, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** A count: whole, not negative, at most 2^31-1. */
export function count(opts: { optional?: boolean } = {}) {
  return cell((value, ctx): number | null => {
    if (value === '') return opts.optional ? null : fail(ctx, value, 'required');
    // Plain digits (most cells) read as the rules below would read them, without the regexes.
    const plain = plainDigits(value);
    if (plain >= 0) return plain > MAX_INT ? fail(ctx, value, 'too_large', { max: MAX_INT }) : plain;
    return reading(ctx, value, readCount(value));
  });
}

/** The value read, or the reading's refusal as this cell's issue. */
function reading(ctx: Ctx, value: string, r: NumberReading): number {
  return r.refused === undefined ? r.value : fail(ctx, value, r.refused, r.params);
}

/**
 * An amount of Rupiah: not negative, stored as whole Rupiah. Empty → 0. A fractional amount
 * (a cost split in a spreadsheet, 1.500.000/3) is rounded half away from zero, as ROUND() in a
 * spreadsheet does: less than Rp1 of difference, where refusing would block a whole file over
 * spreadsheet noise (see server/import/README.md).
 */
export function amount() {
  const schema = cell((value, ctx): number => {
    if (value === '') return 0;
    // Plain digits (at most 15: below MAX_AMOUNT) read as the rules below would read them.
    const digits = plainDigits(value);
    if (digits >= 0) return digits;
    // Every other form (Rp, grouping, decimals, accounting dashes) by the common rules.
    return reading(ctx, value, readAmount(value));
  });
  AMOUNT_SCHEMAS.add(schema);
  return schema;
}

/** The amount() cells, so the importer can tell which columns it rounds (for its note). */
const AMOUNT_SCHEMAS = new WeakSet<object>();

export function isAmountSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && AMOUNT_SCHEMAS.has(schema);
}

/**
 * Whether amount() rounds this cell: it has a fraction of a Rupiah that is not zero (`0.5`,
 * `1.500.000,50`; not `1.500.000,00` nor `Rp 1.500.000,-`). Read exactly as amount() reads it.
 */
export function amountIsRounded(value: string): boolean {
  return value !== '' && !allDigits(value) && amountTextIsRounded(value);
}

/** A calendar year. */
export function year() {
  return cell((value, ctx): number => {
    if (value === '') return fail(ctx, value, 'required');
    if (!/^\d+$/.test(value)) return fail(ctx, value, 'not_integer');
    const y = Number(value);
    if (y < MIN_YEAR || y > MAX_YEAR) return fail(ctx, value, 'year_range', { min: MIN_YEAR, max: MAX_YEAR });
    return y;
  });
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(y) && y >= 1) {
    return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : MONTH_DAYS[m - 1];
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface ParsedDate {
  date: string;
  year: number;
  month: number;
}

/** A day: YYYY-MM-DD (also YYYY/MM/DD, or day first DD/MM/YYYY, DD-MM-YYYY or DD/MM/YY as Indonesian spreadsheets write it). */
export function date() {
  return cell((value, ctx): ParsedDate => {
    if (value === '') return fail(ctx, value, 'required');
    let y: number, mo: number, d: number;
    // YYYY-MM-DD (most cells) read by its digits: the form the rest of this function writes, so a
    // valid one is kept as it is, without the regular expressions and the text built below.
    const iso = isoDate(value);
    let m: RegExpExecArray | null;
    if (iso >= 0) {
      y = Math.floor(iso / 10000);
      mo = Math.floor(iso / 100) % 100;
      d = iso % 100;
    } else if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value))) {
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else {
      m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(value);
      if (!m) return fail(ctx, value, 'bad_date');
      [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      // A two-digit year, as LibreOffice's Indonesian short date writes it (15/03/24): years
      // before 1970 are outside Pantau's range, so 00–69 are 2000–2069 and 70–99 are 1970–1999.
      if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
    }
    if (mo < 1 || mo > 12 || d < 1) return fail(ctx, value, 'bad_date');
    if (y < MIN_YEAR || y > MAX_YEAR) return fail(ctx, value, 'year_range', { min: MIN_YEAR, max: MAX_YEAR });
    const days = daysInMonth(y, mo);
    if (d > days) {
      return fail(ctx, value, 'impossible_date', {
        year: y,
        days,
        monthName: MONTH_NAMES_EN[mo - 1],
        monthNameId: MONTH_NAMES_ID[mo - 1],
      });
    }
    // A year in range has four digits: an ISO cell is already the text written here.
    return { date: iso >= 0 ? value : `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, year: y, month: mo };
  });
}

/** A text of the form DDDD-DD-DD as the number YYYYMMDD, or -1 for any other text. */
function isoDate(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y = fourDigits(value, 0), mo = twoDigits(value, 5), d = twoDigits(value, 8);
  return y < 0 || mo < 0 || d < 0 ? -1 : y * 10000 + mo * 100 + d;
}

export interface ParsedPeriod {
  year: number;
  month: number;
  precision: 'YEAR' | 'MONTH';
}

/** A membership period: YYYY (the year-end value, stored as December) or YYYY-MM. */
export function period() {
  return cell((value, ctx): ParsedPeriod => {
    if (value === '') return fail(ctx, value, 'required');
    let y: number;
    let mo: number | undefined;
    // YYYY and YYYY-MM (most cells) read by their digits, as the regular expression reads them.
    const fastYear = value.length === 4 || (value.length === 7 && value.charCodeAt(4) === 45) ? fourDigits(value, 0) : -1;
    const fastMonth = fastYear >= 0 && value.length === 7 ? twoDigits(value, 5) : -1;
    if (fastYear >= 0 && (value.length === 4 || fastMonth >= 0)) {
      y = fastYear;
      mo = value.length === 4 ? undefined : fastMonth;
    } else {
      const m = /^(\d{4})(?:[-/](\d{1,2}))?$/.exec(value);
      if (!m) return fail(ctx, value, 'bad_period');
      y = Number(m[1]);
      mo = m[2] === undefined ? undefined : Number(m[2]);
    }
    if (y < MIN_YEAR || y > MAX_YEAR) return fail(ctx, value, 'year_range', { min: MIN_YEAR, max: MAX_YEAR });
    if (mo === undefined) return { year: y, month: 12, precision: 'YEAR' };
    if (mo < 1 || mo > 12) return fail(ctx, value, 'bad_period');
    return { year: y, month: mo, precision: 'MONTH' };
  });
}

/** Normalises an enum cell: case-insensitive, spaces and hyphens read as '_'. */
export function enumKey(value: string): string {
  return value.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** One of a fixed list (case-insensitive, with optional Indonesian aliases); '' allowed when optional. */
export function oneOf<T extends string>(
  values: readonly T[],
  opts: { optional?: boolean; fallback?: T; aliases?: Record<string, T> } = {},
) {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(v, v);
  for (const [k, v] of Object.entries(opts.aliases ?? {})) lookup.set(k, v);
  // Keys already in normal form: a cell written exactly so is found without normalising it.
  const exact = new Map([...lookup].filter(([k]) => enumKey(k) === k));
  const allowed = values.join(', ');
  return cell((value, ctx): T | '' => {
    if (value === '') {
      if (opts.fallback !== undefined) return opts.fallback;
      return opts.optional ? '' : fail(ctx, value, 'required');
    }
    const hit = exact.get(value) ?? lookup.get(enumKey(value));
    return hit ?? fail(ctx, value, 'bad_enum', { allowed });
  });
}

/** Free text, trimmed; '' when empty and optional. */
export function text(max: number, opts: { optional?: boolean } = {}) {
  return cell((value, ctx): string => {
    if (value === '') return opts.optional ? '' : fail(ctx, value, 'required');
    if (value.length > max) return fail(ctx, value, 'too_long', { max });
    return value;
  });
}

/** A branch code, compared case-insensitively and stored upper-case. */
export function branchCode() {
  return cell((value, ctx): string => {
    if (value === '') return fail(ctx, value, 'required');
    if (value.length > 32) return fail(ctx, value, 'too_long', { max: 32 });
    const form = codeForm(value);
    if (form === CODE_BAD) return fail(ctx, value, 'bad_code');
    // Most codes are written upper-case already: kept as they are rather than copied.
    return form === CODE_LOWER ? value.toUpperCase() : value;
  });
}

const CODE_UPPER = 0;
const CODE_LOWER = 1;
const CODE_BAD = 2;

/**
 * Whether a text is a code, /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, checked character by character (a
 * cell of every row): CODE_UPPER when it has no lower-case letter, CODE_LOWER when it has, else
 * CODE_BAD.
 */
function codeForm(value: string): number {
  let form = CODE_UPPER;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) form = CODE_LOWER;
    else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (i > 0 && (c === 95 || c === 46 || c === 45)))) return CODE_BAD;
  }
  return form;
}
