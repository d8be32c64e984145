// tsx server/export/cli.ts <kind> [file.csv] [--branch CODE] [--lang en|id]
//
// Writes a kind (branches, membership, campaigns, targets) of the configured database
// (DATABASE_URL) as CSV in the import format: to the file, or to stdout when none is given.
// Importing the result changes nothing. Exit status: 0 written, 2 bad usage (an unknown
// branch, an output file that cannot be written) or database error.
// Language: --lang, else `id` when LANG/LC_ALL starts with "id", else English.
import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../config.ts';
import { inByteOrder } from '../analytics/byte-order.ts';
import type { Database } from '../db/orm.ts';
import { exportCsv, EXPORT_KINDS, isExportKind } from './export.ts';
import { cli } from '../../common/i18n/cli.ts';
import type { Locale } from '../../common/i18n/format.ts';
import { argLanguage, CliError, openCliDatabase, runCli } from '../cli/run-cli.ts';

/**
 * The output, opened now so that a wrong path is told before any row is read. Rows go to a
 * partial file beside it, renamed over the output only once the export is complete: a failed
 * export leaves an existing file as it was, and never a part that passes for the whole.
 */
function openOutput(file: string, lang: Locale): { out: Writable; partial: string } {
  const t = cli[lang].exportCli;
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(t.cannotWrite(file, t.isDirectory));
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`);
  try {
    return { out: fs.createWriteStream(partial, { fd: fs.openSync(partial, 'w') }), partial };
  } catch (err) {
    throw new CliError(t.cannotWrite(file, fileReason(err, lang)));
  }
}

function fileReason(err: unknown, lang: Locale): string {
  const t = cli[lang].exportCli;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return t.noDirectory;
  if (code === 'EISDIR') return t.isDirectory;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t.denied;
  if (code === 'ENOSPC') return t.diskFull;
  return code ?? String((err as Error)?.message ?? err).split('\n')[0];
}

/** Rejects a --branch that names no branch: an empty export would look like a branch without data. */
async function checkBranch(db: Database, branch: string, lang: Locale): Promise<void> {
  const codes = ((await db.knex('branch').select('code').orderBy(inByteOrder(db, 'branch', 'code'))) as { code: string }[]).map((r) => String(r.code));
  if (codes.some((c) => c.toUpperCase() === branch.toUpperCase())) return;
  const known = codes.length > 20 ? `${codes.slice(0, 20).join(', ')}, …` : codes.join(', ');
  throw new CliError(cli[lang].exportCli.unknownBranch(branch, known));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let branch: string | undefined;
  const lang: Locale = argLanguage(args);
  const say = cli[lang].usageErrors;
  const usage = cli[lang].exportCli.usage(EXPORT_KINDS.join(' | '));
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 && name !== a ? a.slice(eq + 1) : args[++i]);
    if (name === '--branch' || name === '--lang') {
      const v = value();
      if (!v) throw new CliError(`${say.needsValue(name)}\n${usage}`);
      if (name === '--branch') branch = v;
      else if (v !== 'id' && v !== 'en') throw new CliError(`${say.badLang(v)}\n${usage}`);
    } else if (a === '--help' || a === '-h') {
      console.error(usage);
      return 0;
    } else if (a.startsWith('--')) {
      throw new CliError(`${say.unknownOption(a)}\n${usage}`);
    } else positional.push(a);
  }
  const [kind, file] = positional;
  if (!kind || !isExportKind(kind) || positional.length > 2) {
    throw new CliError(`${kind ? (positional.length > 2 ? say.unexpected(positional[2]) : say.unknownKind(kind)) : cli[lang].exportCli.expectedKind}\n${usage}`);
  }
  const db = await openCliDatabase(loadConfig().database, lang);
  try {
    if (branch !== undefined) await checkBranch(db, branch, lang);
    const target = file ? openOutput(file, lang) : undefined;
    const out = target?.out ?? process.stdout;
    try {
      // pipeline turns a write error (disk full…) into a rejection instead of an unhandled event;
      // stdout is left open (end: false).
      await pipeline(Readable.from(exportCsv(db, kind, { branch })), out, { end: out !== process.stdout });
      if (target) fs.renameSync(target.partial, file!);
    } catch (err) {
      if (target) fs.rmSync(target.partial, { force: true });
      if (!file || !(err as NodeJS.ErrnoException).syscall) throw err;
      throw new CliError(cli[lang].exportCli.cannotWrite(file, fileReason(err, lang)));
    }
    return 0;
  } finally {
    await db.close().catch(() => undefined);
  }
}

runCli(main);
