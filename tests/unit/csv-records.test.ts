// CSV written for both dialects reads back, through the same library, as the cells it was given:
// whatever a cell holds (delimiters, quotes, line breaks of either kind, edge spaces, the other
// dialect's delimiter), once the apostrophe that neutralises a formula is taken off as the
// importer does; and an Indonesian file starts with the BOM Excel needs.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../server/api/csv-format.ts';
import { csvRecords, restoreNeutralised } from '../../server/csv/records.ts';

const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', '–', '0', '-', '=', "'", '@', '\t') }), fc.integer().map(String));
const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) => rows.map((r) => r.slice(0, 2)));

describe('csvRecords', () => {
  it('round-trips any cells in both dialects', () => {
    fc.assert(
      fc.property(table, fc.constantFrom({ delimiter: ',', newline: '\n' } as const, { delimiter: ';', newline: '\r\n' } as const), (rows, dialect) => {
        const text = csvRecords(rows, dialect);
        expect(text.endsWith(dialect.newline)).toBe(true);
        const back = Papa.parse<string[]>(text.slice(0, -dialect.newline.length), { delimiter: dialect.delimiter, newline: dialect.newline }).data;
        expect(back.map((r) => r.map(restoreNeutralised))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes a line break in the Indonesian dialect (csv-stringify left a bare LF unquoted with CRLF records, which splits the row in Excel)", () => {
    expect(csvRecords([['Tren', 'baris\nkedua']], { delimiter: ';', newline: '\r\n' })).toBe('Tren;"baris\nkedua"\r\n');
  });

  it('writes nothing for no rows, and one record per row otherwise (pages of an export join up)', () => {
    expect(csvRecords([], { delimiter: ',', newline: '\n' })).toBe('');
    expect(csvRecords([['a', 1], ['b', null]], { delimiter: ',', newline: '\n' }) + csvRecords([['c', 3]], { delimiter: ',', newline: '\n' })).toBe('a,1\nb,\nc,3\n');
  });
});

describe('writeCsv', () => {
  it('starts an Indonesian file with a BOM and writes `;` and CRLF; English stays `,` and LF without BOM', () => {
    expect(writeCsv([['bulan', 'nilai'], ['Jan', '2,42']], 'id')).toBe('\uFEFFbulan;nilai\r\nJan;2,42\r\n');
    expect(writeCsv([['month', 'value'], ['Jan', 2.42]], 'en')).toBe('month,value\nJan,2.42\n');
  });
});
