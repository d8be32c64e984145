// The common number reader (common/numbers/locale-number.ts): numbers written the Indonesian
// way and the English way read by one rule, with a Rupiah sign, and a refusal that says why in
// both languages. The importer's cells (tests/import/fields.test.ts) and the planning page's
// fields (tests/unit/planning/plan-model.test.ts) read through it.
import { describe, expect, it } from 'vitest';
import { importProblems } from '../../../common/i18n/import-problems.ts';
import { amountIsRounded, MAX_INT, parseLocaleNumber, parseLocaleWhole, readAmount, readCount } from '../../../common/numbers/locale-number.ts';

describe('the common number reader', () => {
  it('reads counts written the Indonesian way', () => {
    expect(readCount('6.000')).toEqual({ value: 6000 });
    expect(readCount('1.250.000')).toEqual({ value: 1_250_000 });
    expect(readCount('26 670')).toEqual({ value: 26670 });
    expect(readCount('26\u00a0670')).toEqual({ value: 26670 });
    expect(readCount('12,00')).toEqual({ value: 12 });
  });

  it('reads counts written the English way', () => {
    expect(readCount('6,000')).toEqual({ value: 6000 });
    expect(readCount('1,250,000')).toEqual({ value: 1_250_000 });
    expect(readCount('12.00')).toEqual({ value: 12 });
  });

  it('reads one separator and three digits as thousands in either way of writing', () => {
    expect(readCount('1.500')).toEqual(readCount('1,500'));
    expect(readCount('1.500').value).toBe(1500);
    expect(parseLocaleNumber('1.500')).toBe(1500);
    expect(parseLocaleNumber('1,500')).toBe(1500);
    // Any other number of digits after it is a decimal part: 1,5 in Indonesian, 1.25 in English.
    expect(parseLocaleNumber('1,5')).toBe(1.5);
    expect(parseLocaleNumber('1.25')).toBe(1.25);
    // With both separators, the last is the decimal one.
    expect(parseLocaleNumber('1.500.000,50')).toBe(1500000.5);
    expect(parseLocaleNumber('1,500,000.50')).toBe(1500000.5);
    expect(parseLocaleWhole('1.500.000,50')).toBe(1500001);
  });

  it('takes a Rupiah sign where one is allowed', () => {
    expect(readCount('Rp1.250.000', { currency: true })).toEqual({ value: 1_250_000 });
    expect(readCount('Rp 1.250.000', { currency: true })).toEqual({ value: 1_250_000 });
    expect(readCount('rp. 6.000', { currency: true })).toEqual({ value: 6000 });
    expect(readCount('IDR 1,250,000', { currency: true })).toEqual({ value: 1_250_000 });
    // A count column of a file is not money: the sign there is a mistake, said as one.
    expect(readCount('Rp1.250.000').refused).toBe('not_integer');
    expect(readAmount('Rp1.250.000')).toEqual({ value: 1_250_000 });
    expect(readAmount('Rp 1.500.000,-')).toEqual({ value: 1_500_000 });
    expect(readAmount('Rp -')).toEqual({ value: 0 });
    expect(readAmount('')).toEqual({ value: 0 });
    expect(amountIsRounded('Rp 1.500.000,50')).toBe(true);
    expect(amountIsRounded('Rp 1.500.000,00')).toBe(false);
  });

  it('refuses what is not a count, with a reason said in both languages', () => {
    const cases: [string, string][] = [
      ['', 'required'],
      ['   ', 'required'],
      ['abc', 'not_integer'],
      ['1,5', 'not_integer'],
      ['1e3', 'not_integer'],
      ['12.34.567', 'not_integer'],
      ['-2', 'negative'],
      ['\u22122', 'negative'],
      ['2147483648', 'too_large'],
    ];
    for (const [text, refused] of cases) expect(readCount(text).refused, text).toBe(refused);
    expect(readCount('2147483648')).toEqual({ refused: 'too_large', params: { max: MAX_INT } });
    expect(readCount('101', { max: 100 })).toEqual({ refused: 'too_large', params: { max: 100 } });
    expect(readAmount('1.5.0').refused).toBe('not_number');
    expect(readAmount('-1').refused).toBe('negative');
    // A refusal is an import problem code: it has its text in Indonesian and in English.
    const r = readCount('1,5');
    expect(r.refused && importProblems.id.problems[r.refused](r.params)).toMatch(/^Bukan bilangan bulat/);
    expect(r.refused && importProblems.en.problems[r.refused](r.params)).toMatch(/^Not a whole number/);
    const big = readCount('3.000.000.000');
    expect(big.refused && importProblems.en.problems[big.refused](big.params)).toMatch(/^Too large/);
  });
});
