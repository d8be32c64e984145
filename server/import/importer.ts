// The one import pipeline behind the CLI, the GraphQL mutation and the upload page, as named
// stages in the order the data flows (server/import/stages/):
//   read (reader.ts: CSV or XLSX, streaming) → header → row check → key check → store
// The store stage writes in batches inside ONE transaction, all or nothing; once a problem is
// found it stops writing while the checks go on to list every problem. Every attempt is
// recorded in import_run.
import type { Locale } from '../../common/i18n/format.ts';
import type { ImportFormat, ImportOutcome } from '../../common/vocabulary/schema-enums.ts';
import { audit } from '../auth/audit.ts';
import { bumpDataVersion } from '../cache/data-version.ts';
import { databaseCondition, describeDatabaseError } from '../db/errors.ts';
import type { Database } from '../db/orm.ts';
import { closeAbandonedRuns, finishRun, recordRun, retryWhileBusy, startRun } from './history.ts';
import { KINDS, type ImportKind, type KindSpec } from './kinds.ts';
import { openSource, SourceError, type ImportSource, type OpenedSource } from './reader.ts';
import { type ImportNote, RoundedAmounts } from './rounded-amounts.ts';
import { describeProblem } from './messages.ts';
import { shortened } from './shown-value.ts';
import { readHeader, type Header } from './stages/header.ts';
import { KeyChecker } from './stages/key-check.ts';
import { ProblemLog, type ImportProblem } from './stages/problems.ts';
import { RowChecker } from './stages/row-check.ts';
import { storeAll, type RowSink } from './stages/store.ts';

export type { ImportNote } from './rounded-amounts.ts';
export type { ImportProblem } from './stages/problems.ts';
export type { ImportKind, ImportSource };

export type { ImportOutcome };

export interface ImportReport {
  runId: number | null;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  format: ImportFormat | null;
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
  /** The branches the importing account may write (server/auth/permissions.ts); every branch when absent. */
  branchScope?: { allows(code: string): boolean; text: string };
  /** The client's address of an HTTP import, for the audit log. */
  ip?: string;
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

/** What was read of the file so far (kept up to date while reading: a database error can stop it midway). */
interface Tally {
  rows: number;
  columns: string[];
}

export async function importFile(db: Database, opts: ImportOptions): Promise<ImportReport> {
  const spec = KINDS[opts.kind];
  const lang: Locale = opts.lang ?? 'id';
  const dryRun = opts.dryRun ?? false;
  const startedAt = new Date();
  const t0 = performance.now();
  // Attempts of processes that died are closed first, so that the history never shows two "in progress".
  await closeAbandonedRuns(db).catch(() => undefined);
  const run = { kind: opts.kind, fileName: opts.fileName, actor: opts.actor ?? 'unknown', startedAt };
  // Another writer holding the database (SQLite: a CLI import's transaction, for as long as that
  // import runs) refuses even the history's first row. Waiting for it could take minutes, longer
  // than an HTTP request should hang (and the server's one writing connection would hold up its
  // other writes meanwhile), so the attempt is refused at once as busy, to be tried again, and
  // its history row is written as soon as the database takes writes again. A dry run, which
  // writes nothing but that row, still checks the file.
  let runId: number | null = null;
  let notStarted: unknown;
  try {
    runId = await startRun(db, run);
  } catch (err) {
    if (databaseCondition(err) !== 'busy') throw err;
    notStarted = err;
  }
  const log = new ProblemLog(lang, opts.maxListedProblems ?? 1000, opts.onProblem);
  const rounded = new RoundedAmounts(spec);
  const tally: Tally = { rows: 0, columns: [] };
  let source: OpenedSource | undefined;
  let storedRows = 0;
  try {
    if (notStarted !== undefined && !dryRun) throw notStarted;
    // Read before the write transaction: SQLite has a single connection.
    const known = spec.branchOf ? await knownBranches(db) : undefined;
    const regions = spec.regionOf ? await knownCodes(db, 'region') : undefined;
    source = await open(opts, log);
    const opened = source;
    if (opened) {
      storedRows = await storeAll(db, spec, log, { dryRun, runId: runId ?? 0, batchRows: opts.batchRows }, (sink) =>
        checkRows(opened, spec, { known, regions, scope: opts.branchScope, log, rounded, sink, tally, onProgress: opts.onProgress }),
      );
    }
  } catch (err) {
    storedRows = 0;
    const condition = databaseCondition(err);
    if (condition) log.report(null, null, null, condition === 'full' ? 'db_full' : 'db_busy');
    else log.report(null, null, null, 'db_error', { detail: describeDatabaseError(err, lang) });
  }

  const outcome: ImportOutcome = log.count > 0 ? 'REJECTED' : dryRun ? 'DRY_RUN' : 'STORED';
  if (outcome === 'STORED') bumpDataVersion();
  else storedRows = 0;
  const notes: ImportNote[] = outcome === 'REJECTED' ? [] : rounded.notes(lang, dryRun, (value) => shortened(value) ?? '');
  const finishedAt = new Date();
  const sha256 = safeHash(source);
  const result = { sha256, rows: tally.rows, rejectedRows: log.rejectedRows, outcome, finishedAt, message: runMessage(outcome, log, dryRun, storedRows, notes) };
  if (runId === null) retryWhileBusy(() => recordRun(db, { ...run, ...result }));
  else {
    const id = runId;
    await finishRun(db, id, result).catch((err) => {
      if (databaseCondition(err) === 'busy') retryWhileBusy(() => finishRun(db, id, result));
    });
  }
  // Every attempt to write is in the audit log, by whoever made it (CLI, account, token); a
  // dry run writes nothing. A busy database delays the entry, never the answer.
  if (!dryRun) {
    const entry = {
      actor: run.actor,
      action: outcome === 'STORED' ? 'import.stored' : 'import.rejected',
      target: opts.fileName,
      detail: { kind: opts.kind, runId, rows: tally.rows, storedRows, problems: log.count },
      ip: opts.ip,
    };
    await audit(db, entry).catch((err) => {
      if (databaseCondition(err) === 'busy') retryWhileBusy(() => audit(db, entry));
    });
  }
  return {
    runId,
    kind: opts.kind,
    fileName: opts.fileName,
    sha256,
    format: source?.format ?? null,
    delimiter: source?.delimiter ?? null,
    sheet: source?.sheet ?? null,
    columns: tally.columns,
    rows: tally.rows,
    rejectedRows: log.rejectedRows,
    problemCount: log.count,
    problems: log.listed,
    problemsTruncated: log.count > log.listed.length,
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

/** Known branch codes, upper-cased, for the unknown-branch check. */
async function knownBranches(db: Database): Promise<Set<string>> {
  return knownCodes(db, 'branch');
}

/** The codes of a table of offices (branch, region), upper-cased. */
async function knownCodes(db: Database, table: 'branch' | 'region'): Promise<Set<string>> {
  const rows: { code: string }[] = await db.knex(table).select('code');
  return new Set(rows.map((r) => String(r.code).toUpperCase()));
}

/** Stage 1, read: the file opened as CSV or XLSX; undefined (and the problem logged) when it cannot be read. */
async function open(opts: ImportOptions, log: ProblemLog): Promise<OpenedSource | undefined> {
  try {
    return await openSource(opts.source, { sheet: opts.sheet });
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    log.report(err.line, null, null, err.code, err.params);
    return undefined;
  }
}

/** Rows read before the key set is sized for the file. */
const RESERVE_AT = 65536;

interface RowContext {
  known: ReadonlySet<string> | undefined;
  scope: ImportOptions['branchScope'];
  regions: ReadonlySet<string> | undefined;
  log: ProblemLog;
  rounded: RoundedAmounts;
  sink: RowSink;
  tally: Tally;
  onProgress?(done: number, total: number, rows: number): void;
}

/** Stages 2 to 4 over every record of the file, each valid row handed to the store stage. */
async function checkRows(source: OpenedSource, spec: KindSpec, ctx: RowContext): Promise<void> {
  const { log, sink, tally, onProgress } = ctx;
  let header: Header | undefined;
  let rowCheck: RowChecker | undefined;
  let keyCheck: KeyChecker | undefined;
  let lastProgress = 0;
  try {
    for await (const batch of source.batches()) for (const rec of batch) {
      if (!header || !rowCheck || !keyCheck) {
        header = readHeader(spec, rec.cells, rec.line, log);
        tally.columns = header.columns;
        rowCheck = new RowChecker(spec, header, log, ctx.rounded);
        keyCheck = new KeyChecker(spec, header, ctx.known, log, ctx.scope, ctx.regions);
        sink.begin(header);
        continue;
      }
      const rows = ++tally.rows;
      const row = rowCheck.check(rec.line, rec.cells);
      keyCheck.check(row);
      const pending = sink.take(row.data);
      if (pending) await pending;
      // Once enough of a CSV is read to tell its bytes per row, the key set is sized for the whole file.
      if (rows === RESERVE_AT && source.format === 'CSV' && source.size > 0) {
        keyCheck.reserve(Math.ceil((rows * source.size) / Math.max(1, source.bytesRead())));
      }
      if (onProgress && (rows & 1023) === 0) {
        const now = performance.now();
        if (now - lastProgress > 100) {
          lastProgress = now;
          onProgress(source.bytesRead(), source.size, rows);
        }
      }
    }
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    log.report(err.line, null, null, err.code, err.params);
  }
  // A workbook whose chosen sheet starts with no column of the kind: the data is likely on
  // another sheet (its names are complete only once the workbook has been read through).
  if (source.format === 'XLSX' && header && tally.columns.length === 0 && source.sheets().length > 1) {
    log.report(header.line, null, null, 'header_wrong_sheet', { kind: spec.kind, sheet: source.sheet ?? '', sheets: source.sheets().join(', ') });
  }
  if (!header && log.count === 0) {
    log.headerLine = 1; // the line where the header was expected: a problem of the file, not of a row
    log.report(1, null, null, 'file_empty');
  }
  onProgress?.(source.size, source.size, tally.rows);
}

const DATABASE_PROBLEMS: ReadonlySet<string> = new Set(['db_full', 'db_busy', 'db_error']);

function runMessage(outcome: ImportOutcome, log: ProblemLog, dryRun: boolean, storedRows: number, notes: ImportNote[]): string | null {
  if (outcome === 'REJECTED') {
    const first = log.first;
    // The database's own failures are said in full: the history is where one looks up why.
    const why = first && DATABASE_PROBLEMS.has(first.code) ? `: ${describeProblem(first.code, first.params, 'en')}` : '';
    return `${log.count} problem(s)${dryRun ? ' (dry run)' : ''}${first ? `; first: ${first.line ?? '-'} ${first.code}${why}` : ''}`.slice(0, 1000);
  }
  if (outcome === 'STORED') {
    return `${storedRows} row(s) written${notes.map((n) => `; ${n.count} ${n.column} value(s) rounded to whole Rupiah (first: line ${n.line})`).join('')}`;
  }
  return null;
}

function safeHash(source: OpenedSource | undefined): string {
  try {
    return source?.sha256() ?? '';
  } catch {
    return '';
  }
}
