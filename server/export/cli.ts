// tsx server/export/cli.ts <kind> [file.csv] [--branch CODE]
//
// Writes a kind (branches, membership, campaigns, targets) of the configured database
// (DATABASE_URL) as CSV in the import format: to the file, or to stdout when none is given.
// Importing the result changes nothing. Exit status: 0 written, 2 bad usage or database error.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/orm.ts';
import { exportCsv, EXPORT_KINDS, isExportKind } from './export.ts';
import { runCli } from '../cli/run-cli.ts';

const USAGE = `Usage: tsx server/export/cli.ts <kind> [file.csv] [--branch CODE]
  kind: ${EXPORT_KINDS.join(' | ')}; writes to stdout when no file is given.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let branch: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--branch') branch = args[++i];
    else if (a.startsWith('--branch=')) branch = a.slice('--branch='.length);
    else if (a === '--help' || a === '-h') {
      console.error(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      console.error(`error: unknown option ${a}\n${USAGE}`);
      return 2;
    } else positional.push(a);
  }
  const [kind, file] = positional;
  if (!kind || !isExportKind(kind) || positional.length > 2) {
    console.error(`error: ${kind ? `unknown kind "${kind}"` : 'expected a kind'}\n${USAGE}`);
    return 2;
  }
  const db = await openDatabase(loadConfig().database);
  const out: Writable = file ? fs.createWriteStream(file) : process.stdout;
  try {
    for await (const chunk of exportCsv(db, kind, { branch })) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (file) {
      out.end();
      await once(out, 'finish');
    }
    return 0;
  } finally {
    await db.close().catch(() => undefined);
  }
}

runCli(main);
