// Opens an import file and turns it into records {line, cells}, streamed so that memory stays
// flat whatever the file size: CSV here (CRLF, LF or CR; delimiter `,` `;` or tab detected from
// the first non-blank line; quoted fields; text encodings in text-encoding.ts), XLSX in
// xlsx-source.ts. Legacy .xls workbooks and binary data are refused up front. Every refusal is a
// SourceError (source.ts) whose code and params are a problem of messages.ts: no library or OS
// text reaches the report.
import fs from 'node:fs';
import Papa from 'papaparse';
import { restoreNeutralised } from '../csv/records.ts';
import { CHUNK_BYTES, countedBytes, fileError, SourceError, type ImportSource, type OpenedSource, type SourceProblem, type SourceRecord } from './source.ts';
import { chunkDecoder, decodeWindows1252, looksBinary, textEncoding } from './text-encoding.ts';
import { openXlsx } from './xlsx-source.ts';

export * from './source.ts';
export { decodeWindows1252, textEncoding, type TextEncoding } from './text-encoding.ts';
export { xlsxCell, xlsxNumber } from './xlsx-source.ts';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an Excel 97–2003 .xls (or a password-protected .xlsx, which is one too). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Bytes decoded and parsed at a time. A text holding one character above U+00FF (€, a curly
 * quote) is stored by V8 with two bytes per character; past 128 KB such a string lands in the
 * large-object space, and Papa Parse's substrings of it made a 64 KB piece three times slower.
 */
const PIECE_BYTES = 32 * 1024;

/** The longest record read (a record longer than this has a quote left open, or is no CSV). */
const MAX_RECORD_CHARS = 4 * 1048576;

async function head(source: ImportSource, n: number): Promise<Buffer> {
  if ('buffer' in source) return source.buffer.subarray(0, n);
  const fh = await fs.promises.open(source.path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Picks `;`, `,` or tab: whichever occurs most often in the first line outside quotes (`,` on a tie). */
export function detectDelimiter(sample: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

export async function openSource(source: ImportSource, opts: { sheet?: string } = {}): Promise<OpenedSource> {
  let size: number;
  let first: Buffer;
  try {
    size = 'buffer' in source ? source.buffer.length : (await fs.promises.stat(source.path)).size;
    first = await head(source, CHUNK_BYTES);
  } catch (err) {
    throw fileError(err);
  }
  if (first.subarray(0, 4).equals(XLSX_MAGIC)) return openXlsx(source, size, opts.sheet);
  if (first.subarray(0, 8).equals(OLE_MAGIC)) throw new SourceError('file_xls', {}, null);
  return openCsv(source, size, first);
}

/** The line break of the first line ("\r\n", "\n" or "\r"); "\n" when there is none. */
export function detectNewline(sample: string): '\n' | '\r' | '\r\n' {
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') return sample[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

/** Whether a field opened by a quote is still open at the end of this (unfinished) record. */
function quoteOpen(record: string, delimiter: string): boolean {
  let i = 0;
  while (i < record.length) {
    if (record.charCodeAt(i) === 0x22) {
      // A quoted field: it ends at a quote not doubled.
      for (i++; ; ) {
        const q = record.indexOf('"', i);
        if (q < 0) return true;
        if (record.charCodeAt(q + 1) === 0x22) i = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
    }
    const d = record.indexOf(delimiter, i);
    if (d < 0) return false;
    i = d + delimiter.length;
  }
  return false;
}

function countOf(text: string, c: string): number {
  let n = 0;
  for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) n++;
  return n;
}

function openCsv(source: ImportSource, size: number, first: Buffer): OpenedSource {
  const encoding = textEncoding(first, first.length >= size);
  if (!encoding) throw new SourceError('encoding_utf16be', {}, null);
  if (encoding !== 'utf16le' && looksBinary(first)) throw new SourceError('file_binary', {}, null);
  // The sample may end inside a character: only its first lines matter here.
  const sample = encoding === 'windows1252' ? decodeWindows1252(first) : first.toString(encoding);
  const text = sample.replace(/^\ufeff/, '');
  // Excel may write a first line `sep=;` naming the delimiter: honoured and skipped.
  const sep = /^sep=([,;\t|])(\r\n|\n|\r)/i.exec(text);
  // Otherwise the delimiter and line break are those of the first line that is not blank.
  const body = sep ? text.slice(sep[0].length) : text;
  const header = body.slice(/^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(body)![0].length);
  const delimiter = sep ? sep[1] : detectDelimiter(header);
  const newline = /[\r\n]/.test(header) ? detectNewline(header) : detectNewline(body);
  const bytes = countedBytes(source);
  return {
    format: 'CSV',
    delimiter,
    encoding,
    size,
    bytesRead: bytes.read,
    sha256: bytes.sha256,
    sheets: () => [],
    async *batches() {
      const input = bytes.open();
      // Papa Parse's core parser, fed one chunk at a time: each call returns the complete rows
      // and where they end, and the unfinished last row is carried into the next chunk. Pulling
      // chunks from the file only as batches are consumed keeps memory flat.
      const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
      const decoder = chunkDecoder(encoding);
      let carry = '';
      let started = false;
      // Line numbers are counted here (1 + the line breaks inside quoted fields); blank lines and
      // rows of empty cells are skipped.
      let line = sep ? 1 : 0;
      // The character that ends a line inside a quoted field: '\n' (LF and CRLF files) or '\r'.
      const lineBreak = newline === '\r' ? '\r' : '\n';
      const rowsOf = (chunk: string, last: boolean): SourceRecord[] => {
        const result = parser.parse(chunk, 0, !last) as Papa.ParseResult<string[]>;
        const rows = result.data;
        if (!last) carry = chunk.substring(result.meta.cursor);
        // A quote problem in the unfinished last record (say, a chunk ending between `"\r` and
        // `\n`) is no problem: that record is parsed again with the next chunk.
        const error = result.errors.find((e) => e.type === 'Quotes' && (last || (e.row ?? 0) < rows.length));
        const records: SourceRecord[] = [];
        const upTo = error ? Math.min(error.row ?? rows.length, rows.length) : rows.length;
        // Only a quoted field holds a line break: text without a quote has none to look for.
        const quoted = chunk.indexOf('"') >= 0;
        for (let r = 0; r < upTo; r++) {
          const cells = rows[r];
          const start = line + 1;
          let blank = true;
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i];
            if (c.length === 0) continue;
            // The `'` that server/csv/records.ts puts before text a spreadsheet would run as a
            // formula is no part of the value: export → import gives back the stored text. Only
            // CSV: an XLSX cell keeps such a prefix apart from its value (quotePrefix).
            if (c.charCodeAt(0) === 0x27) cells[i] = restoreNeutralised(c);
            if (blank && c.trim() !== '') blank = false;
            if (quoted) for (let at = c.indexOf(lineBreak); at >= 0; at = c.indexOf(lineBreak, at + 1)) line++;
          }
          line++;
          if (!blank) records.push({ line: start, cells });
        }
        // Papa Parse's codes: MissingQuotes (a quote never closed) and InvalidQuotes (text after
        // a closing quote).
        if (error) throw new CsvSyntax(error.code === 'MissingQuotes' ? 'csv_quote_unclosed' : 'csv_quote_malformed', {}, records, line + 1);
        // The unfinished last record is carried into the next chunk; one that never ends (a quote
        // left open, or no CSV at all) would make every later chunk re-read it: refused past a limit.
        if (!last && carry.length > MAX_RECORD_CHARS) {
          if (quoteOpen(carry, delimiter)) throw new CsvSyntax('csv_quote_unclosed', {}, records, line + 1);
          throw new CsvSyntax('csv_line_too_long', { max: MAX_RECORD_CHARS / 1048576 }, records, line + 1);
        }
        return records;
      };
      try {
        for await (const chunk of input) {
          for (let at = 0; at < (chunk as Buffer).length; at += PIECE_BYTES) {
            let decoded = decoder.write((chunk as Buffer).subarray(at, at + PIECE_BYTES));
            if (!started) {
              decoded = decoded.replace(/^\ufeff/, '');
              if (sep) decoded = decoded.slice(sep[0].length);
              started = true;
            }
            const records = rowsOf(carry + decoded, false);
            if (records.length) yield records;
            // Text that is not UTF-8 after all: the rows before it are validated, and the file is
            // refused at the line of the bad byte (the unfinished record's line plus its breaks).
            if (decoder.bad) throw new SourceError('encoding_invalid', {}, line + 1 + countOf(carry, lineBreak));
          }
        }
        const tail = decoder.end();
        if (decoder.bad) {
          const records = rowsOf(carry + tail, false);
          if (records.length) yield records;
          throw new SourceError('encoding_invalid', {}, line + 1 + countOf(carry, lineBreak));
        }
        const records = rowsOf(carry + tail, true);
        if (records.length) yield records;
      } catch (err) {
        if (err instanceof CsvSyntax) {
          // The rows before the fault are still validated and reported.
          if (err.records.length) yield err.records;
          throw new SourceError(err.code, err.params, err.line);
        }
        if (err instanceof SourceError) throw err;
        throw fileError(err);
      } finally {
        input.destroy();
      }
    },
  };
}

/** A malformed record: the complete records before it, and the line it starts on. */
class CsvSyntax extends Error {
  constructor(
    readonly code: SourceProblem,
    readonly params: Record<string, string | number>,
    readonly records: SourceRecord[],
    readonly line: number,
  ) {
    super(code);
  }
}
