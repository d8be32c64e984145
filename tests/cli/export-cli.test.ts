// The export CLI's answers to a bad output path, an unknown branch and a wrong database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../import/helpers.ts';
import { expectClean, runCli } from './helpers.ts';

let dir: string;
let dbFile: string;
const exportCli = (args: string[], env: Record<string, string> = {}) => runCli('export', args, { DATABASE_URL: dbFile, ...env });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-cli-export-'));
  dbFile = path.join(dir, 'db.sqlite');
  expect(runCli('import', ['branches', fixture('branches-spreadsheet.csv')], { DATABASE_URL: dbFile }).status).toBe(0);
}, 120_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('export CLI', () => {
  it('says what is wrong with its arguments in the chosen language', () => {
    const id = exportCli(['nosuch'], { LANG: 'id_ID.UTF-8' });
    expect(id.status).toBe(2);
    expect(id.stderr).toMatch(/^error: jenis data tidak dikenal: "nosuch"\nCara pakai: tsx server\/export\/cli.ts/);
    const en = exportCli(['branches', '--lang=en', '--nope'], { LANG: 'id_ID.UTF-8' });
    expect(en.stderr).toMatch(/^error: unknown option --nope\nUsage:/);
  });

  it('an output file that cannot be written: one line naming it and why, exit 2', () => {
    const noDir = path.join(dir, 'missing-dir', 'out.csv');
    const r = exportCli(['branches', noDir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: cannot write ${noDir}: no such directory`);
    expectClean(r.stdout + r.stderr);
    const d = exportCli(['branches', dir]);
    expect(d.status).toBe(2);
    expect(d.stderr.trim()).toBe(`error: cannot write ${dir}: it is a directory`);
    expectClean(d.stdout + d.stderr);
  });

  it('writes the output whole or not at all: a failed export leaves an existing file as it was', () => {
    const out = path.join(dir, 'branches.csv');
    expect(exportCli(['branches', out]).status).toBe(0);
    const complete = fs.readFileSync(out, 'utf8');
    expect(complete).toMatch(/^code,name,region,region_code\n(.*\n)*MADIUN,Kantor Cabang Madiun,Jawa Timur,\n/);
    // A database whose branch table is not Pantau's: the export fails after opening its output.
    const broken = path.join(dir, 'broken.sqlite');
    fs.copyFileSync(dbFile, broken);
    execFileSync('sqlite3', [broken, 'DROP TABLE branch; CREATE TABLE branch (x);']);
    const r = exportCli(['branches', out], { DATABASE_URL: broken });
    expect(r.status).toBe(2);
    expectClean(r.stdout + r.stderr);
    expect(fs.readFileSync(out, 'utf8')).toBe(complete);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('--branch with an unknown code is an error (exit 2); a known one matches case-insensitively', () => {
    const r = exportCli(['branches', '--branch', 'NOPE']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown branch "NOPE" \(branches: .*MADIUN/);
    expect(r.stdout).toBe('');
    const ok = exportCli(['branches', '--branch=madiun']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual(['code,name,region,region_code', 'MADIUN,Kantor Cabang Madiun,Jawa Timur,']);
  });

  it('a DATABASE_URL that is not a database: one line without SQL, exit 2, and the process ends', () => {
    const notDb = path.join(dir, 'notadb.txt');
    fs.writeFileSync(notDb, 'hello\n');
    const r = exportCli(['branches'], { DATABASE_URL: notDb, LANG: 'id_ID.UTF-8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: basis data ${notDb} tidak dapat dibuka: berkas ini bukan basis data`);
    expectClean(r.stdout + r.stderr);
  });
});
