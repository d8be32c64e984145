// What the command-line tools share: the report language, database errors said in one short
// line (never SQL, never a stack trace), opening the database, and the runner that turns a
// command's main into an exit code.
import type { DatabaseTarget } from '../config.ts';
import { describeDatabaseError } from '../db/errors.ts';
import { openDatabase, type Database } from '../db/orm.ts';

import { cli } from '../../common/i18n/cli.ts';
import type { Locale } from '../../common/i18n/format.ts';

/** `id` when LC_ALL (or, when unset, LANG) starts with "id", else English; `--lang` overrides. */
export function envLanguage(env: NodeJS.ProcessEnv = process.env): Locale {
  return /^id/i.test(env.LC_ALL || env.LANG || '') ? 'id' : 'en';
}

/**
 * The language of a command line: a valid `--lang id|en` anywhere in it, else the environment's.
 * Read before the arguments are checked, so that their errors are in that language too.
 */
export function argLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'id' || v === 'en') return v;
  }
  return envLanguage(env);
}

/** An error whose message is already written for the user: printed as is, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The database as named to the user: the SQLite file, or the server URL without its password. */
function databaseName(target: DatabaseTarget): string {
  if (target.dialect === 'sqlite') return target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgresql';
  }
}

/** Opens the database or throws a CliError (exit 2) naming it and saying why in one line. */
export async function openCliDatabase(target: DatabaseTarget, lang: Locale): Promise<Database> {
  try {
    return await openDatabase(target);
  } catch (err) {
    const name = databaseName(target);
    const reason = describeDatabaseError(err, lang);
    throw new CliError(cli[lang].cannotOpenDatabase(name, reason));
  }
}

/**
 * The one CLI reporter: runs a command's main and sets its exit code. A CliError is printed as
 * it is; any other error as one line without SQL (never a stack trace), with exit code 2.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const known = err instanceof CliError;
      console.error(`error: ${known ? err.message : describeDatabaseError(err, argLanguage(process.argv.slice(2)))}`);
      process.exitCode = known ? err.exitCode : 2;
    },
  );
}
