// Number, percentage, Rupiah and period formatting per locale. Pure (no DOM), shared by the
// dashboard, the chart functions and the server's chart endpoints, so every surface writes
// 46.878 and 2,42% in Indonesian and 46,878 and 2.42% in English.

import { formatLocale, type FormatLocaleObject } from 'd3-format';

/** The users' language, everywhere (UI, charts, CSV, reports, command lines, messages): Bahasa Indonesia or English. */
export type Locale = 'id' | 'en';

/** Every Locale, Indonesian first (the default). */
export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];

// d3-format rather than Intl.NumberFormat: the first Intl formatter in a fresh browser tab pays
// for ICU's start-up, on the dashboard's critical path, while
// d3-format is plain JavaScript. The separators below are those of id-ID and en-GB.
const NUMBER_LOCALE: Record<Locale, FormatLocaleObject> = {
  id: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''], minus: '-' }),
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['Rp', ''], minus: '-' }),
};

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * Rounds half away from zero on the number as written (2.425 → 2.43, 1.005 → 1.01), as Intl and
 * spreadsheets do. d3-format alone rounds the binary value (2.42499999… → 2.42).
 */
function roundAsWritten(value: number, digits: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return value; // tiny or huge: no tie to settle at these digits
  const rounded = Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
  return value < 0 ? -rounded : rounded;
}

const cache = new Map<string, (value: number) => string>();
function numberFormat(locale: Locale, digits: number): (value: number) => string {
  const key = `${locale}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    const format = NUMBER_LOCALE[locale].format(`,.${digits}f`);
    f = (value: number) => format(roundAsWritten(value, digits));
    cache.set(key, f);
  }
  return f;
}

/** 46878 → "46.878" (id) or "46,878" (en). */
export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, 0)(value);
}

/** A number with fixed decimals: 2.5 → "2,50" (id) or "2.50" (en). */
export function formatDecimal(value: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, digits)(value);
}

/** Percent given in percent units: -2.42 → "-2,42%" (id) / "-2.42%" (en); null → "–". */
export function formatPercent(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatDecimal(value, locale, digits)}%`;
}

/** Signed change: +1.058 / −1.058 (a true minus sign reads better in charts and tables). */
export function formatSigned(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '–';
  const text = formatInteger(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/**
 * Rupiah in the house style, no space and no decimals: Rp1.500.000 (id), Rp1,500,000 (en).
 * Written by hand from the integer format because Intl's currency output inserts a no-break
 * space and, on some ICU versions, ",00".
 */
export function formatRupiah(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  return `${sign}Rp${formatInteger(Math.round(Math.abs(value)), locale)}`;
}

/** Short form for axes: 46.878 → "46,9 rb" (id) / "46.9k" (en); Rp in millions → "Rp1,5 jt". */
export function formatCompact(value: number, locale: Locale): string {
  const abs = Math.abs(value);
  const units: [number, string, string][] = [
    [1e12, ' T', 'T'],
    [1e9, ' M', 'B'],
    [1e6, ' jt', 'M'],
    [1e3, ' rb', 'k'],
  ];
  for (const [size, id, en] of units) {
    if (abs >= size) {
      const scaled = value / size;
      const digits = Math.abs(scaled) >= 100 ? 0 : 1;
      return `${formatDecimal(scaled, locale, digits)}${locale === 'id' ? id : en}`;
    }
  }
  return formatInteger(value, locale);
}

const MONTHS: Record<Locale, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_SHORT: Record<Locale, string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];

export function monthName(month: number, locale: Locale, short = false): string {
  return (short ? MONTHS_SHORT : MONTHS)[locale][month - 1] ?? String(month);
}

/**
 * A period string of the API as people read it: "2020" → "2020"; "2020-Q3" → "Triwulan III 2020"
 * (id) / "Q3 2020" (en); "2020-03" → "Maret 2020" / "March 2020" (short: "Mar 2020").
 */
export function formatPeriod(period: string, locale: Locale, short = false): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const q = Number(quarter[2]);
    if (locale === 'id') return short ? `TW ${ROMAN[q - 1]} ${quarter[1]}` : `Triwulan ${ROMAN[q - 1]} ${quarter[1]}`;
    return `Q${q} ${quarter[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${monthName(Number(month[2]), locale, short)} ${month[1]}`;
  // An ISO week (`2024-W14`) with its week-numbering year: "Mg 14 2024" (minggu) / "W14 2024".
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return locale === 'id' ? `Mg ${Number(week[2])} ${week[1]}` : `W${Number(week[2])} ${week[1]}`;
  return period;
}

/** A date `YYYY-MM-DD` as "24 November 2026" in either language. */
export function formatDate(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${monthName(Number(m[2]), locale)} ${m[1]}`;
}
