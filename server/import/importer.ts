// The one import pipeline behind the CLI, the GraphQL mutation and the upload page:
// read (streaming) → map the header → validate each row with the kind's zod schema → check
// branches and duplicate keys → upsert in batches inside ONE transaction. As soon as a row is
// rejected, writing stops (validation goes on to list every problem) and the transaction is
// rolled back: a file is stored whole or not at all. Every attempt is recorded in import_run.
import type { Locale } from '../../shared/i18n/format.ts';
import { bumpDataVersion } from '../cache/data-version.ts';
import { describeDatabaseError } from '../db/errors.ts';
import type { Database } from '../db/orm.ts';
import { closeAbandonedRuns, finishRun, startRun } from './history.ts';
import { fastRowParser } from './fields.ts';
import { KeySet } from './key-set.ts';
import { KINDS, canonicalColumn, type ImportKind, type KindSpec } from './kinds.ts';
import { describeProblem, type ProblemCode, type ProblemParams } from './messages.ts';
import { openSource, SourceError, type Cell, type ImportSource, type OpenedSource } from './reader.ts';
import { type ImportNote, RoundedAmounts } from './rounded-amounts.ts';
import { cellsOf } from './row-cells.ts';
import { shortened } from './shown-value.ts';
import { Upserter } from './store.ts';

export type { ImportNote } from './rounded-amounts.ts';

export type { ImportKind, ImportSource };

export interface ImportProblem {
  /** Line of the file (the header is line 1); null for a problem with the whole file. */
  line: number | null;
  /** Canonical column (or the header text for an unknown column); null when the whole row or file is at fault. */
  column: string | null;
  /** The offending cell as it was in the file. */
  value: string | null;
  code: ProblemCode;
  params: ProblemParams;
  /** The reason, in the report's language. */
  reason: string;
}

export type ImportOutcome = 'STORED' | 'REJECTED' | 'DRY_RUN';

export interface ImportReport {
  runId: number | null;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  format: 'CSV' | 'XLSX' | null;
  delimiter: string | null;
  sheet: string | null;
  /** Canonical columns recognised in the header, in file order. */
  columns: string[];
  /** Data rows read (the header and blank lines not counted). */
  rows: number;
  /** Rows with at least one problem. */
  rejectedRows: number;
  /** All problems found, including those not listed. */
  problemCount: number;
  /** The first `maxListedProblems` problems in file order. */
  problems: ImportProblem[];
  problemsTruncated: boolean;
  /** Notes on an accepted file (STORED or DRY_RUN); none for a rejected one, which stores nothing. */
  notes: ImportNote[];
  outcome: ImportOutcome;
  dryRun: boolean;
  /** Rows written (inserted or changed); 0 unless STORED. Unchanged rows of a re-import are not counted. */
  storedRows: number;
  lang: Locale;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
}

export interface ImportOptions {
  kind: ImportKind;
  source: ImportSource;
  fileName: string;
  dryRun?: boolean;
  /** XLSX: the sheet to read (default the first). */
  sheet?: string;
  /** Who imports: recorded in the history. */
  actor?: string;
  lang?: Locale;
  /** How many problems the report lists (all are counted). Default 1000. */
  maxListedProblems?: number;
  /** Called for every problem as it is found (the CLI prints them all this way). */
  onProblem?(problem: ImportProblem): void;
  /** Called now and then with bytes read and total bytes. */
  onProgress?(done: number, total: number, rows: number): void;
  /** Rows per INSERT statement (default: as many as the bound-variable limit allows). */
  batchRows?: number;
}

class Rollback extends Error {}

/** Rows read before the key set is sized for the file (see below). */
const RESERVE_AT = 65536;

const NO_COLUMNS: ReadonlySet<string> = new Set();

function cellText(cell: Cell | undefined, column: string | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (Number.isNaN(cell.getTime())) return '';
  const iso = cell.toISOString();
  return column === 'period' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Known branch codes, upper-cased, for the unknown-branch check. */
async function knownBranches(db: Database): Promise<Set<string>> {
  const rows: { code: string }[] = await db.knex('branch').select('code');
  return new Set(rows.map((r) => String(r.code).toUpperCase()));
}

export async function importFile(db: Database, opts: ImportOptions): Promise<ImportReport> {
  const spec: KindSpec = KINDS[opts.kind];
  const lang: Locale = opts.lang ?? 'id';
  const maxListed = opts.maxListedProblems ?? 1000;
  const dryRun = opts.dryRun ?? false;
  const startedAt = new Date();
  const t0 = performance.now();
  // Attempts of processes that died are closed first, so that the history never shows two "in progress".
  await closeAbandonedRuns(db).catch(() => undefined);
  const runId = await startRun(db, { kind: opts.kind, fileName: opts.fileName, actor: opts.actor ?? 'unknown', startedAt });

  const problems: ImportProblem[] = [];
  let problemCount = 0;
  let rejectedRows = 0;
  let lastRejectedLine = -1;
  let rows = 0;
  let columns: string[] = [];
  let source: OpenedSource | undefined;

  const report = (line: number | null, column: string | null, value: string | null, code: ProblemCode, params: ProblemParams = {}) => {
    problemCount++;
    if (line !== null && line !== headerLine && line !== lastRejectedLine) {
      rejectedRows++;
      lastRejectedLine = line;
    }
    if (problems.length >= maxListed && !opts.onProblem) return;
    const p: ImportProblem = { line, column, value: shortened(value), code, params, reason: describeProblem(code, params, lang) };
    if (problems.length < maxListed) problems.push(p);
    opts.onProblem?.(p);
  };

  let headerLine = -1;
  let storedRows = 0;
  const rounded = new RoundedAmounts(spec);

  const run = async (upserter: Upserter | undefined) => {
    try {
      source = await openSource(opts.source, { sheet: opts.sheet });
    } catch (err) {
      if (err instanceof SourceError) return report(err.line, null, null, err.code, err.params);
      throw err;
    }
    const seen = new KeySet();
    const fast = fastRowParser(spec.schema);
    const interned = new Map<string, number>();
    const intern = (text: string): number => {
      let id = interned.get(text);
      if (id === undefined) interned.set(text, (id = interned.size));
      return id;
    };
    let positions: (string | undefined)[] = [];
    const missing = new Set<string>();
    const raw: Record<string, string> = {};
    let lastProgress = 0;
    try {
      for await (const batch of source.batches()) for (const rec of batch) {
        if (headerLine < 0) {
          headerLine = rec.line;
          ({ positions, columns } = mapHeader(spec, rec.cells, rec.line, report, missing));
          const kept = new Set<string>();
          const filled = new Set<string>();
          for (const [column, feeds] of Object.entries(spec.optionalFeeds)) if (!columns.includes(column)) feeds.forEach((c) => kept.add(c));
          for (const [derived, from] of Object.entries(spec.derivedFeeds ?? {})) {
            const given = from.filter((c) => columns.includes(c)).length;
            if (given === 0) kept.add(derived);
            else if (given < from.length) filled.add(derived);
          }
          upserter?.keepStored(kept, filled);
          continue;
        }
        rows++;
        const line = rec.line;
        const before = problemCount;
        for (const c of spec.columns) raw[c] = '';
        const cells = rec.cells;
        for (let i = 0; i < cells.length; i++) {
          const col = positions[i];
          const v = cellText(cells[i], col);
          if (col) raw[col] = v;
          else if (v !== '') {
            if (i >= positions.length) {
              report(line, null, cells.slice(positions.length).map((c) => cellText(c, undefined)).join(' | '), 'too_many_fields', {
                fields: cells.length,
                expected: positions.length,
              });
              break;
            }
            if (positions[i] === undefined && headerBlank[i]) report(line, null, v, 'header_blank', { position: i + 1 });
          }
        }
        // A valid row is parsed by the cells' own parsers; a row with a problem by the zod schema
        // (which lists every issue of the row).
        let data: unknown = fast ? fast(raw) : undefined;
        const parsed = data === undefined ? spec.schema.safeParse(raw) : undefined;
        if (parsed?.success) data = parsed.data;
        const ok = data !== undefined;
        let flagged: ReadonlySet<string> = NO_COLUMNS;
        if (parsed && !parsed.success) {
          const cols = new Set<string>();
          flagged = cols;
          for (const issue of parsed.error.issues) {
            const col = String(issue.path[0] ?? '');
            if (missing.has(col)) continue;
            cols.add(col);
            report(line, col || null, col ? raw[col] : null, issue.message as ProblemCode, issueParams(issue));
          }
        }
        // The branch must exist. A row rejected for another cell has it checked too, when the
        // branch cell itself is fine, so every problem of the row is listed at once (a totals row
        // at the bottom: branch `TOTAL`).
        if (known && spec.branchOf) {
          const usable = ok || (!flagged.has('branch') && !missing.has('branch') && raw.branch !== '');
          const branch = ok ? spec.branchOf(data) : raw.branch.toUpperCase();
          if (usable && !known.has(branch)) report(line, 'branch', raw.branch, 'unknown_branch');
        }
        for (const check of spec.rowChecks ?? []) {
          const values = ok ? (data as Record<string, unknown>) : cellsOf(spec, check.columns, raw, flagged, missing);
          const p = values && check.check(values);
          if (p) report(line, p.column, raw[p.column], p.code, p.params);
        }
        if (ok) {
          const row = data;
          rounded.see(raw, row as Record<string, unknown>, line);
          const key = spec.key(row, intern);
          const first = seen.seen(key, line);
          if (first !== undefined) report(line, null, null, 'duplicate_key', { key: spec.keyText(row), line: first });
          if (upserter && problemCount === 0 && before === 0) {
            const pending = upserter.add(spec.toDb(row, runId));
            if (pending) await pending;
          }
        }
        if (problemCount > 0 && upserter) upserter.discard();
        // Once enough of a CSV is read to tell its bytes per row, size the key set for the whole
        // file (growing a million-key table step by step costs ~0.25 s of rehashing).
        if (rows === RESERVE_AT && source.format === 'CSV' && source.size > 0) {
          seen.reserve(Math.ceil((rows * source.size) / Math.max(1, source.bytesRead())));
        }
        if (opts.onProgress && (rows & 1023) === 0) {
          const now = performance.now();
          if (now - lastProgress > 100) {
            lastProgress = now;
            opts.onProgress(source.bytesRead(), source.size, rows);
          }
        }
      }
    } catch (err) {
      if (err instanceof SourceError) report(err.line, null, null, err.code, err.params);
      else throw err;
    }
    // A workbook whose chosen sheet starts with no column of the kind: the data is likely on
    // another sheet (its names are complete only once the workbook has been read through).
    if (source.format === 'XLSX' && headerLine >= 0 && columns.length === 0 && source.sheets().length > 1) {
      report(headerLine, null, null, 'header_wrong_sheet', { kind: spec.kind, sheet: source.sheet ?? '', sheets: source.sheets().join(', ') });
    }
    if (headerLine < 0 && problemCount === 0) {
      headerLine = 1; // the line where the header was expected: a problem of the file, not of a row
      report(1, null, null, 'file_empty');
    }
    opts.onProgress?.(source.size, source.size, rows);
    if (upserter && problemCount === 0) {
      await upserter.finish();
      storedRows = upserter.changed;
    }
  };

  // Positions of header cells left blank: values under them are reported.
  const headerBlank: boolean[] = [];
  function mapHeader(
    spec: KindSpec,
    cells: Cell[],
    line: number,
    rep: typeof report,
    missingOut: Set<string>,
  ): { positions: (string | undefined)[]; columns: string[] } {
    const positions: (string | undefined)[] = [];
    const at = new Map<string, number>();
    cells.forEach((cell, i) => {
      const text = cellText(cell, undefined);
      headerBlank[i] = text === '';
      if (text === '') {
        positions.push(undefined);
        return;
      }
      const col = canonicalColumn(spec, text);
      if (!col) {
        rep(line, text, text, 'header_unknown', { value: text, kind: spec.kind, allowed: spec.columns.join(', ') });
        positions.push(undefined);
        headerBlank[i] = false;
        return;
      }
      if (at.has(col)) {
        rep(line, col, text, 'header_duplicate', { column: col, other: at.get(col)! + 1 });
        positions.push(undefined);
        headerBlank[i] = false;
        return;
      }
      at.set(col, i);
      positions.push(col);
    });
    for (const req of spec.required) {
      if (!at.has(req)) {
        rep(line, req, null, 'header_missing', { column: req });
        missingOut.add(req);
      }
    }
    return { positions, columns: positions.filter((c): c is string => !!c) };
  }

  let fatal: Error | undefined;
  let known: Set<string> | undefined;
  try {
    // Read before the write transaction: SQLite has a single connection.
    known = spec.branchOf ? await knownBranches(db) : undefined;
    if (dryRun) {
      await run(undefined);
    } else {
      await db.knex.transaction(async (trx) => {
        const upserter = new Upserter(trx, spec, db.dialect, opts.batchRows);
        try {
          await run(upserter);
        } finally {
          await upserter.close();
        }
        if (problemCount > 0) throw new Rollback();
      });
    }
  } catch (err) {
    if (!(err instanceof Rollback)) {
      fatal = err as Error;
      storedRows = 0;
      report(null, null, null, 'db_error', { detail: describeDatabaseError(err, lang) });
    }
  }

  const outcome: ImportOutcome = problemCount > 0 ? 'REJECTED' : dryRun ? 'DRY_RUN' : 'STORED';
  if (outcome === 'STORED') bumpDataVersion();
  else storedRows = 0;
  const notes: ImportNote[] = outcome === 'REJECTED' ? [] : rounded.notes(lang, dryRun, (value) => shortened(value) ?? '');
  const finishedAt = new Date();
  const sha256 = safeHash(source);
  await finishRun(db, runId, {
    sha256,
    rows,
    rejectedRows,
    outcome,
    finishedAt,
    message:
      outcome === 'REJECTED'
        ? `${problemCount} problem(s)${dryRun ? ' (dry run)' : ''}${problems[0] ? `; first: ${problems[0].line ?? '-'} ${problems[0].code}` : ''}`.slice(0, 1000)
        : outcome === 'STORED'
          ? `${storedRows} row(s) written${notes.map((n) => `; ${n.count} ${n.column} value(s) rounded to whole Rupiah (first: line ${n.line})`).join('')}`
          : null,
  }).catch(() => undefined);
  void fatal;
  return {
    runId,
    kind: opts.kind,
    fileName: opts.fileName,
    sha256,
    format: source?.format ?? null,
    delimiter: source?.delimiter ?? null,
    sheet: source?.sheet ?? null,
    columns,
    rows,
    rejectedRows,
    problemCount,
    problems,
    problemsTruncated: problemCount > problems.length,
    notes,
    outcome,
    dryRun,
    storedRows,
    lang,
    startedAt,
    finishedAt,
    durationMs: Math.round(performance.now() - t0),
  };
}

function issueParams(issue: unknown): ProblemParams {
  return (issue as { params?: ProblemParams }).params ?? {};
}

function safeHash(source: OpenedSource | undefined): string {
  try {
    return source?.sha256() ?? '';
  } catch {
    return '';
  }
}

