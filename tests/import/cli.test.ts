// The command line as a user runs it: exit status, every problem listed, no stack traces.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { fixture } from './helpers.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-import-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(script: 'import' | 'export', ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `server/${script}/cli.ts`, ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: path.join(dir, 'cli.sqlite'), LANG: 'C', LC_ALL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+/);

describe('npm run import', () => {
  it('stores good files (exit 0), refuses bad ones (exit 1) listing each problem, and exports', { timeout: 240_000 }, () => {
    const b = cli('import', 'branches', fixture('branches-spreadsheet.csv'));
    expect(b.stdout).toMatch(/STORED: 3 row/);
    expect(b.status).toBe(0);
    const m = cli('import', 'membership', fixture('membership-spreadsheet.csv'), '--dry-run');
    expect(m.status).toBe(0);
    expect(m.stdout).toMatch(/DRY RUN: 5 row/);

    const bad = cli('import', 'membership', fixture('bad-duplicate-key.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^line 4: Same key .* as line 2/m);
    expect(bad.stdout).toMatch(/REJECTED: 1 of 3 row/);
    noStack(bad.stdout + bad.stderr);

    const badId = cli('import', 'membership', fixture('bad-period.csv'), '--lang', 'id');
    expect(badId.status).toBe(1);
    expect(badId.stdout).toMatch(/baris 2, kolom period, nilai "2020-13": Periode tidak valid/);

    const missing = cli('import', 'membership', path.join(dir, 'nope.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/file not found: .*nope\.csv/);
    noStack(missing.stdout + missing.stderr);

    const usage = cli('import', 'members', 'x.csv');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/unknown kind/);

    const out = path.join(dir, 'branches.csv');
    const e = cli('export', 'branches', out);
    expect(e.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\n')[0]).toBe('code,name,region,region_code');
    const again = cli('import', 'branches', out);
    expect(again.stdout).toMatch(/STORED: 3 row\(s\) imported, 0 new or changed/);
  });
});
