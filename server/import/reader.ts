// Turns a CSV or XLSX file into records {line, cells}, streaming CSV so that memory stays flat
// whatever the file size. CSV: UTF-8 with or without BOM, CRLF or LF, delimiter `,` `;` or tab
// detected from the header line, quoted fields. XLSX: the first sheet or a named one.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
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

function openCsv(source: ImportSource, size: number, first: Buffer): OpenedSource {
  const text = first.toString('utf8').replace(/^\ufeff/, '');
  // Excel may write a first line `sep=;` naming the delimiter: honoured and skipped.
  const sep = /^sep=([,;\t|])\r?\n/i.exec(text);
  const delimiter = sep ? sep[1] : detectDelimiter(text);
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  return {
    format: 'CSV',
    delimiter,
    size,
    bytesRead: () => bytes,
    sha256: () => hash.copy().digest('hex'),
    async *batches() {
      const input: Readable =
        'buffer' in source ? Readable.from([source.buffer], { objectMode: false }) : fs.createReadStream(source.path, { highWaterMark: 64 * 1024 });
      input.on('data', (chunk: Buffer | string) => {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += b.length;
        hash.update(b);
      });
      const parser = parse({
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        ...(sep ? { from_line: 2 } : {}),
      });
      input.on('error', (err) => parser.destroy(err));
      // Records are queued as they are parsed (not left in the stream's buffer), so that the
      // rows before a syntax error are still validated and reported; the parser is paused
      // while the queue is full, which holds back reading the file: memory stays flat.
      const queue: SourceRecord[] = [];
      let ended = false;
      let failure: unknown;
      let wake: (() => void) | undefined;
      const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
      };
      // Line numbers are counted here (1 + the line breaks inside quoted fields), which is
      // cheaper than csv-parse's per-record info; blank lines and rows of empty cells are skipped.
      let line = sep ? 1 : 0;
      parser.on('data', (cells: string[]) => {
        const start = line + 1;
        let blank = true;
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          if (c.length === 0) continue;
          if (blank && c.trim() !== '') blank = false;
          for (let at = c.indexOf('\n'); at >= 0; at = c.indexOf('\n', at + 1)) line++;
        }
        line++;
        if (blank) return;
        queue.push({ line: start, cells });
        if (queue.length >= 1024) parser.pause();
        notify();
      });
      parser.on('end', () => {
        ended = true;
        notify();
      });
      parser.on('error', (err) => {
        failure = err;
        notify();
      });
      input.pipe(parser);
      try {
        for (;;) {
          if (queue.length > 0) {
            const batch = queue.splice(0, queue.length);
            if (parser.isPaused() && failure === undefined) parser.resume();
            yield batch;
            continue;
          }
          if (failure !== undefined) throw failure;
          if (ended) return;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      } catch (err) {
        input.destroy();
        if (err instanceof CsvError) {
          const e = err as CsvError & { lines?: number };
          throw new SourceError('csv_syntax', { detail: e.message.replace(/^Invalid [^:]*: /, '') }, e.lines ?? (line + 1));
        }
        throw new SourceError('file_unreadable', { detail: (err as Error).message }, null);
      } finally {
        input.destroy();
        parser.destroy();
      }
    },
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

async function openXlsx(source: ImportSource, size: number, sheetName?: string): Promise<OpenedSource> {
  const workbook = new ExcelJS.Workbook();
  const hash = createHash('sha256');
  try {
    if ('buffer' in source) {
      hash.update(source.buffer);
      await workbook.xlsx.load(source.buffer as unknown as ArrayBuffer);
    } else {
      const buf = await fs.promises.readFile(source.path);
      hash.update(buf);
      await workbook.xlsx.load(buf as unknown as ArrayBuffer);
    }
  } catch (err) {
    throw new SourceError('file_unreadable', { detail: `not a readable XLSX workbook (${(err as Error).message})` }, null);
  }
  const sheets = workbook.worksheets;
  const sheet = sheetName
    ? sheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase())
    : sheets[0];
  if (!sheet) {
    throw new SourceError('sheet_missing', { sheet: sheetName ?? '', sheets: sheets.map((s) => s.name).join(', ') }, null);
  }
  const digest = hash.digest('hex');
  let done = 0;
  return {
    format: 'XLSX',
    sheet: sheet.name,
    size,
    bytesRead: () => done,
    sha256: () => digest,
    async *batches() {
      const last = sheet.rowCount;
      let batch: SourceRecord[] = [];
      for (let r = 1; r <= last; r++) {
        const row = sheet.getRow(r);
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        let any = false;
        for (let c = 1; c < values.length; c++) {
          const cell = xlsxCell(values[c]);
          const t = typeof cell === 'string' ? cell.trim() : cell;
          if (t !== '') any = true;
          cells.push(cell);
        }
        done = Math.round((size * r) / Math.max(1, last));
        if (any) batch.push({ line: r, cells });
        if (batch.length >= 4096) {
          yield batch;
          batch = [];
        }
      }
      done = size;
      if (batch.length > 0) yield batch;
    },
  };
}
