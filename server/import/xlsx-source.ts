// XLSX workbooks, streamed: ExcelJS's WorkbookReader, cells as Excel shows them.
import ExcelJS from 'exceljs';
import { numberToText } from '../../common/numbers/locale-number.ts';
import { countedBytes, fileError, SourceError, type Cell, type ImportSource, type OpenedSource, type SourceRecord } from './source.ts';

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
export function openXlsx(source: ImportSource, size: number, sheetName?: string): OpenedSource {
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
