// Stage 3, the row check: a record's cells to the kind's typed values, with every problem of the
// row (cells that do not parse, values under no column, the checks across cells). A valid row is
// parsed by the cells' own parsers; a row with a problem by the zod schema, which lists every
// issue of the row.
import { fastRowParser } from '../fields.ts';
import type { KindSpec } from '../kinds.ts';
import type { ProblemCode, ProblemParams } from '../messages.ts';
import type { Cell } from '../reader.ts';
import type { RoundedAmounts } from '../rounded-amounts.ts';
import { cellsOf } from '../row-cells.ts';
import { cellText } from './cell-text.ts';
import type { Header } from './header.ts';
import type { ProblemLog } from './problems.ts';

/** One checked row. The checker reuses it (and `raw`) for the next row: read it before. */
export interface CheckedRow {
  line: number;
  /** The row's cells as text, by canonical column ('' for a column the file lacks). */
  raw: Record<string, string>;
  /** The typed values; undefined when a cell is at fault. */
  data: unknown;
  /** Columns whose cell is at fault. */
  flagged: ReadonlySet<string>;
}

const NO_COLUMNS: ReadonlySet<string> = new Set();

export class RowChecker {
  private readonly fast;
  private readonly row: CheckedRow = { line: 0, raw: {}, data: undefined, flagged: NO_COLUMNS };

  constructor(
    private readonly spec: KindSpec,
    private readonly header: Header,
    private readonly log: ProblemLog,
    private readonly rounded: RoundedAmounts,
  ) {
    this.fast = fastRowParser(spec.schema);
    // The columns the header lacks stay '' in every row: only the header's positions are written.
    for (const c of spec.columns) this.row.raw[c] = '';
  }

  check(line: number, cells: Cell[]): CheckedRow {
    const { spec, log, row } = this;
    const { positions, blank, missing } = this.header;
    const raw = row.raw;
    let nul: string[] | undefined;
    // Every position of the header, a short row's missing cells read as empty.
    for (let i = 0; i < positions.length; i++) {
      const col = positions[i];
      const v = i < cells.length ? cellText(cells[i], col) : '';
      if (col !== undefined) {
        raw[col] = v;
        if (v.includes('\0')) (nul ??= []).push(col);
      } else if (v !== '' && blank[i]) log.report(line, null, v, 'header_blank', { position: i + 1 });
    }
    // Cells past the header: a problem once one holds a value.
    for (let i = positions.length; i < cells.length; i++) {
      if (cellText(cells[i], undefined) === '') continue;
      const extra = cells.slice(positions.length).map((c) => cellText(c, undefined)).join(' | ');
      log.report(line, null, extra, 'too_many_fields', { fields: cells.length, expected: positions.length });
      break;
    }
    let data: unknown = this.fast ? this.fast(raw) : undefined;
    const parsed = data === undefined ? spec.schema.safeParse(raw) : undefined;
    if (parsed?.success) data = parsed.data;
    let flagged: ReadonlySet<string> = NO_COLUMNS;
    if (parsed && !parsed.success) {
      const cols = new Set<string>();
      flagged = cols;
      for (const issue of parsed.error.issues) {
        const col = String(issue.path[0] ?? '');
        if (missing.has(col)) continue;
        cols.add(col);
        log.report(line, col || null, col ? raw[col] : null, issue.message as ProblemCode, issueParams(issue));
      }
    }
    // PostgreSQL refuses a NUL character in any text (the whole import would fail as a database
    // error) and SQLite would store it: a row problem on both, naming the cell.
    if (nul) {
      const cols = new Set(flagged);
      for (const col of nul) {
        if (cols.has(col)) continue;
        cols.add(col);
        log.report(line, col, raw[col].replace(/\0/g, '\u2400'), 'nul_character');
      }
      flagged = cols;
      data = undefined;
    }
    for (const check of spec.rowChecks ?? []) {
      const values = data !== undefined ? (data as Record<string, unknown>) : cellsOf(spec, check.columns, raw, flagged, missing);
      const p = values && check.check(values);
      if (p) log.report(line, p.column, raw[p.column], p.code, p.params);
    }
    if (data !== undefined) this.rounded.see(raw, data as Record<string, unknown>, line);
    row.line = line;
    row.data = data;
    row.flagged = flagged;
    return row;
  }
}

function issueParams(issue: unknown): ProblemParams {
  return (issue as { params?: ProblemParams }).params ?? {};
}
