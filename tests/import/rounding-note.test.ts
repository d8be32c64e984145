// Fractional Rupiah are stored rounded to whole Rupiah (half away from zero), and the import
// says so: a note in the report (how many cost values, the first line, what became of it), in
// English and Indonesian, printed by the CLI, returned by the GraphQL mutation and recorded in
// the import history.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import type { Database } from '../../server/db/orm.ts';
import { amountIsRounded } from '../../server/import/fields.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { fixture, importText, memoryDb } from './helpers.ts';

const HEADER = 'branch,date,activity,channel,reach,registrations,cost_idr';
const FRACTIONS = [
  HEADER,
  'MADIUN,2024-01-05,PROMOTION,RADIO,1000,3,1500000', // whole: no note
  'MADIUN,2024-01-06,PROMOTION,RADIO,1000,3,0.5', // line 3: the first rounded, 0.5 → 1
  'MADIUN,2024-01-07,PROMOTION,RADIO,1000,3,"1.500.000,50"', // → 1,500,001
  'MADIUN,2024-01-08,PROMOTION,RADIO,1000,3,"1.500.000,00"', // zero cents: nothing rounded
  'MADIUN,2024-01-09,PROMOTION,RADIO,1000,3,"Rp 2.000.000,-"', // no cents
  '',
].join('\n');

describe('fractional Rupiah', () => {
  let db: Database;
  beforeAll(async () => {
    db = await memoryDb();
    await importText(db, 'branches', 'code,name\nMADIUN,Kantor Cabang Madiun\n');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('tells which cost cells amount() rounds', () => {
    for (const v of ['0.5', '0,5', '1.500.000,50', '1,500,000.50', '1500,5', 'Rp 1.234,567', '0,4999999999999999999']) expect(amountIsRounded(v), v).toBe(true);
    for (const v of ['', '1500000', '1.500.000', '1.500.000,00', 'Rp 1.500.000,-', 'Rp -', '-', '1,500', 'abc']) expect(amountIsRounded(v), v).toBe(false);
  });

  it('stores them rounded and says how many, with the first line, in English', async () => {
    const report = await importText(db, 'campaigns', FRACTIONS);
    expect(report.outcome).toBe('STORED');
    const costs = await db.knex('campaign_activity').orderBy('date').select('date', 'cost_idr');
    expect(costs.map((c) => Number(c.cost_idr))).toEqual([1500000, 1, 1500001, 1500000, 2000000]);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({ code: 'amount_rounded', count: 2, line: 3, column: 'cost_idr' });
    expect(report.notes[0].text).toBe(
      '2 cost values (cost_idr) had a fraction of a Rupiah and were rounded to whole Rupiah (half away from zero); the first on line 3: "0.5" → Rp1.',
    );
    const [run] = await db.knex('import_run').orderBy('id', 'desc').limit(1).select('message');
    expect(run.message).toContain('2 cost_idr value(s) rounded to whole Rupiah (first: line 3)');
  });

  it('says it in Indonesian, and in the future tense on a dry run', async () => {
    const id = await importText(db, 'campaigns', [HEADER, 'MADIUN,2024-02-01,PROMOTION,RADIO,1000,3,"1.500.000,50"', ''].join('\n'), { lang: 'id', dryRun: true });
    expect(id.outcome).toBe('DRY_RUN');
    expect(id.notes.map((n) => n.text)).toEqual([
      '1 nilai biaya (cost_idr) memuat pecahan rupiah dan akan dibulatkan ke rupiah utuh (setengah ke atas); yang pertama di baris 2: "1.500.000,50" → Rp1.500.001.',
    ]);
    const en = await importText(db, 'campaigns', [HEADER, 'MADIUN,2024-02-01,PROMOTION,RADIO,1000,3,"1.500.000,50"', ''].join('\n'), { dryRun: true });
    expect(en.notes[0].text).toBe(
      '1 cost value (cost_idr) had a fraction of a Rupiah and would be rounded to whole Rupiah (half away from zero); the first on line 2: "1.500.000,50" → Rp1,500,001.',
    );
  });

  it('has no note for whole Rupiah, nor for a rejected file (nothing is stored)', async () => {
    const whole = await importText(db, 'campaigns', [HEADER, 'MADIUN,2024-03-01,PROMOTION,RADIO,1000,3,"1.500.000"', ''].join('\n'));
    expect(whole.outcome).toBe('STORED');
    expect(whole.notes).toEqual([]);
    const rejected = await importText(db, 'campaigns', [HEADER, 'MADIUN,2024-03-02,PROMOTION,RADIO,1000,3,0.5', 'MADIUN,2024-03-03,PROMOTION,RADIO,x,3,1', ''].join('\n'));
    expect(rejected.outcome).toBe('REJECTED');
    expect(rejected.notes).toEqual([]);
  });
});

describe('the rounding note outside the importer', () => {
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-rounding-'));
    server = await startTestServer('sqlite', { seed: false, env: { ADMIN_TOKEN: 'tok' } });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: path.join(dir, 'cli.sqlite'), LANG: 'C', LC_ALL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is printed by the CLI before STORED, in either language', { timeout: 180_000 }, () => {
    expect(cli('branches', fixture('branches-spreadsheet.csv')).status).toBe(0);
    const file = path.join(dir, 'costs.csv');
    fs.writeFileSync(file, FRACTIONS);
    const en = cli('campaigns', file);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^note: 2 cost values \(cost_idr\) had a fraction of a Rupiah and were rounded to whole Rupiah \(half away from zero\); the first on line 3: "0\.5" → Rp1\.\nSTORED: 5 row/m);
    const id = cli('campaigns', file, '--lang', 'id', '--dry-run');
    expect(id.status).toBe(0);
    expect(id.stdout).toMatch(/^catatan: 2 nilai biaya \(cost_idr\) memuat pecahan rupiah dan akan dibulatkan ke rupiah utuh \(setengah ke atas\); yang pertama di baris 3: "0\.5" → Rp1\.$/m);
  });

  it('is in the GraphQL import report (the upload page shows it)', async () => {
    const IMPORT = `mutation Import($kind: ImportKind!, $fileName: String!, $content: String!, $lang: ReportLanguage) {
      importData(kind: $kind, fileName: $fileName, content: $content, lang: $lang) { outcome notes { code count line column text } }
    }`;
    const auth = { authorization: 'Bearer tok' };
    await server.graphql(IMPORT, { kind: 'branches', fileName: 'b.csv', content: 'code,name\nMADIUN,Kantor Cabang Madiun\n' }, auth);
    const res = await server.graphql(IMPORT, { kind: 'campaigns', fileName: 'c.csv', content: FRACTIONS, lang: 'EN' }, auth);
    expect(res.errors).toBeUndefined();
    expect(res.data.importData.outcome).toBe('STORED');
    expect(res.data.importData.notes).toEqual([
      {
        code: 'amount_rounded',
        count: 2,
        line: 3,
        column: 'cost_idr',
        text: '2 cost values (cost_idr) had a fraction of a Rupiah and were rounded to whole Rupiah (half away from zero); the first on line 3: "0.5" → Rp1.',
      },
    ]);
  });
});
