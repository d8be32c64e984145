// Turns a CSV or XLSX file into records {line, cells}, streaming both so that memory stays
// flat whatever the file size. CSV: UTF-8 with or without BOM or UTF-16LE with BOM; CRLF, LF or
// CR; delimiter `,` `;` or tab detected from the header line; quoted fields. XLSX: the first
// sheet or a named one.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { numberToText } from './fields.ts';

/** Where the file comes from: a path on disk (CLI) or its bytes (GraphQL). */
export type ImportSource = { path: string } | { buffer: Buffer };

/** A cell as read: text, or a date when a spreadsheet stored one. */
export type Cell = string | Date;

export interface SourceRecord {
  /** Line of the file (CSV) or row of the sheet (XLSX); the header is line 1 in a plain file. */
  line: number;
  cells: Cell[];
}

export class SourceError extends Error {
  constructor(
    readonly code: 'csv_syntax' | 'file_unreadable' | 'sheet_missing',
    readonly params: Record<string, string | number>,
    readonly line: number | null,
  ) {
    super(String(params.detail ?? code));
  }
}

export interface OpenedSource {
  format: 'CSV' | 'XLSX';
  delimiter?: string;
  sheet?: string;
  /** Total bytes, for progress. */
  size: number;
  /** The non-blank records in batches (fewer promises per row than one record at a time). */
  batches(): AsyncIterable<SourceRecord[]>;
  /** Bytes consumed so far. */
  bytesRead(): number;
  /** SHA-256 of the whole file; complete once batches() has been consumed. */
  sha256(): string;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

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
  try {
    size = 'buffer' in source ? source.buffer.length : (await fs.promises.stat(source.path)).size;
  } catch (err) {
    throw new SourceError('file_unreadable', { detail: (err as Error).message }, null);
  }
  const first = await head(source, 64 * 1024).catch((err: Error) => {
    throw new SourceError('file_unreadable', { detail: err.message }, null);
  });
  if (first.subarray(0, 4).equals(XLSX_MAGIC)) return openXlsx(source, size, opts.sheet);
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

/**
 * The text encoding of a CSV file: UTF-8 (with or without BOM), or UTF-16 little-endian with
 * its BOM, which is what Excel writes for "Unicode Text". Undefined for UTF-16 big-endian.
 */
export function textEncoding(first: Buffer): 'utf8' | 'utf16le' | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf16le';
  if (first[0] === 0xfe && first[1] === 0xff) return undefined;
  return 'utf8';
}

function openCsv(source: ImportSource, size: number, first: Buffer): OpenedSource {
  const encoding = textEncoding(first);
  if (!encoding) throw new SourceError('file_unreadable', { detail: 'UTF-16 big-endian text is not supported: save the file as UTF-8 CSV' }, null);
  // The sample may end inside a character: only its first line matters here.
  const text = first.toString(encoding).replace(/^\ufeff/, '');
  // Excel may write a first line `sep=;` naming the delimiter: honoured and skipped.
  const sep = /^sep=([,;\t|])(\r\n|\n|\r)/i.exec(text);
  const delimiter = sep ? sep[1] : detectDelimiter(text);
  const newline = detectNewline(sep ? text.slice(sep[0].length) : text);
  const bytes = countedBytes(source);
  return {
    format: 'CSV',
    delimiter,
    size,
    bytesRead: bytes.read,
    sha256: bytes.sha256,
    async *batches() {
      const input = bytes.open();
      // Papa Parse's core parser, fed one chunk at a time: each call returns the complete rows
      // and where they end, and the unfinished last row is carried into the next chunk. Pulling
      // chunks from the file only as batches are consumed keeps memory flat.
      const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
      const decoder = new StringDecoder(encoding);
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
        if (error) throw new CsvSyntax(error.message, records, line + 1);
        // The unfinished last record is carried into the next chunk; one that never ends (a quote
        // left open) would make every later chunk re-read it: refused past a limit.
        if (!last && carry.length > MAX_RECORD_CHARS) {
          const detail = `a quoted field is never closed (a record of over ${MAX_RECORD_CHARS / 1048576} M characters)`;
          throw new CsvSyntax(detail, records, line + 1);
        }
        return records;
      };
      try {
        for await (const chunk of input) {
          let decoded = decoder.write(chunk as Buffer);
          if (!started) {
            decoded = decoded.replace(/^\ufeff/, '');
            if (sep) decoded = decoded.slice(sep[0].length);
            started = true;
          }
          const records = rowsOf(carry + decoded, false);
          if (records.length) yield records;
        }
        const records = rowsOf(carry + decoder.end(), true);
        if (records.length) yield records;
      } catch (err) {
        if (err instanceof CsvSyntax) {
          // The rows before the fault are still validated and reported.
          if (err.records.length) yield err.records;
          throw new SourceError('csv_syntax', { detail: err.message }, err.line);
        }
        throw new SourceError('file_unreadable', { detail: (err as Error).message }, null);
      } finally {
        input.destroy();
      }
    },
  };
}

/** The longest record read (a record longer than this has a quote left open). */
const MAX_RECORD_CHARS = 4 * 1048576;

/** Bytes read from a CSV file at a time (Papa Parse's fast path is quickest on chunks this size). */
const CHUNK_BYTES = 64 * 1024;

/** A malformed record: the complete records before it, and the line it starts on. */
class CsvSyntax extends Error {
  constructor(
    message: string,
    readonly records: SourceRecord[],
    readonly line: number,
  ) {
    super(message);
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

/** A spreadsheet cell as text (numbers written so that the number rules read them back), or a Date. */
export function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'number') return numberToText(value);
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
  return {
    format: 'XLSX',
    get sheet() {
      return chosen;
    },
    size,
    bytesRead: bytes.read,
    sha256: bytes.sha256,
    async *batches() {
      const input = bytes.open();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        sharedStrings: 'cache',
        styles: 'cache', // number formats tell date cells from numbers
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      const tabs = () => ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((t) => t.name);
      const names: string[] = [];
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
              const cell = xlsxCell(values[c]);
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
        throw new SourceError('file_unreadable', { detail: `not a readable XLSX workbook (${(err as Error).message})` }, null);
      } finally {
        input.destroy();
      }
      if (chosen === undefined) {
        const listed = tabs().length ? tabs() : names;
        throw new SourceError('sheet_missing', { sheet: sheetName ?? '', sheets: listed.join(', ') }, null);
      }
    },
  };
}
