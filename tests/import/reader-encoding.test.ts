// Text encodings of CSV files: Windows-1252 (Excel's plain "CSV" in an ANSI locale) read as such,
// UTF-8 that turns out to hold other bytes refused at their line, and never a U+FFFD made up by
// the decoder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { decodeWindows1252, openSource, SourceError, textEncoding, type SourceRecord } from '../../server/import/reader.ts';
import { importText, memoryDb } from './helpers.ts';

async function readAll(bytes: Buffer): Promise<{ records: SourceRecord[]; error?: SourceError }> {
  const source = await openSource({ buffer: bytes });
  const records: SourceRecord[] = [];
  try {
    for await (const batch of source.batches()) records.push(...batch);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return { records, error: err };
  }
  return { records };
}

/** Text as Windows-1252 bytes (the characters used here all exist in it). */
function cp1252(text: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Buffer.from(
    Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      const at = high.indexOf(c);
      if (at >= 0) return 0x80 + at;
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in Windows-1252: ${c}`);
      return code;
    }),
  );
}

const noFffd = (records: SourceRecord[]) => records.every((r) => r.cells.every((c) => typeof c !== 'string' || !c.includes('\ufffd')));

describe('Windows-1252 CSV', () => {
  let db: Database;
  beforeEach(async () => {
    db = await memoryDb();
  });
  afterEach(async () => {
    await db.close();
  });

  it('stores "Kantor Cabang Kédiri" from Excel\'s ANSI CSV as written, not with U+FFFD', async () => {
    const bytes = Buffer.from('code;name;region\r\nKEDIRI;Kantor Cabang K\xe9diri;Jawa Timur\r\n', 'latin1');
    expect(bytes.includes(0xe9)).toBe(true);
    const r = await importText(db, 'branches', bytes);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ outcome: 'STORED', delimiter: ';' });
    const row = await db.knex('branch').where({ code: 'KEDIRI' }).first();
    expect(row.name).toBe('Kantor Cabang Kédiri');
  });

  it('decodes 0x80–0x9F as Windows-1252 (€, curly quotes, dashes), which Node 20\'s TextDecoder does not', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x92, 0x93, 0x94, 0x96, 0x97, 0x8a, 0x9f, 0xe9, 0x41]))).toBe('€’“”–—ŠŸéA');
    expect(decodeWindows1252(cp1252('Biaya € 1.500 – “promosi” Š'))).toBe('Biaya € 1.500 – “promosi” Š');
  });

  it('reads a large Windows-1252 file across chunks, every character intact', async () => {
    const names = ['Kédiri', 'Bañyuwangi', 'Jember “Kota”', 'Café € 10', 'Ñgawi – Timur', 'Pâtî'];
    const lines = ['code;name;region'];
    for (let i = 0; i < 5000; i++) lines.push(`KC${i};Kantor ${names[i % names.length]} ${i};Jawa Timur`);
    const bytes = cp1252(lines.join('\r\n') + '\r\n');
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    expect(textEncoding(bytes)).toBe('windows1252');
    const { records, error } = await readAll(bytes);
    expect(error).toBeUndefined();
    expect(records).toHaveLength(5001);
    expect(records[4001]).toEqual({ line: 4002, cells: ['KC4000', `Kantor ${names[4000 % names.length]} 4000`, 'Jawa Timur'] });
    expect(noFffd(records)).toBe(true);
  });
});

describe('UTF-8 that is not UTF-8 after all', () => {
  it('refuses a file whose bad bytes come after the first sample, at their line, after the rows before it', async () => {
    const lines = ['code,name,region', 'KEDIRI,Kantor Cabang Kédiri,Jawa Timur']; // UTF-8: é is two bytes here
    for (let i = 0; i < 7999; i++) lines.push(`KC${i},Kantor Cabang ${i},Jawa Timur`);
    const good = Buffer.from(lines.join('\n') + '\n', 'utf8');
    expect(good.length).toBeGreaterThan(3 * 64 * 1024);
    const bytes = Buffer.concat([good, Buffer.from('KEDIRI,Kantor Cabang K\xe9diri,Jawa Timur\nX,Y,Z\n', 'latin1')]);
    const { records, error } = await readAll(bytes);
    expect(error).toMatchObject({ code: 'encoding_invalid', line: 8002 });
    expect(error!.message).toContain('CSV UTF-8');
    expect(records).toHaveLength(8001);
    expect(noFffd(records)).toBe(true);
  });

  it('counts the lines of a quoted field before the bad byte, and finds a bad byte at the very end of a chunk', async () => {
    // The bad byte is the last of the first 64 KB chunk (a lead byte whose sequence never goes on).
    const header = 'a,b\n';
    const row = 'x,"one\ntwo"\n'; // 2 lines
    let text = header;
    while (Buffer.byteLength(text) + row.length < 65535) text += row;
    const pad = 'é' + 'y'.repeat(65535 - Buffer.byteLength(text) - 2 - 2); // é: the chunk is UTF-8 before the bad byte
    const bytes = Buffer.concat([Buffer.from(text + `z,${pad}`, 'utf8'), Buffer.from([0xe9]), Buffer.from('\nq,r\n')]);
    expect(bytes.indexOf(0xe9)).toBe(65535);
    const rows = (Buffer.byteLength(text) - header.length) / row.length;
    const { records, error } = await readAll(bytes);
    expect(records).toHaveLength(1 + rows);
    expect(error).toMatchObject({ code: 'encoding_invalid', line: 2 + 2 * rows });
  });

  it('refuses a character cut short at the end of a file judged UTF-8', async () => {
    const text = 'a,bé\n' + '1,2\n'.repeat(20000) + '3,';
    const { records, error } = await readAll(Buffer.concat([Buffer.from(text), Buffer.from([0xe2, 0x82])]));
    expect(records).toHaveLength(20001);
    expect(error).toMatchObject({ code: 'encoding_invalid', line: 20002 });
  });

  it('reads a file of plain ASCII whose first Windows-1252 accent comes after the sample as Windows-1252, also at its very end', async () => {
    const lines = ['code,name,region'];
    for (let i = 0; i < 4000; i++) lines.push(`KC${i},Kantor Cabang ${i},Jawa Timur`);
    const ascii = lines.join('\r\n') + '\r\n';
    expect(ascii.length).toBeGreaterThan(2 * 64 * 1024);
    const { records, error } = await readAll(cp1252(`${ascii}KEDIRI,Kantor Cabang Kédiri,Jawa Timur\r\nMALANG,Kantor “Malang” €,Jawa Timur\r\n`));
    expect(error).toBeUndefined();
    expect(records.slice(-2).map((r) => r.cells[1])).toEqual(['Kantor Cabang Kédiri', 'Kantor “Malang” €']);
    const atEnd = await readAll(cp1252(`${ascii}KEDIRI,Kantor Cabang Kédiri,Jawa Timur,é`));
    expect(atEnd.error).toBeUndefined();
    expect(atEnd.records.at(-1)!.cells).toEqual(['KEDIRI', 'Kantor Cabang Kédiri', 'Jawa Timur', 'é']);
  });

  it('refuses a UTF-8 file with a stray byte among UTF-8 characters rather than reading it all as Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from('code,name\nKEDIRI,Kantor Kédiri\nBLITAR,', 'utf8'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(textEncoding(bytes)).toBe('utf8');
    const { records, error } = await readAll(bytes);
    expect(records.map((r) => r.cells[1])).toEqual(['name', 'Kantor Kédiri']);
    expect(error).toMatchObject({ code: 'encoding_invalid', line: 3 });
  });

  it('keeps multi-byte characters split across chunks and a genuine U+FFFD written in the file', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 30000; i++) lines.push(`${i},${'é€😀'.repeat(i % 5)}${i === 20000 ? '\ufffd' : ''}`);
    const { records, error } = await readAll(Buffer.from(lines.join('\n'), 'utf8'));
    expect(error).toBeUndefined();
    expect(records).toHaveLength(30001);
    expect(records.filter((r) => String(r.cells[1]).includes('\ufffd')).map((r) => r.line)).toEqual([20002]);
    expect(records[12345].cells).toEqual(['12344', 'é€😀'.repeat(12344 % 5)]);
  });

  it('reports the bad line in both languages, the Indonesian one without English', async () => {
    const db = await memoryDb();
    try {
      const rows = Array.from({ length: 20000 }, (_, i) => `K${i},b\n`).join('');
      const text = Buffer.concat([Buffer.from('code,name\nKEDIRI,Kédiri\n' + rows), Buffer.from('K,K\xe9diri\n', 'latin1')]);
      for (const lang of ['id', 'en'] as const) {
        const r = await importText(db, 'branches', text, { lang });
        expect(r.outcome).toBe('REJECTED');
        expect(r.problems).toHaveLength(1);
        const p = r.problems.find((x) => x.code === 'encoding_invalid');
        expect(p).toMatchObject({ line: 20003 });
        expect(p!.reason).toContain('"CSV UTF-8"');
        if (lang === 'id') expect(p!.reason).toMatch(/Mulai baris ini berkas bukan teks UTF-8/);
      }
    } finally {
      await db.close();
    }
  });
});
