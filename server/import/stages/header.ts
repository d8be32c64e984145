// Stage 2, the header: which column of the kind each position holds, the required ones missing,
// unknown and repeated header cells; and which stored values rows must keep because the file
// lacks the columns that feed them.
import type { Cell } from '../reader.ts';
import { canonicalColumn, type KindSpec } from '../kinds.ts';
import { cellText } from './cell-text.ts';
import type { ProblemLog } from './problems.ts';

export interface Header {
  line: number;
  /** The canonical column at each position; undefined for a blank, unknown or repeated header cell. */
  positions: (string | undefined)[];
  /** Canonical columns recognised, in file order. */
  columns: string[];
  /** Required columns the header lacks (their cells are not reported row by row). */
  missing: ReadonlySet<string>;
  /** Positions whose header cell is blank: values under them are reported. */
  blank: boolean[];
  /** Database columns existing rows keep as stored (see Upserter.keepStored). */
  kept: ReadonlySet<string>;
  /** Database columns existing rows keep where the file's value is null. */
  filled: ReadonlySet<string>;
}

export function readHeader(spec: KindSpec, cells: Cell[], line: number, log: ProblemLog): Header {
  log.headerLine = line;
  const positions: (string | undefined)[] = [];
  const blank: boolean[] = [];
  const at = new Map<string, number>();
  cells.forEach((cell, i) => {
    const text = cellText(cell, undefined);
    blank[i] = text === '';
    if (text === '') {
      positions.push(undefined);
      return;
    }
    const col = canonicalColumn(spec, text);
    if (!col) {
      log.report(line, text, text, 'header_unknown', { value: text, kind: spec.kind, allowed: spec.columns.join(', ') });
      positions.push(undefined);
    } else if (at.has(col)) {
      log.report(line, col, text, 'header_duplicate', { column: col, other: at.get(col)! + 1 });
      positions.push(undefined);
    } else {
      at.set(col, i);
      positions.push(col);
    }
  });
  const missing = new Set<string>();
  for (const req of spec.required) {
    if (!at.has(req)) {
      log.report(line, req, null, 'header_missing', { column: req });
      missing.add(req);
    }
  }
  const columns = positions.filter((c): c is string => !!c);
  const kept = new Set<string>();
  const filled = new Set<string>();
  for (const [column, feeds] of Object.entries(spec.optionalFeeds)) if (!columns.includes(column)) feeds.forEach((c) => kept.add(c));
  for (const [derived, from] of Object.entries(spec.derivedFeeds ?? {})) {
    const given = from.filter((c) => columns.includes(c)).length;
    if (given === 0) kept.add(derived);
    else if (given < from.length) filled.add(derived);
  }
  return { line, positions, columns, missing, blank, kept, filled };
}
