// The CSV reader on its own: records with the line they start on, across chunk boundaries
// (the file is read 64 KB at a time), with every line-break style, quoted fields holding
// delimiters and line breaks, multi-byte characters split between chunks, and a malformed
// file reported at the line of its fault after the rows before it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSource, SourceError, type SourceRecord } from '../../server/import/reader.ts';

async function readAll(text: string | Buffer): Promise<{ records: SourceRecord[]; error?: SourceError; sha256: string }> {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const source = await openSource({ buffer });
  const records: SourceRecord[] = [];
  try {
    for await (const batch of source.batches()) records.push(...batch);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return { records, error: err, sha256: source.sha256() };
  }
  return { records, sha256: source.sha256() };
}

describe('CSV reader', () => {
  it('reads LF, CRLF and CR files alike, skipping blank lines but counting them', async () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const { records } = await readAll(['a,b', '1,2', '', '3,4', ' , ', '5,6', ''].join(nl));
      expect(records.map((r) => [r.line, ...r.cells])).toEqual([
        [1, 'a', 'b'],
        [2, '1', '2'],
        [4, '3', '4'],
        [6, '5', '6'],
      ]);
    }
  });

  it('keeps quoted delimiters, quotes and line breaks in a field, and numbers the lines after it', async () => {
    const { records } = await readAll('name;note\r\n"Sosialisasi; pasar";"baris 1\r\nbaris ""2"""\r\nx;y\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['Sosialisasi; pasar', 'baris 1\r\nbaris "2"'] },
      { line: 4, cells: ['x', 'y'] },
    ]);
  });

  it('strips a BOM and honours an Excel `sep=` line', async () => {
    const { records } = await readAll('\ufeffsep=|\nbranch|period\nMADIUN|2020\n');
    expect(records).toEqual([
      { line: 2, cells: ['branch', 'period'] },
      { line: 3, cells: ['MADIUN', '2020'] },
    ]);
  });

  it('reads a large file across chunk boundaries: rows, quoted line breaks and multi-byte text intact', async () => {
    const lines = ['branch,name,note'];
    // Rows of varying length so that boundaries fall everywhere: inside quotes, inside a
    // multi-byte character, between \r and \n.
    for (let i = 0; i < 6000; i++) {
      const name = i % 3 === 0 ? `"Kegiatan ${i}, ""khusus""\r\nbaris dua"` : `Pekerja migran ${'é€'.repeat(i % 7)} ${i}`;
      lines.push(`KC${i % 40},${name},${'ü'.repeat(i % 11)}`);
    }
    const text = lines.join('\r\n') + '\r\n';
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
    const { records, error, sha256 } = await readAll(bytes);
    expect(error).toBeUndefined();
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(records).toHaveLength(6001);
    let line = 2;
    for (let i = 0; i < 6000; i++) {
      const r = records[i + 1];
      expect(r.line).toBe(line);
      const name = i % 3 === 0 ? `Kegiatan ${i}, "khusus"\r\nbaris dua` : `Pekerja migran ${'é€'.repeat(i % 7)} ${i}`;
      expect(r.cells).toEqual([`KC${i % 40}`, name, 'ü'.repeat(i % 11)]);
      line += i % 3 === 0 ? 2 : 1;
    }
  });

  it('reads UTF-16 little-endian text as Excel saves "Unicode Text" (tab-delimited), across chunks', async () => {
    const lines = ['cabang\tperiode\tsegmen\tpeserta_aktif'];
    for (let i = 0; i < 5000; i++) lines.push(`MADIUN\t${2000 + (i % 26)}-0${(i % 9) + 1}\tPU\t${i}`);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')]);
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    const source = await openSource({ buffer: bytes });
    expect(source.delimiter).toBe('\t');
    const { records, error } = await readAll(bytes);
    expect(error).toBeUndefined();
    expect(records).toHaveLength(5001);
    expect(records[0].cells).toEqual(['cabang', 'periode', 'segmen', 'peserta_aktif']);
    expect(records[4321]).toEqual({ line: 4322, cells: ['MADIUN', `${2000 + (4320 % 26)}-0${(4320 % 9) + 1}`, 'PU', '4320'] });
  });

  it('refuses UTF-16 big-endian text with a message saying what to do', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a,b\n', 'utf16le').swap16()]);
    await expect(openSource({ buffer: bytes })).rejects.toMatchObject({ code: 'encoding_utf16be', message: expect.stringContaining('UTF-8') });
  });

  it('reads a CRLF file whose chunk ends between a closing quote\'s \\r and its \\n', async () => {
    // The header is 5 bytes; the first row's closing quote lands on byte 65534 and its \r on
    // 65535, the last byte of the first 64 KB chunk.
    const pad = 'x'.repeat(65534 - 5 - 3);
    const text = `a,b\r\n1,"${pad}"\r\n2,"y"\r\n3,z\r\n`;
    expect(Buffer.from(text).indexOf('\r', 10)).toBe(65535);
    const { records, error } = await readAll(text);
    expect(error).toBeUndefined();
    expect(records.map((r) => [r.line, r.cells[0], String(r.cells[1]).length])).toEqual([
      [1, 'a', 1],
      [2, '1', pad.length],
      [3, '2', 1],
      [4, '3', 1],
    ]);
  });

  it('counts line breaks inside quoted fields of a CR-only file, and honours its `sep=` line', async () => {
    const { records } = await readAll('sep=;\rname;note\r"a";"one\rtwo"\rb;c\r');
    expect(records).toEqual([
      { line: 2, cells: ['name', 'note'] },
      { line: 3, cells: ['a', 'one\rtwo'] },
      { line: 5, cells: ['b', 'c'] },
    ]);
  });

  it('stops at a quote that is never closed instead of carrying the rest of a big file along', async () => {
    const good = Array.from({ length: 10 }, (_, i) => `${i},ok`);
    const rest = Array.from({ length: 400000 }, (_, i) => `${i},after the open quote`);
    const { records, error } = await readAll(['a,b', ...good, '11,"open', ...rest].join('\n'));
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(error).toMatchObject({ code: 'csv_quote_unclosed', line: 12 });
    expect(error!.message).toContain('never closed');
  });

  it('reports an unterminated quote at its line, after handing over the rows before it', async () => {
    const { records, error } = await readAll('a,b\n1,2\n3,"4\n5,6\n');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'csv_quote_unclosed', line: 3 });
  });

  it('reports a malformed closing quote as a syntax error too', async () => {
    const { records, error } = await readAll('a,b\n"1"x,2\n3,4\n');
    expect(records.map((r) => r.line)).toEqual([1]);
    expect(error).toMatchObject({ code: 'csv_quote_malformed', line: 2 });
  });
});
