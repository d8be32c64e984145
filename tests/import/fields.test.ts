import { describe, expect, it } from 'vitest';
import { count, amount, date, period, year } from '../../server/import/fields.ts';
import { numberToText, parseLocaleNumber } from '../../common/numbers/locale-number.ts';

const ok = (schema: { safeParse(v: string): { success: boolean; data?: unknown } }, v: string) => {
  const r = schema.safeParse(v);
  expect(r.success, `${v} should parse`).toBe(true);
  return r.data;
};
const code = (schema: { safeParse(v: string): { success: boolean; error?: { issues: { message: string }[] } } }, v: string) => {
  const r = schema.safeParse(v);
  expect(r.success, `${v} should fail`).toBe(false);
  return r.error!.issues[0].message;
};

describe('number rules', () => {
  it('reads plain and grouped integers', () => {
    for (const v of ['26670', '26.670', '26,670', '26 670', '26\u00a0670']) expect(ok(count(), v)).toBe(26670);
    expect(ok(count(), '1.234.567')).toBe(1234567);
    expect(ok(count(), '1,234,567')).toBe(1234567);
    expect(ok(count(), '0')).toBe(0);
  });
  it('rejects decimals, bad grouping, negatives and overflow in counts', () => {
    expect(code(count(), '1,5')).toBe('not_integer');
    expect(code(count(), '12.34')).toBe('not_integer');
    expect(code(count(), '1.23.456')).toBe('not_integer');
    expect(code(count(), '1,234.567.890')).toBe('not_integer');
    expect(code(count(), 'abc')).toBe('not_integer');
    expect(code(count(), '-5')).toBe('negative');
    expect(code(count(), '2147483648')).toBe('too_large');
    expect(ok(count(), '2147483647')).toBe(2147483647);
    expect(code(count(), '')).toBe('required');
    expect(ok(count({ optional: true }), '')).toBe(null);
  });
  it('reads Rupiah amounts: last separator of two is decimal; one separator + 3 digits is thousands', () => {
    expect(parseLocaleNumber('1.500.000,50')).toBe(1500000.5);
    expect(parseLocaleNumber('1,500,000.50')).toBe(1500000.5);
    expect(parseLocaleNumber('1500,5')).toBe(1500.5);
    expect(parseLocaleNumber('1500.25')).toBe(1500.25);
    expect(parseLocaleNumber('0,500')).toBe(0.5);
    expect(ok(amount(), '1.500')).toBe(1500);
    expect(ok(amount(), '1,500')).toBe(1500);
    // Stored as whole Rupiah: rounded half away from zero.
    expect(ok(amount(), '1.500.000,50')).toBe(1500001);
    expect(ok(amount(), '1,500,000.49')).toBe(1500000);
    expect(ok(amount(), '1500,5')).toBe(1501);
    expect(ok(amount(), '1500.25')).toBe(1500);
    expect(ok(amount(), '0,500')).toBe(1);
    expect(ok(amount(), '0,4999999999999999999')).toBe(0); // on the digits, not on a double (that would be 0.5)
    expect(ok(amount(), 'Rp1.234.567,5')).toBe(1234568);
    expect(ok(amount(), 'Rp1.500.000')).toBe(1500000);
    expect(ok(amount(), 'Rp 2.000')).toBe(2000);
    expect(ok(amount(), '')).toBe(0);
    expect(code(amount(), '-1')).toBe('negative');
    expect(code(amount(), '1.5.0')).toBe('not_number');
  });
  it('reads accounting-style amounts: a dash for zero, ",-" for no cents', () => {
    for (const v of ['-', 'Rp -', 'Rp-', 'IDR \u2013', '\u2212']) expect(ok(amount(), v)).toBe(0);
    expect(ok(amount(), 'Rp 1.500.000,-')).toBe(1500000);
    expect(ok(amount(), '1.500.000,-')).toBe(1500000);
    expect(code(amount(), '-Rp 1.500')).toBe('negative');
    expect(code(amount(), '--')).toBe('not_number');
    expect(code(amount(), ',-')).toBe('not_number');
  });
  it('writes numbers that read back exactly', () => {
    for (const n of [0, 1, 1500, 1500.5, 1234.567, 0.125, 26670, 1e15]) expect(parseLocaleNumber(numberToText(n))).toBe(n);
  });
});

describe('dates and periods', () => {
  it('accepts ISO and day-first dates and refuses impossible ones', () => {
    expect(ok(date(), '2021-03-15')).toEqual({ date: '2021-03-15', year: 2021, month: 3 });
    expect(ok(date(), '15/03/2021')).toEqual({ date: '2021-03-15', year: 2021, month: 3 });
    expect(ok(date(), '15/03/24')).toEqual({ date: '2024-03-15', year: 2024, month: 3 });
    expect(ok(date(), '31-12-99')).toEqual({ date: '1999-12-31', year: 1999, month: 12 });
    expect(code(date(), '29/02/23')).toBe('impossible_date');
    expect(ok(date(), '2020-02-29')).toMatchObject({ date: '2020-02-29' });
    expect(code(date(), '2021-02-29')).toBe('impossible_date');
    expect(code(date(), '2021-02-30')).toBe('impossible_date');
    expect(code(date(), '2021-04-31')).toBe('impossible_date');
    expect(code(date(), '2021-13-01')).toBe('bad_date');
    expect(code(date(), '15 Maret 2021')).toBe('bad_date');
    expect(code(date(), '1900-01-01')).toBe('year_range');
  });
  it('reads ISO dates digit by digit as the other forms are read', () => {
    expect(ok(date(), '2021/03/15')).toEqual({ date: '2021-03-15', year: 2021, month: 3 });
    expect(ok(date(), '2021-3-5')).toEqual({ date: '2021-03-05', year: 2021, month: 3 });
    expect(ok(date(), '2100-12-31')).toEqual({ date: '2100-12-31', year: 2100, month: 12 });
    for (const v of ['2021-00-10', '2021-01-00', '2021-1a-10', '2021-01-1x', '2021-01_10', '202a-01-10']) expect(code(date(), v)).toBe('bad_date');
    expect(code(date(), '1969-12-31')).toBe('year_range');
  });
  it('accepts YYYY and YYYY-MM periods only', () => {
    expect(ok(period(), '2020')).toEqual({ year: 2020, month: 12, precision: 'YEAR' });
    expect(ok(period(), '2020-06')).toEqual({ year: 2020, month: 6, precision: 'MONTH' });
    expect(ok(period(), '2020-6')).toEqual({ year: 2020, month: 6, precision: 'MONTH' });
    expect(ok(period(), '2020/06')).toEqual({ year: 2020, month: 6, precision: 'MONTH' });
    for (const v of ['2020-13', '2020-00', '2020-0', '2020-Q1', '20-06', '2020-006', '2020-06-01', 'Juni 2020', '2020-6x', '2020_06', '202O']) expect(code(period(), v)).toBe('bad_period');
    expect(code(period(), '1969-12')).toBe('year_range');
  });
  it('says a whole number outside the years is out of range, not malformed', () => {
    for (const v of ['25', '0', '20245', '1969']) expect(code(year(), v)).toBe('year_range');
    for (const v of ['2O24', '2024.5', 'tahun 2024']) expect(code(year(), v)).toBe('not_integer');
    expect(ok(year(), '2024')).toBe(2024);
  });
});

describe('branch codes and plain counts', () => {
  it('keeps an upper-case code as it is, upper-cases a lower-case one, and refuses other characters', async () => {
    const { branchCode } = await import('../../server/import/fields.ts');
    expect(ok(branchCode(), 'KC001')).toBe('KC001');
    expect(ok(branchCode(), 'madiun')).toBe('MADIUN');
    expect(ok(branchCode(), 'Kc-1_2.3')).toBe('KC-1_2.3');
    for (const v of ['-KC', '_KC', '.KC', 'K C', 'KC/1', 'KÉ1', 'KC\t1']) expect(code(branchCode(), v)).toBe('bad_code');
    expect(code(branchCode(), 'K'.repeat(33))).toBe('too_long');
  });
  it('reads plain digits as numbers, up to fifteen of them, and longer ones by the number rules', () => {
    expect(ok(count(), '007')).toBe(7);
    expect(ok(count(), '000000000000000')).toBe(0);
    expect(ok(amount(), '999999999999999')).toBe(999999999999999);
    expect(ok(amount(), '1000000000000000')).toBe(1e15);
    expect(code(amount(), '1000000000000001')).toBe('too_large');
    expect(code(count(), '9999999999999999')).toBe('too_large');
  });
});

describe('duplicate keys', () => {
  it('finds equal string and number keys and nothing else', async () => {
    const { KeySet } = await import('../../server/import/key-set.ts');
    const set = new KeySet();
    const keys = Array.from({ length: 50000 }, (_, i) => `MADIUN\t2021-01-${i % 28}\tPROMOTION\tRADIO\tSpot ${i}\tAR${i % 7}`);
    keys.forEach((k, i) => expect(set.seen(k, i + 2)).toBeUndefined());
    expect(set.seen(keys[123], 99999)).toBe(125);
    expect(set.seen(7, 3)).toBeUndefined();
    expect(set.seen(7, 4)).toBe(3);
  });
  it('finds duplicates among numeric keys side by side, as a file in key order brings them', async () => {
    const { KeySet } = await import('../../server/import/key-set.ts');
    const set = new KeySet();
    // Runs of neighbouring keys (a branch's months × series), far apart from run to run.
    const keys = Array.from({ length: 40000 }, (_, i) => Math.floor(i / 24) * 49152 + (i % 24));
    keys.forEach((k, i) => expect(set.seen(k, i + 2)).toBeUndefined());
    expect(set.seen(keys[0], 50000)).toBe(2);
    expect(set.seen(keys[39999], 50001)).toBe(40001);
    expect(set.seen(keys[12345] + 1, 50002)).toBe(12345 + 3);
    expect(set.seen(24, 50003)).toBeUndefined(); // between two runs
  });
  it('tells a number from a text whose hash is that number', async () => {
    const { KeySet, hashes } = await import('../../server/import/key-set.ts');
    const set = new KeySet();
    const text = 'MADIUN\t2021-01-01\tPROMOTION\tRADIO\tSpot\tAR1';
    expect(set.seen(text, 2)).toBeUndefined();
    expect(set.seen(hashes(text)[0], 3)).toBeUndefined();
    expect(set.seen(text, 4)).toBe(2);
    expect(set.seen(hashes(text)[0], 5)).toBe(3);
  });
  it('gives the same answers when sized beforehand as when grown', async () => {
    const { KeySet } = await import('../../server/import/key-set.ts');
    const grown = new KeySet();
    const reserved = new KeySet();
    reserved.reserve(30000);
    for (const set of [grown, reserved]) {
      for (let i = 0; i < 30000; i++) expect(set.seen(i * 7919, i + 1)).toBeUndefined();
      expect(set.seen(0, 40000)).toBe(1);
      expect(set.seen(29999 * 7919, 40001)).toBe(30000);
      expect(set.seen(30000 * 7919, 40002)).toBeUndefined();
      set.reserve(10); // never shrinks
      expect(set.seen(7919, 40003)).toBe(2);
    }
  });
});

describe('fast row parser', () => {
  it('gives what the zod schema gives for a valid row, and nothing for a row the schema rejects', async () => {
    const fc = (await import('fast-check')).default;
    const { fastRowParser } = await import('../../server/import/fields.ts');
    const { KINDS, IMPORT_KINDS } = await import('../../server/import/kinds.ts');
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.stringMatching(/^[0-9]{0,16}$/),
      fc.constantFrom('', 'MADIUN', '2020', '2020-12', '2020-13', '2021-02-28', '2021-02-30', '31/12/2020', '-0', '-1', '+5', '26.670', '26 670',
        '1,5', '2147483647', '2147483648', '007', 'PU', 'pu', 'Penerima Upah', 'jasa-konstruksi', 'JHT', 'jht', 'X', 'x', 'tv', 'ZOOM',
        'PROMOTION', 'sosialisasi', 'FACE_TO_FACE', 'tatap muka', 'Rp1.500.000', 'active', 'NEW_PARTICIPANTS', '1e3', '0x10', '١٢'),
    );
    for (const kind of IMPORT_KINDS) {
      const spec = KINDS[kind];
      const fast = fastRowParser(spec.schema);
      expect(fast, kind).toBeDefined();
      fc.assert(
        fc.property(fc.array(cell, { minLength: spec.columns.length, maxLength: spec.columns.length }), (cells) => {
          const raw = Object.fromEntries(spec.columns.map((c, i) => [c, cells[i]]));
          const slow = spec.schema.safeParse(raw);
          const quick = fast!(raw);
          if (slow.success) expect(quick).toEqual(slow.data);
          else expect(quick).toBeUndefined();
        }),
        { numRuns: 3000 },
      );
    }
  });
});
