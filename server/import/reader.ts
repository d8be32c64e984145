// Turns a CSV or XLSX file into records {line, cells}, streaming both so that memory stays
// flat whatever the file size. CSV: UTF-8 with or without BOM, UTF-16LE with BOM, or Windows-1252
// (Excel's plain "CSV" in an ANSI locale, recognised when the file's first 64 KB are not UTF-8);
// CRLF, LF or CR; delimiter `,` `;` or tab detected from the header line; quoted fields. XLSX:
// the first sheet or a named one. Legacy .xls workbooks and binary data are refused up front.
// Every refusal is a SourceError whose code and params are a problem of messages.ts (no library
// or OS text reaches the report).
import { isAscii, isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { numberToText } from './fields.ts';
import { describeProblem, type ProblemCode } from './messages.ts';

/** Where the file comes from: a path on disk (CLI) or its bytes (GraphQL). */
export type ImportSource = { path: string } | { buffer: Buffer };

/** A cell as read: text, or a date when a spreadsheet stored one. */
export type Cell = string | Date;

export interface SourceRecord {
  /** Line of the file (CSV) or row of the sheet (XLSX); the header is line 1 in a plain file. */
  line: number;
  cells: Cell[];
}

/** The problems the reader reports (their texts, in both languages, are in messages.ts). */
export type SourceProblem = Extract<
  ProblemCode,
  | 'file_unreadable'
  | 'file_not_found'
  | 'file_is_directory'
  | 'file_no_permission'
  | 'file_binary'
  | 'file_xls'
  | 'encoding_utf16be'
  | 'encoding_invalid'
  | 'csv_quote_unclosed'
  | 'csv_quote_malformed'
  | 'csv_line_too_long'
  | 'xlsx_unreadable'
  | 'xlsx_formula_no_result'
  | 'sheet_missing'
>;

export class SourceError extends Error {
  constructor(
    readonly code: SourceProblem,
    readonly params: Record<string, string | number>,
    readonly line: number | null,
  ) {
    super(describeProblem(code, params, 'en'));
  }
}

export interface OpenedSource {
  format: 'CSV' | 'XLSX';
  delimiter?: string;
  /** CSV: how the bytes were decoded. */
  encoding?: TextEncoding;
  sheet?: string;
  /** Total bytes, for progress. */
  size: number;
  /** The non-blank records in batches (fewer promises per row than one record at a time). */
  batches(): AsyncIterable<SourceRecord[]>;
  /** Bytes consumed so far. */
  bytesRead(): number;
  /** SHA-256 of the whole file; complete once batches() has been consumed. */
  sha256(): string;
  /** XLSX: the workbook's sheet names, in tab order; complete once batches() has been consumed. */
  sheets(): string[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an Excel 97–2003 .xls (or a password-protected .xlsx, which is one too). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Bytes read from a file at a time. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Bytes decoded and parsed at a time. A text holding one character above U+00FF (€, a curly
 * quote) is stored by V8 with two bytes per character; past 128 KB such a string lands in the
 * large-object space, and Papa Parse's substrings of it made a 64 KB piece three times slower.
 */
const PIECE_BYTES = 32 * 1024;

/** The longest record read (a record longer than this has a quote left open, or is no CSV). */
const MAX_RECORD_CHARS = 4 * 1048576;

/** An OS error (a path that does not exist, a directory, no permission…) as a problem of ours. */
function fileError(err: unknown): SourceError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SourceError('file_not_found', {}, null);
  if (code === 'EISDIR') return new SourceError('file_is_directory', {}, null);
  if (code === 'EACCES' || code === 'EPERM') return new SourceError('file_no_permission', {}, null);
  // Anything else: the system's error code only (EIO, EMFILE…), no English sentence.
  return new SourceError('file_unreadable', { detail: typeof code === 'string' ? code : 'I/O' }, null);
}

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

export type TextEncoding = 'utf8' | 'utf16le' | 'windows1252';

/**
 * The text encoding of a CSV file from its first bytes: UTF-16 little-endian with its BOM (what
 * Excel writes for "Unicode Text"); UTF-8 with a BOM, or without one when the sample is valid
 * UTF-8 or holds UTF-8 characters next to a stray invalid byte (a damaged UTF-8 file, refused at
 * that byte's line rather than misread); otherwise Windows-1252, what Excel's plain "CSV" writes
 * in an ANSI locale. Undefined for UTF-16 big-endian. `complete`: the sample is the whole file
 * (else it may end inside a character).
 */
export function textEncoding(first: Buffer, complete = true): TextEncoding | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf16le';
  if (first[0] === 0xfe && first[1] === 0xff) return undefined;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'utf8';
  const sample = complete ? first : first.subarray(0, first.length - incompleteTail(first));
  if (isUtf8(sample)) return 'utf8';
  return scanUtf8(sample).characters > 0 ? 'utf8' : 'windows1252';
}

/** Bytes of an unfinished UTF-8 character at the end of `bytes` (0 when it ends on a character boundary). */
function incompleteTail(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Where the first byte that is not UTF-8 is (`bytes.length` when none), and how many multi-byte characters precede it. */
function scanUtf8(bytes: Buffer): { invalidAt: number; characters: number } {
  let characters = 0;
  const n = bytes.length;
  let i = 0;
  scan: while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= n) break;
    let cp = c & (0x3f >> more);
    for (let k = 1; k <= more; k++) {
      const d = bytes[i + k];
      if ((d & 0xc0) !== 0x80) break scan;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < [0, 0x80, 0x800, 0x10000][more] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) break;
    characters++;
    i += more + 1;
  }
  return { invalidAt: i, characters };
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the others are Latin-1's). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 text. Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1's C1
 * controls (0x80 as U+0080, not €), so Latin-1 is mended here: each of those bytes present is
 * looked for (memchr-fast) and its character replaced, 10× quicker than a regular expression.
 * One byte per character: chunks need no carrying.
 */
export function decodeWindows1252(bytes: Buffer): string {
  let text = bytes.toString('latin1');
  for (let k = 0; k < 32; k++) {
    if (CP1252_HIGH.charCodeAt(k) !== 0x80 + k && bytes.indexOf(0x80 + k) >= 0) text = text.replaceAll(String.fromCharCode(0x80 + k), CP1252_HIGH[k]);
  }
  return text;
}

/**
 * Whether the first bytes are binary data rather than text: control characters other than tab,
 * line breaks, form feed and Ctrl-Z in more than 1 byte of 50 (a stray NUL in a text file is
 * not enough; NUL-padded, compressed or executable data always is).
 */
export function looksBinary(sample: Buffer): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) || b === 0x7f) controls++;
  }
  return controls > 2 && controls * 50 > sample.length;
}

/**
 * UTF-8 text of a stream of chunks, checked (Buffer's isUtf8, SIMD-fast) so that no bad byte is
 * silently decoded as U+FFFD. A character split between chunks is carried into the next one.
 * After a bad byte, `bad` is set and the text returned is what precedes it.
 */
class Utf8Chunks {
  bad = false;
  private pending: Buffer | undefined;
  // Until a character beyond ASCII has been read, the file may as well be Windows-1252 whose
  // first accent comes after the sample (a long branch list): then the first byte that is not
  // UTF-8 switches the rest of the file to Windows-1252 instead of refusing it.
  private nonAscii = false;
  private windows1252 = false;

  write(chunk: Buffer): string {
    if (this.windows1252) return decodeWindows1252(chunk);
    const whole = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let bytes = whole;
    const tail = incompleteTail(bytes);
    if (tail) {
      this.pending = Buffer.from(bytes.subarray(bytes.length - tail));
      bytes = bytes.subarray(0, bytes.length - tail);
    }
    if (isUtf8(bytes)) {
      if (!this.nonAscii && !isAscii(bytes)) this.nonAscii = true;
      return bytes.toString('utf8');
    }
    const scan = scanUtf8(bytes);
    if (!this.nonAscii && scan.characters === 0) {
      this.windows1252 = true;
      this.pending = undefined;
      return decodeWindows1252(whole);
    }
    this.bad = true;
    return bytes.toString('utf8', 0, scan.invalidAt);
  }

  /** At the end of the file: a character left unfinished is a bad byte too (or, in a file of ASCII so far, a Windows-1252 one). */
  end(): string {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return '';
    if (this.nonAscii) {
      this.bad = true;
      return '';
    }
    this.windows1252 = true;
    return decodeWindows1252(pending);
  }
}

/** A decoder of the file's chunks into text. */
interface ChunkDecoder {
  bad: boolean;
  write(chunk: Buffer): string;
  end(): string;
}

function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf8') return new Utf8Chunks();
  if (encoding === 'windows1252') return { bad: false, write: decodeWindows1252, end: () => '' };
  const decoder = new StringDecoder('utf16le');
  return { bad: false, write: (chunk) => decoder.write(chunk), end: () => decoder.end() };
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
        for (let r = 0; r < upTo; r++) {
          const cells = rows[r];
          const start = line + 1;
          let blank = true;
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i];
            if (c.length === 0) continue;
            if (blank && c.trim() !== '') blank = false;
            for (let at = c.indexOf(lineBreak); at >= 0; at = c.indexOf(lineBreak, at + 1)) line++;
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

function* chunksOf(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += CHUNK_BYTES) yield buffer.subarray(at, at + CHUNK_BYTES);
}

/**
 * The file's bytes as a stream of CHUNK_BYTES chunks, counted (for progress) and hashed (for the
 * import history) as they pass. Destroying the stream also closes the file.
 */
function countedBytes(source: ImportSource): { open(): Readable; read(): number; sha256(): string } {
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  return {
    open() {
      const input: Readable =
        'buffer' in source ? Readable.from(chunksOf(source.buffer), { objectMode: false }) : fs.createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      // pipeline: an error or destroy on either side ends both.
      pipeline(input, counted, () => undefined);
      return counted;
    },
    read: () => bytes,
    sha256: () => hash.copy().digest('hex'),
  };
}

/**
 * A spreadsheet number as Excel shows and keeps it: 15 significant digits, so that a formula's
 * binary noise (30000.000000000004) is gone. Integers are kept exact.
 */
export function xlsxNumber(n: number): number {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

/** A spreadsheet cell as text (numbers written so that the number rules read them back), or a Date. */
export function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'number') return numberToText(xlsxNumber(value));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in v) return xlsxCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/** A formula cell whose value (as Row.values gives it) has no result. */
function formulaWithoutResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value) && !('result' in value);
}

/** A column's letters (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * XLSX, streamed: ExcelJS's WorkbookReader unzips and parses the sheets as the bytes arrive, so a
 * workbook of a million rows is never held in memory whole. The wanted sheet is the named one
 * (case-insensitive), else the first tab; the other sheets are read past. Sheet names are only
 * known once the workbook is read, so a missing sheet is reported at the end.
 */
function openXlsx(source: ImportSource, size: number, sheetName?: string): OpenedSource {
  const bytes = countedBytes(source);
  let chosen: string | undefined;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  let tabs = (): string[] => [];
  const names: string[] = [];
  const sheets = () => (tabs().length ? tabs() : names);
  return {
    format: 'XLSX',
    get sheet() {
      return chosen;
    },
    size,
    bytesRead: bytes.read,
    sha256: bytes.sha256,
    sheets,
    async *batches() {
      const input = bytes.open();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        sharedStrings: 'cache',
        styles: 'cache', // number formats tell date cells from numbers
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      tabs = () => ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((t) => t.name);
      try {
        for await (const worksheet of reader) {
          const name = (worksheet as unknown as { name: string }).name;
          names.push(name);
          const first = tabs()[0];
          const wanted = chosen === undefined && (sheetName !== undefined ? same(name, sheetName) : first === undefined || first === name);
          let batch: SourceRecord[] = [];
          for await (const row of worksheet) {
            if (!wanted) continue; // read past: the zip is one stream
            const values = (row as ExcelJS.Row).values as unknown[];
            const cells: Cell[] = [];
            let any = false;
            for (let c = 1; c < values.length; c++) {
              let value = values[c];
              if (typeof value === 'object' && formulaWithoutResult(value)) {
                // Row.values leaves out a formula's falsy result (0, empty text, FALSE); the cell
                // still has it. None at all: a program that does not calculate saved it, and its
                // value is unknown (the rows before are still validated).
                value = (row as ExcelJS.Row).getCell(c).result as unknown;
                if (value === undefined) {
                  chosen = name;
                  if (batch.length > 0) yield batch;
                  const line = (row as ExcelJS.Row).number;
                  throw new SourceError('xlsx_formula_no_result', { cell: `${columnLetters(c)}${line}` }, line);
                }
              }
              const cell = xlsxCell(value);
              if ((typeof cell === 'string' ? cell.trim() : cell) !== '') any = true;
              cells.push(cell);
            }
            if (any) batch.push({ line: (row as ExcelJS.Row).number, cells });
            if (batch.length >= 4096) {
              yield batch;
              batch = [];
            }
          }
          if (wanted) chosen = name;
          if (batch.length > 0) yield batch;
        }
      } catch (err) {
        if (err instanceof SourceError) throw err;
        if (typeof (err as NodeJS.ErrnoException)?.errno === 'number') throw fileError(err);
        // A damaged or truncated zip, or XML that is no workbook: ExcelJS's and unzip's own words
        // (FILE_ENDED…) mean nothing to the reader of the report.
        throw new SourceError('xlsx_unreadable', {}, null);
      } finally {
        input.destroy();
      }
      // A zip without a single worksheet is no workbook (a .docx, a zipped CSV…).
      if (sheets().length === 0) throw new SourceError('xlsx_unreadable', {}, null);
      if (chosen === undefined) throw new SourceError('sheet_missing', { sheet: sheetName ?? '', sheets: sheets().join(', ') }, null);
    },
  };
}
