// XLSX cells as Excel shows them: formula results rounded to 15 significant digits, a formula
// saved without its result refused with what to do, and the workbook's sheet names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { describeProblem } from '../../server/import/messages.ts';
import { openSource, SourceError, xlsxCell, xlsxNumber, type SourceRecord } from '../../server/import/reader.ts';
import { importText, memoryDb, withBranches, workbook } from './helpers.ts';

let db: Database;
beforeEach(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN']);
});
afterEach(async () => {
  await db.close();
});

async function readAll(bytes: Buffer, sheet?: string) {
  const source = await openSource({ buffer: bytes }, { sheet });
  const records: SourceRecord[] = [];
  let error: SourceError | undefined;
  try {
    for await (const batch of source.batches()) records.push(...batch);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    error = err;
  }
  return { source, records, error };
}

const HEADER = ['branch', 'period', 'segment', 'active_participants'];

describe('XLSX numbers', () => {
  it('reads numbers rounded to 15 significant digits, as Excel shows them; integers exact', () => {
    expect(xlsxNumber(30000.000000000004)).toBe(30000);
    expect(xlsxNumber(0.1 + 0.2)).toBe(0.3);
    expect(xlsxNumber(1234.567)).toBe(1234.567);
    expect(xlsxNumber(2 ** 53 + 2)).toBe(2 ** 53 + 2);
    expect(xlsxNumber(2147483647)).toBe(2147483647);
    expect(xlsxCell(30000.000000000004)).toBe('30000');
    expect(xlsxCell({ formula: 'B2*3', result: 1499.9999999999998 })).toBe('1500');
  });

  it('stores a formula whose cached result carries binary noise (30000.000000000004) as the whole number Excel shows', async () => {
    const buf = await workbook({
      Data: [HEADER, ['MADIUN', 2020, 'PU', { formula: '10000.0000000000013*3', result: 30000.000000000004 }], ['MADIUN', 2021, 'PU', { formula: '0.1*3*10', result: 3.0000000000000004 }]],
    });
    const r = await importText(db, 'membership', buf, { fileName: 'book.xlsx' });
    expect(r.problems).toEqual([]);
    expect(r.outcome).toBe('STORED');
    const rows = await db.knex('membership_snapshot').orderBy('year').select('year', 'active_participants');
    expect(rows).toEqual([
      { year: 2020, active_participants: 30000 },
      { year: 2021, active_participants: 3 },
    ]);
  });
});

describe('XLSX formulas without a saved result', () => {
  it('refuses the workbook at the row of such a formula, naming its cell, after validating the rows before it', async () => {
    const buf = await workbook({
      Data: [HEADER, ['MADIUN', 2018, 'PU', 100], ['MADIUN', 2019, 'PU', -1], ['MADIUN', 2020, 'PU', { formula: 'SUM(1,2)' }], ['MADIUN', 2021, 'PU', 5]],
    });
    const { records, error } = await readAll(buf);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(error).toMatchObject({ code: 'xlsx_formula_no_result', line: 4, params: { cell: 'D4' } });
    for (const lang of ['id', 'en'] as const) {
      const r = await importText(db, 'membership', buf, { fileName: 'book.xlsx', lang });
      expect(r.problems.map((p) => [p.line, p.code])).toEqual([
        [3, 'negative'],
        [4, 'xlsx_formula_no_result'],
      ]);
      expect(r.problems[1].reason).toContain(lang === 'en' ? 'Cell D4 holds a formula without a saved result' : 'Sel D4 berisi rumus tanpa hasil tersimpan');
      expect(r.problems[1].reason).toContain('LibreOffice');
    }
  });

  it('reads a formula whose saved result is 0, text or empty text (which ExcelJS\'s Row.values leaves out)', async () => {
    const buf = await workbook({
      Data: [
        [...HEADER, 'new_participants'],
        [{ formula: '"MAD"&"IUN"', result: 'MADIUN' }, 2020, 'PU', { formula: '1-1', result: 0 }, { formula: '2-2', result: 0 }],
        ['MADIUN', 2021, 'PU', 7, { formula: '""', result: '' }],
      ],
    });
    const { records, error } = await readAll(buf);
    expect(error).toBeUndefined();
    expect(records.map((r) => r.cells)).toEqual([
      [...HEADER, 'new_participants'],
      ['MADIUN', '2020', 'PU', '0', '0'],
      ['MADIUN', '2021', 'PU', '7', ''],
    ]);
    const r = await importText(db, 'membership', buf, { fileName: 'book.xlsx' });
    expect(r.problems).toEqual([]);
    const rows = await db.knex('membership_snapshot').orderBy('year').select('year', 'active_participants', 'new_participants');
    expect(rows).toEqual([
      { year: 2020, active_participants: 0, new_participants: 0 },
      { year: 2021, active_participants: 7, new_participants: null },
    ]);
  });
});

describe('XLSX sheet names', () => {
  it('lists the workbook\'s sheets in tab order once read, for a hint at --sheet', async () => {
    const buf = await workbook({ Catatan: [['Isi data di lembar Peserta']], Peserta: [HEADER, ['MADIUN', 2020, 'PU', 1]], Lain: [['x']] });
    const { source, records } = await readAll(buf);
    expect(source.sheet).toBe('Catatan');
    expect(records.map((r) => r.cells)).toEqual([['Isi data di lembar Peserta']]);
    expect(source.sheets()).toEqual(['Catatan', 'Peserta', 'Lain']);
    const params = { kind: 'membership', sheet: 'Catatan', sheets: source.sheets().join(', ') };
    expect(describeProblem('header_wrong_sheet', params, 'en')).toBe(
      'No column of membership in the first row of sheet "Catatan": is the data on another sheet? Choose it with --sheet NAME (upload page: the sheet field); sheets: Catatan, Peserta, Lain.',
    );
    expect(describeProblem('header_wrong_sheet', params, 'id')).toContain('Pilih dengan --sheet NAMA');
  });
});
