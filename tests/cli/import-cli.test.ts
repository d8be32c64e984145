// The import CLI's answers to a wrong file, a wrong database, a busy database and odd files:
// one line the user can act on, the documented exit status, promptly.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.ts';
import { fixture } from '../import/helpers.ts';
import { expectClean, runCli } from './helpers.ts';

let dir: string;
let dbFile: string;
const importCli = (args: string[], env: Record<string, string> = {}) => runCli('import', args, { DATABASE_URL: dbFile, ...env });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-cli-import-'));
  dbFile = path.join(dir, 'db.sqlite');
  expect(importCli(['branches', fixture('branches-spreadsheet.csv')]).status).toBe(0);
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('import CLI', () => {
  it('says what is wrong with its arguments in the chosen language', () => {
    const id = importCli(['nosuch', 'x.csv', '--lang', 'id']);
    expect(id.status).toBe(2);
    expect(id.stderr).toMatch(/^error: jenis data tidak dikenal: "nosuch"\nCara pakai: npm run import/);
    const env = importCli(['membership', '--frobnicate'], { LANG: 'id_ID.UTF-8' });
    expect(env.stderr).toMatch(/^error: opsi tidak dikenal: --frobnicate\nCara pakai:/);
    const en = importCli(['nosuch', 'x.csv']);
    expect(en.stderr).toMatch(/^error: unknown kind "nosuch"\nUsage: npm run import/);
  });

  it('refuses campaign counts above the reach with both values, exit 1, in either language', () => {
    const r = importCli(['campaigns', fixture('bad-registrations-over-reach.csv')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('line 3, column registrations, value "40": Registrations (40) exceed reach (12)');
    expect(r.stdout).toContain('REJECTED: 1 of 2 row(s) rejected');
    const id = importCli(['campaigns', fixture('bad-leads-over-reach.csv'), '--lang', 'id']);
    expect(id.status).toBe(1);
    expect(id.stdout).toContain('Prospek (45) melebihi jangkauan (30)');
    expectClean(r.stdout + id.stdout);
  });

  it('a database that fails in the middle of an import is not a bad file: exit 2, nothing stored', () => {
    const broken = path.join(dir, 'broken.sqlite');
    fs.copyFileSync(dbFile, broken);
    execFileSync('sqlite3', [broken, 'DROP TABLE membership_snapshot; CREATE TABLE membership_snapshot (x);']);
    const r = importCli(['membership', fixture('membership-spreadsheet.csv')], { DATABASE_URL: broken });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('NOT STORED: the database failed (see above), not the file');
    expect(r.stdout).not.toContain('REJECTED');
    expectClean(r.stdout + r.stderr);
    expect(execFileSync('sqlite3', [broken, 'SELECT count(*) FROM membership_snapshot'], { encoding: 'utf8' }).trim()).toBe('0');
  });

  it('a DATABASE_URL that is not a database: one line without SQL, exit 2, and the process ends', () => {
    const notDb = path.join(dir, 'notadb.txt');
    fs.writeFileSync(notDb, 'hello\n');
    const r = importCli(['branches', fixture('branches-spreadsheet.csv')], { DATABASE_URL: notDb });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: cannot open the database ${notDb}: file is not a database`);
    expectClean(r.stdout + r.stderr);
    const id = importCli(['branches', fixture('branches-spreadsheet.csv'), '--lang', 'id'], { DATABASE_URL: notDb });
    expect(id.status).toBe(2);
    expect(id.stderr).toMatch(/basis data .* tidak dapat dibuka: berkas ini bukan basis data/);
  });

  it('a missing file or a directory is bad usage (exit 2), said plainly in the user language', () => {
    const missing = path.join(dir, 'nope.csv');
    const r = importCli(['membership', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: file not found: ${missing}`);
    expectClean(r.stdout + r.stderr);
    const id = importCli(['membership', missing], { LANG: 'id_ID.UTF-8' });
    expect(id.status).toBe(2);
    expect(id.stderr.trim()).toBe(`error: berkas tidak ditemukan: ${missing}`);
    const d = importCli(['membership', dir]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/is a directory/);
    expect(d.stderr).not.toMatch(/EISDIR/);
  });

  it('a busy database: a short message without SQL, nothing stored, exit 2', async () => {
    const db = await openDatabase({ dialect: 'sqlite', file: dbFile });
    const trx = await db.knex.transaction();
    try {
      // Holds SQLite's write lock while the CLI runs.
      await trx('branch').insert({ code: 'LOCK', name: 'Lock', region: null, source: 'test' });
      const r = importCli(['branches', fixture('branches-spreadsheet.csv')]);
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(/^The database is busy \(another write is in progress, such as another import\), nothing was stored: try again\.$/m);
      expect(r.stdout).toMatch(/^NOT STORED: the database failed/m);
      expectClean(r.stdout + r.stderr);
    } finally {
      await trx.rollback();
      await db.close();
    }
  });

  it('an empty file: the summary says it has no data rows (not "1 of 0 rows")', () => {
    const empty = path.join(dir, 'empty.csv');
    fs.writeFileSync(empty, '');
    const r = importCli(['membership', empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^REJECTED: the file has no data rows/m);
    expect(r.stdout).not.toMatch(/of 0 row/);
    const id = importCli(['membership', empty, '--lang', 'id']);
    expect(id.stdout).toMatch(/^DITOLAK: berkas tidak berisi baris data/m);
  });

  it('--sheet given for a CSV file: a note that it applies only to workbooks', () => {
    const r = importCli(['branches', fixture('branches-spreadsheet.csv'), '--sheet', 'Data', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: --sheet applies only to \.xlsx workbooks/);
    expect(r.stdout).toMatch(/DRY RUN: 3 row/);
  });
});
