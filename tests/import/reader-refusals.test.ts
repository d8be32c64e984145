// Files the reader cannot read, refused with one problem of our own in both languages (never
// Papa Parse's, unzip's or the OS's English), and a `;` file with blank lines above its header.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { importFile, type ImportReport } from '../../server/import/importer.ts';
import { openSource, SourceError, type SourceRecord } from '../../server/import/reader.ts';
import { importText, memoryDb, withBranches } from './helpers.ts';

let db: Database;
let dir: string;
beforeEach(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN']);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-reader-'));
});
afterEach(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readAll(bytes: Buffer): Promise<{ records: SourceRecord[]; error?: SourceError }> {
  const records: SourceRecord[] = [];
  try {
    const source = await openSource({ buffer: bytes });
    for await (const batch of source.batches()) records.push(...batch);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return { records, error: err };
  }
  return { records };
}

/** Library or OS words that must never reach a report. */
const FOREIGN = /Trailing quote|Quoted field unterminated|FILE_ENDED|ENOENT|EISDIR|no such file|illegal operation|readable XLSX|invalid signature|end of central directory/i;

/** The file imported with both report languages: the problems (code, line) of each, and their reasons. */
async function both(source: { buffer: Buffer } | { path: string }, fileName = 'file.csv'): Promise<{ id: ImportReport; en: ImportReport }> {
  const run = (lang: 'id' | 'en') => importFile(db, { kind: 'membership', source, fileName, lang, actor: 'test', dryRun: true });
  const id = await run('id');
  const en = await run('en');
  for (const p of [...id.problems, ...en.problems]) expect(p.reason).not.toMatch(FOREIGN);
  expect(id.problems.map((p) => [p.line, p.code])).toEqual(en.problems.map((p) => [p.line, p.code]));
  id.problems.forEach((p, i) => expect(p.reason).not.toBe(en.problems[i].reason));
  return { id, en };
}

/** A zip archive of stored (uncompressed) files. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('the delimiter and line break come from the first non-blank line', () => {
  it('reads a `;` file with blank lines above its header', async () => {
    const text = '\r\n\r\nbranch;period;segment;active_participants\r\nMADIUN;2018;PU;1\r\n';
    expect((await openSource({ buffer: Buffer.from(text) })).delimiter).toBe(';');
    const r = await importText(db, 'membership', text);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ outcome: 'STORED', delimiter: ';', columns: ['branch', 'period', 'segment', 'active_participants'], rows: 1 });
  });

  it('also with blank lines of spaces, LF or CR breaks, a tab-delimited header, and counts those lines', async () => {
    for (const [text, delimiter] of [
      ['  \n\nbranch\tperiod\n"MADIUN"\t2018\n', '\t'],
      ['\r\r \rbranch;period\rMADIUN;2018\r', ';'],
      ['\n\nbranch,period\nMADIUN,2018', ','],
    ] as const) {
      const source = await openSource({ buffer: Buffer.from(text) });
      expect(source.delimiter, JSON.stringify(text)).toBe(delimiter);
      const { records, error } = await readAll(Buffer.from(text));
      expect(error).toBeUndefined();
      expect(records.map((r) => [r.line, ...r.cells])).toEqual([
        [3 + (text.startsWith('\r\r \r') ? 1 : 0), 'branch', 'period'],
        [4 + (text.startsWith('\r\r \r') ? 1 : 0), 'MADIUN', '2018'],
      ]);
    }
  });
});

describe('quote problems and overlong lines, named for what they are', () => {
  it('maps Papa Parse\'s InvalidQuotes and MissingQuotes to our own problems, in both languages', async () => {
    const malformed = await both({ buffer: Buffer.from('branch,period,segment,active_participants\nMADIUN,2018,"PU"x,1\n') });
    expect(malformed.id.problems.map((p) => [p.line, p.code])).toEqual([[2, 'csv_quote_malformed']]);
    expect(malformed.id.problems[0].reason).toMatch(/^CSV rusak: isian berkutip/);
    const unclosed = await both({ buffer: Buffer.from('branch,period,segment,active_participants\nMADIUN,2018,PU,1\nMADIUN,2019,"PU,1\n') });
    expect(unclosed.en.problems.map((p) => [p.line, p.code])).toEqual([[3, 'csv_quote_unclosed']]);
    expect(unclosed.en.problems[0].reason).toContain('never closed');
  });

  it('says "a line longer than 4 M characters" for a huge line without quotes, and in Indonesian too', async () => {
    const digits = Buffer.concat([Buffer.from('branch,period,segment,active_participants\n'), Buffer.alloc(6 * 1048576, '7')]);
    const { records, error } = await readAll(digits);
    expect(records).toHaveLength(1);
    expect(error).toMatchObject({ code: 'csv_line_too_long', line: 2, params: { max: 4 } });
    const r = await both({ buffer: digits });
    expect(r.en.problems.map((p) => p.code)).toEqual(['csv_line_too_long']);
    expect(r.en.problems[0].reason).toContain('A line longer than 4 M characters');
    expect(r.en.problems[0].reason).not.toContain('quote');
    expect(r.id.problems[0].reason).toContain('Baris lebih panjang dari 4 juta karakter');
  });

  it('keeps "never closed" for a quoted field that runs over 4 M characters, on one line or many', async () => {
    const oneLine = Buffer.concat([Buffer.from('a,b\n1,2\n3,"'), Buffer.alloc(5 * 1048576, 'x')]);
    expect((await readAll(oneLine)).error).toMatchObject({ code: 'csv_quote_unclosed', line: 3 });
    const manyLines = Buffer.from('a;b\n1;"x ""y"" \n' + 'z;z\n'.repeat(1200000));
    expect((await readAll(manyLines)).error).toMatchObject({ code: 'csv_quote_unclosed', line: 2 });
  });
});

describe('binary files', () => {
  it('refuses an Excel 97–2003 .xls (an OLE compound file) with one problem saying to save it as .xlsx or CSV UTF-8', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0x42), Buffer.alloc(4096)]);
    const file = path.join(dir, 'data.xls');
    fs.writeFileSync(file, xls);
    const r = await both({ path: file }, 'data.xls');
    expect(r.en.problems.map((p) => [p.line, p.code])).toEqual([[null, 'file_xls']]);
    expect(r.en.problems[0].reason).toContain('Excel 97–2003');
    expect(r.en.problems[0].reason).toContain('.xlsx');
    expect(r.id.problems[0].reason).toContain('CSV UTF-8');
  });

  it('refuses binary data (control bytes, NUL padding) as not a text CSV or .xlsx, without its bytes in the report', async () => {
    const garbage = Buffer.alloc(10240);
    for (let i = 0; i < garbage.length; i++) garbage[i] = i % 256;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(2000, 1)]);
    for (const bytes of [garbage, Buffer.alloc(200000), png]) {
      const r = await both({ buffer: bytes });
      expect(r.en.problems.map((p) => [p.line, p.code])).toEqual([[null, 'file_binary']]);
      expect(r.en.problems[0].reason).toContain('not a text CSV file or an .xlsx workbook');
      expect(r.id.problems[0].reason).toContain('bukan berkas teks CSV');
    }
  });

  it('still reads a text file with a stray control character, and UTF-16 text with its BOM', async () => {
    const stray = await readAll(Buffer.from('branch,period,segment,active_participants\nMADIUN,2018,PU\u0000,43675\n'));
    expect(stray.error).toBeUndefined();
    expect(stray.records).toHaveLength(2);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\r\n1\t2\r\n', 'utf16le')]);
    expect((await readAll(utf16)).records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('OS and zip failures, in our words', () => {
  it('a path that does not exist, and a directory', async () => {
    const missing = await both({ path: path.join(dir, 'nope.csv') });
    expect(missing.en.problems.map((p) => [p.line, p.code])).toEqual([[null, 'file_not_found']]);
    expect(missing.id.problems[0].reason).toBe('Berkas tidak dapat dibaca: berkas tidak ditemukan (periksa lokasinya).');
    const folder = await both({ path: dir });
    expect(folder.en.problems.map((p) => [p.line, p.code])).toEqual([[null, 'file_is_directory']]);
    expect(folder.id.problems[0].reason).toContain('folder');
  });

  it('a truncated .xlsx workbook, and a zip archive that is no workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['branch', 'period', 'segment', 'active_participants']);
    for (let i = 0; i < 500; i++) ws.addRow(['MADIUN', 2000 + (i % 20), 'PU', i]);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), zip({ 'notes.txt': 'hello', 'data.csv': 'a,b\n1,2\n' })]) {
      const r = await both({ buffer: bytes }, 'book.xlsx');
      expect(r.en.problems.map((p) => [p.line, p.code])).toEqual([[null, 'xlsx_unreadable']]);
      expect(r.en.problems[0].reason).toContain('Not a readable .xlsx workbook');
      expect(r.id.problems[0].reason).toContain('Buku kerja .xlsx tidak dapat dibaca');
    }
  });
});
