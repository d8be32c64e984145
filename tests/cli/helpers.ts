// Runs a command-line tool as a user does: a real process on a real SQLite file.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `env` overrides the defaults (English, DATABASE_URL unset unless given). */
export function runCli(script: 'import' | 'export', args: string[], env: Record<string, string>): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `server/${script}/cli.ts`, ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, LANG: 'C', LC_ALL: '', ...env },
    encoding: 'utf8',
    // A hung CLI is killed (status null) instead of hanging the suite.
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What a user must never see: stack frames, Node internals, SQL. */
export function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+|emitErrorNT/);
  expect(text).not.toMatch(/\b(select|insert into|sqlite_master)\b/i);
}
