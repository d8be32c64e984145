// The number formats every surface shares (dashboard, charts, server endpoints). Written to the
// conventions the users read: 46.878 and 2,42% in Indonesian, 46,878 and 2.42% in English.
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPeriod,
  formatRupiah,
  formatSigned,
} from '../../../common/i18n/format.ts';

describe('number formats per locale', () => {
  it('groups thousands with the locale separator', () => {
    expect(formatInteger(46878, 'id')).toBe('46.878');
    expect(formatInteger(46878, 'en')).toBe('46,878');
    expect(formatInteger(1234567890, 'id')).toBe('1.234.567.890');
    expect(formatInteger(999, 'id')).toBe('999');
    expect(formatInteger(0, 'en')).toBe('0');
  });

  it('writes the study percentages as the study does', () => {
    expect(formatPercent(-2.42, 'id')).toBe('-2,42%');
    expect(formatPercent(-2.42, 'en')).toBe('-2.42%');
    expect(formatPercent(52.52, 'id')).toBe('52,52%');
    expect(formatPercent(-63.79, 'id', 1)).toBe('-63,8%');
  });

  it('shows a dash, never NaN, for missing values', () => {
    expect(formatPercent(null, 'id')).toBe('–');
    expect(formatPercent(Number.NaN, 'en')).toBe('–');
    expect(formatRupiah(undefined, 'id')).toBe('–');
    expect(formatSigned(null, 'en')).toBe('–');
  });

  it('drops the sign of a negative that rounds to zero', () => {
    expect(formatDecimal(-0.001, 'id')).toBe('0,00');
    expect(formatInteger(-0.2, 'en')).toBe('0');
  });

  it('rounds half away from zero on the number as written, as spreadsheets do', () => {
    expect(formatDecimal(2.425, 'en')).toBe('2.43');
    expect(formatDecimal(1.005, 'id')).toBe('1,01');
    expect(formatDecimal(-2.425, 'en')).toBe('-2.43');
    expect(formatPercent(0.125, 'id')).toBe('0,13%');
    expect(formatInteger(2.5, 'en')).toBe('3');
    expect(formatInteger(-2.5, 'en')).toBe('-3');
    expect(formatDecimal(1e-9, 'en')).toBe('0.00');
    expect(formatInteger(1e15, 'en')).toBe('1,000,000,000,000,000');
  });

  it('rounds to the requested decimals', () => {
    expect(formatDecimal(2.5, 'id')).toBe('2,50');
    expect(formatDecimal(1234.5678, 'en', 1)).toBe('1,234.6');
    expect(formatDecimal(-1234.5678, 'id', 3)).toBe('-1.234,568');
  });

  it('writes Rupiah without a space or decimals, with a true minus sign', () => {
    expect(formatRupiah(1_500_000, 'id')).toBe('Rp1.500.000');
    expect(formatRupiah(1_500_000.4, 'en')).toBe('Rp1,500,000');
    expect(formatRupiah(-25_000, 'id')).toBe('−Rp25.000');
  });

  it('signs changes with plus and a true minus', () => {
    expect(formatSigned(-1058, 'id')).toBe('−1.058');
    expect(formatSigned(1058, 'en')).toBe('+1,058');
    expect(formatSigned(0, 'id')).toBe('0');
  });

  it('shortens large numbers for axes in each language', () => {
    expect(formatCompact(46878, 'id')).toBe('46,9 rb');
    expect(formatCompact(46878, 'en')).toBe('46.9k');
    expect(formatCompact(1_500_000, 'id')).toBe('1,5 jt');
    expect(formatCompact(250_000_000_000, 'en')).toBe('250B');
    expect(formatCompact(950, 'id')).toBe('950');
  });
});

describe('periods and dates', () => {
  it('names quarters and months per locale', () => {
    expect(formatPeriod('2020-Q3', 'id')).toBe('Triwulan III 2020');
    expect(formatPeriod('2020-Q3', 'en')).toBe('Q3 2020');
    expect(formatPeriod('2020-03', 'id')).toBe('Maret 2020');
    expect(formatPeriod('2020-03', 'en', true)).toBe('Mar 2020');
    expect(formatPeriod('2020', 'id')).toBe('2020');
  });

  it('writes dates day first in both languages', () => {
    expect(formatDate('2026-11-24', 'id')).toBe('24 November 2026');
    expect(formatDate('2026-08-05', 'en')).toBe('5 August 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
