// npm run import -- <kind> <file.csv|file.xlsx> [--dry-run] [--sheet NAME] [--lang en|id] [--actor NAME]
//
// Imports a file into the configured database (DATABASE_URL, see server/config.ts), creating
// the schema if needed. Every problem is printed (line, column, value, reason) on stdout as it
// is found; a summary follows. Exit status: 0 stored (or a clean dry run), 1 the file was
// refused (nothing stored), 2 bad usage (a missing or unreadable file included) or the
// database could not be opened or written (busy), 130/143 interrupted by SIGINT/SIGTERM (the
// file's transaction rolled back, nothing stored, the history row marked as interrupted).
// Language: --lang, else `id` when LANG/LC_ALL starts with "id", else English.
import { cli } from '../../common/i18n/cli.ts';
import type { Locale } from '../../common/i18n/format.ts';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { HEAP_LIMIT_MB, isBoundedHeapChild, runWithBoundedHeap } from './heap.ts';
import { importFile, type ImportProblem } from './importer.ts';
import { IMPORT_KINDS, isImportKind } from './kinds.ts';
import { argLanguage, openCliDatabase, runCli } from '../cli/run-cli.ts';
import { watchInterruption } from '../cli/interruption.ts';
import { closeAbandonedRuns, finishRun, historyWritten } from './history.ts';

/** How long the command waits to record an attempt the busy database refused. */
const CLI_HISTORY_WAIT_MS = 5000;
import { describeDatabaseError } from '../db/errors.ts';

/** The usage, with the kinds this server imports. */
const usage = (lang: Locale) => cli[lang].importCli.usage(IMPORT_KINDS.join(' | '));

interface Args {
  kind: string;
  file: string;
  dryRun: boolean;
  sheet?: string;
  lang: Locale;
  actor: string;
}

function parseArgs(argv: string[], lang: Locale): Args | string {
  const say = cli[lang].usageErrors;
  const positional: string[] = [];
  let dryRun = false;
  let sheet: string | undefined;
  let actor = `cli:${safeUser()}`;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(say.needsValue(a));
      return v;
    };
    try {
      if (a === '--dry-run' || a === '-n') dryRun = true;
      else if (a === '--sheet' || a.startsWith('--sheet=')) sheet = value();
      else if (a === '--lang' || a.startsWith('--lang=')) {
        const l = value();
        if (l !== 'id' && l !== 'en') return say.badLang(l);
      } else if (a === '--actor' || a.startsWith('--actor=')) actor = value();
      else if (a === '--help' || a === '-h') return '';
      else if (a.startsWith('--')) return say.unknownOption(a);
      else positional.push(a);
    } catch (err) {
      return (err as Error).message;
    }
  }
  if (positional.length !== 2) return positional.length < 2 ? cli[lang].importCli.expectedKindAndFile : say.unexpected(positional[2]);
  return { kind: positional[0], file: positional[1], dryRun, sheet, lang, actor };
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Why the file cannot be imported at all (missing, a directory, unreadable), or undefined. */
function unusableFile(file: string, lang: Locale): string | undefined {
  const t = cli[lang].importCli;
  try {
    if (fs.statSync(file).isDirectory()) return t.directory(file);
    fs.accessSync(file, fs.constants.R_OK);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return t.notFound(file);
    if (code === 'EACCES' || code === 'EPERM') return t.denied(file);
    // Anything else (a broken disk…) is left to the importer, which reports it as a problem.
    return undefined;
  }
}

function formatProblem(p: ImportProblem, lang: Locale): string {
  const w = cli[lang].importSummary;
  const parts: string[] = [];
  if (p.line !== null) parts.push(`${w.line} ${p.line}`);
  if (p.column) parts.push(`${w.column} ${p.column}`);
  if (p.value !== null && p.value !== undefined) parts.push(`${w.value} ${JSON.stringify(p.value)}`);
  return `${parts.length ? parts.join(', ') + ': ' : ''}${p.reason}`;
}

class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private shown = false;
  private readonly t0 = performance.now();
  update(done: number, total: number, rows: number) {
    if (!this.tty) return;
    const width = 30;
    const frac = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(frac * width);
    const secs = (performance.now() - this.t0) / 1000;
    const rate = secs > 0 ? Math.round(rows / secs) : 0;
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s `,
    );
    this.shown = true;
  }
  clear() {
    if (this.tty && this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const lang = argLanguage(argv);
  const args = parseArgs(argv, lang);
  if (typeof args === 'string') {
    if (args) console.error(`error: ${args}`);
    console.error(usage(lang));
    return 2;
  }
  if (!isImportKind(args.kind)) {
    console.error(`error: ${cli[lang].usageErrors.unknownKind(args.kind)}`);
    console.error(usage(lang));
    return 2;
  }
  // A missing file is bad usage, told before anything starts (and not recorded as an import).
  const unusable = unusableFile(args.file, args.lang);
  if (unusable) {
    console.error(`error: ${unusable}`);
    return 2;
  }
  // Large files (over 16 MB) run in a child with a bounded heap, so memory stays flat.
  const size = fs.statSync(args.file).size;
  if (size > 16 * 1024 * 1024) {
    const code = await runWithBoundedHeap(fileURLToPath(import.meta.url), process.argv.slice(2), HEAP_LIMIT_MB);
    if (code === undefined) {
      // This is the child: go on and import.
    } else {
      // A child killed outright (SIGKILL, out of memory) could not say so in the history.
      if (code >= 128) await markUnfinishedRuns(args, signalName(code - 128) ?? `exit ${code}`);
      return code;
    }
  }
  const db: Database = await openCliDatabase(loadConfig().database, args.lang);
  const progress = new Progress();
  const interruption = watchInterruption({ childOfParent: isBoundedHeapChild() });
  try {
    let dbFailed = false;
    const report = await importFile(db, {
      kind: args.kind,
      source: { path: args.file },
      fileName: path.basename(args.file),
      dryRun: args.dryRun,
      sheet: args.sheet,
      actor: args.actor,
      lang: args.lang,
      maxListedProblems: 0,
      onProblem: (p) => {
        // The unwinding of an interruption surfaces as a failed transaction: not the user's problem.
        if (interruption.reason !== undefined) return;
        if (p.code === 'db_error' || p.code === 'db_full' || p.code === 'db_busy') dbFailed = true;
        progress.clear();
        console.log(formatProblem(p, args.lang));
      },
      // The importer calls this between rows: the one safe point to unwind from, inside its
      // transaction, so that an interruption rolls the whole file back.
      onProgress: (done, total, rows) => {
        interruption.check();
        progress.update(done, total, rows);
      },
    });
    progress.clear();
    const w = cli[args.lang].importSummary;
    const t = cli[args.lang].importCli;
    if (interruption.reason !== undefined && report.outcome !== 'STORED') {
      const message = `interrupted (${interruption.reason}): nothing stored`;
      if (report.runId !== null) await finishRun(db, report.runId, { sha256: report.sha256, rows: report.rows, rejectedRows: 0, outcome: 'REJECTED', finishedAt: new Date(), message });
      console.log(t.interrupted(interruption.reason));
      return interruption.exitCode;
    }
    const secs = (report.durationMs / 1000).toFixed(1);
    if (args.sheet && report.format === 'CSV') console.error(t.sheetIgnored(report.format));
    // A database failure in the middle of an import (say, another writer holding the lock) is
    // not a bad file: exit 2, as when the database cannot be opened, so that a script retries.
    if (dbFailed) {
      console.log(t.dbFailed);
      return 2;
    }
    if (report.outcome === 'REJECTED') {
      // With no data rows, "1 of 0 rows rejected" would make no sense: the file itself is at fault.
      console.log(report.rows === 0 ? t.rejectedNoRows(report.problemCount) : w.rejected(report.rejectedRows, report.rows, report.problemCount));
      return 1;
    }
    if (report.rows === 0) console.log(t.noRows);
    // What the import did to the accepted file (cost values rounded to whole Rupiah…), said before the verdict.
    for (const note of report.notes) console.log(`${t.notePrefix}: ${note.text}`);
    console.log(`${report.outcome === 'STORED' ? w.stored(report.rows, report.storedRows) : w.dryRun(report.rows)} (${secs} s, ${report.kind}, ${report.format}${report.delimiter ? ` "${report.delimiter === '\t' ? '\\t' : report.delimiter}"` : ''}, sha256 ${report.sha256.slice(0, 12)}…)`);
    return 0;
  } catch (err) {
    // The history or the transaction could not be written (typically a busy database).
    progress.clear();
    console.error(`error: ${describeDatabaseError(err, args.lang)}`);
    return 2;
  } finally {
    interruption.dispose();
    progress.clear();
    // An attempt refused because another writer held the database is recorded once it lets go;
    // a command line waits a little for that, not as long as a server would keep trying.
    await historyWritten(CLI_HISTORY_WAIT_MS);
    await db.close().catch(() => undefined);
  }
}

function signalName(n: number): string | undefined {
  return Object.entries(os.constants.signals).find(([, number]) => number === n)?.[0];
}

/** Marks this command's runs that never finished (their process was killed) as failed. */
/** Closes the history rows of a child that was killed outright, saying why. */
async function markUnfinishedRuns(args: Args, why: string): Promise<void> {
  const db = await openCliDatabase(loadConfig().database, args.lang).catch(() => undefined);
  if (!db) return;
  try {
    const closed = await closeAbandonedRuns(db, why);
    if (closed.length > 0) console.log(cli[args.lang].importCli.interrupted(why));
  } finally {
    await db.close().catch(() => undefined);
  }
}

runCli(main);
