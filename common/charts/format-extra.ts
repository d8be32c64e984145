// Formatting helpers the charts need beyond common/i18n/format.ts (which this area must not edit).
import { formatCompact, formatDecimal, formatPercent, type Locale } from '../i18n/format.ts';

/**
 * Compact axis labels without a useless decimal: formatCompact writes "50,0 rb"; when every tick
 * of the axis ends in ",0"/".0" the zero is dropped ("50 rb", "50k"), otherwise kept so ticks
 * like "2,5 rb" stay aligned with "5,0 rb".
 */
export function compactTicks(values: number[], locale: Locale, prefix = ''): string[] {
  const raw = values.map((v) => formatCompact(v, locale));
  const zero = /[.,]0(?=\D*$)/;
  const strip = raw.every((t) => zero.test(t) || !/[.,]/.test(t));
  return raw.map((t) => `${prefix}${strip ? t.replace(zero, '') : t}`);
}

/** Percent axis labels with as few decimals as the ticks need (0 %, 2,5 %, …). */
export function percentTicks(values: number[], locale: Locale): string[] {
  const digits = values.every((v) => Number.isInteger(Math.round(v * 1e6) / 1e6)) ? 0 : values.every((v) => Number.isInteger(Math.round(v * 10 * 1e6) / 1e6)) ? 1 : 2;
  return values.map((v) => formatPercent(v, locale, digits));
}

/** A ratio such as 3.2 (times) or 1.4 registrations per activity: one decimal, per locale. */
export function formatRatio(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatDecimal(value, locale, digits);
}

/** Rupiah in compact form for axes: Rp1,5 jt / Rp1.5M. */
export function compactRupiahTicks(values: number[], locale: Locale): string[] {
  return compactTicks(values, locale, 'Rp');
}
