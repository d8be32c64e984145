// Imported text that a spreadsheet would run as a formula (CWE-1236) is written with a leading
// `'` in every CSV Pantau writes: the /api and chart downloads in both dialects and the export.
// Numbers stay numbers, and export → import gives back exactly the stored text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvNumber, csvRecords, neutralised, restoreNeutralised } from '../../server/csv/records.ts';
import { exportCsvText } from '../../server/export/export.ts';
import { dumpTables, importText, memoryDb, storeText, workbook } from '../import/helpers.ts';
import { runCli } from '../cli/helpers.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const FORMULAS = ['=HYPERLINK("http://x","y")', '+cmd', '-1+1', '@SUM(A1)', '\tTAB', '\rCR'];
// Text round-tripping needs: apostrophes already in front, and an apostrophe before plain text.
const TRICKY = ["'=already", "''+twice", "'plain", "O'Brien", 'plain'];

const csvOf = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n\r]|^ | $/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';

describe('csvRecords neutralises formulas in text cells only', () => {
  it.each(FORMULAS)('text %j gets one leading apostrophe, in both dialects', (text) => {
    for (const dialect of [{ delimiter: ',', newline: '\n' }, { delimiter: ';', newline: '\r\n' }] as const) {
      const back = Papa.parse<string[]>(csvRecords([[text, 'x']], dialect).slice(0, -dialect.newline.length), dialect).data;
      expect(back).toEqual([[`'${text}`, 'x']]);
    }
  });

  it('numbers, and numbers written in a dialect (CsvNumber), stay numbers', () => {
    expect(csvRecords([[-2.42, new CsvNumber('-2,42'), '-2.42', 'a']], { delimiter: ';', newline: '\r\n' })).toBe("-2.42;-2,42;'-2.42;a\r\n");
  });

  it('restoreNeutralised undoes exactly what neutralised added', () => {
    for (const text of [...FORMULAS, ...TRICKY, '', "'", "''"]) expect(restoreNeutralised(neutralised(text))).toBe(text);
    expect(restoreNeutralised("'plain")).toBe("'plain");
    expect(restoreNeutralised('=x')).toBe('=x');
  });
});

describe('downloads of imported formula text', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        await storeText(db, 'branches', csvOf([['code', 'name', 'region'], ['EVIL', FORMULAS[0], '@SUM(A1)']]));
        await storeText(db, 'targets', csvOf([['branch', 'year', 'program', 'segment', 'target', 'metric', 'staff'], ['EVIL', '2024', 'JHT', 'PU', '10', 'NEW_PARTICIPANTS', '+cmd'], ['EVIL', '2024', 'JHT', 'PU', '20', 'ACTIVE_PARTICIPANTS', '']]));
      },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const get = async (url: string) => {
    const res = await fetch(`${server.url}${url}`);
    expect(res.status, url).toBe(200);
    return res.text();
  };

  it('/api/branches.csv in the machine dialect', async () => {
    const text = await get('/api/branches.csv');
    expect(text).toContain(`EVIL,"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1)`);
    expect(text).not.toMatch(/(^|,)"?[=+@]/m);
  });

  it('/api/branches.csv in the Indonesian Excel dialect', async () => {
    const text = await get('/api/branches.csv?lang=id');
    expect(text).toContain(`EVIL;"'=HYPERLINK(""http://x"",""y"")";'@SUM(A1)`);
    expect(text).not.toMatch(/(^|;)"?[=+@]/m);
  });

  it("a branch's name beside its code in target attainment by branch, in /api and in the chart CSV, both dialects", async () => {
    const q = 'branch=EVIL&year=2024&groupBy=BRANCH';
    for (const url of [`/api/targetAttainment.csv?${q}`, `/api/targetAttainment.csv?${q}&lang=id`, `/charts/target-attainment.csv?${q}&lang=id`, `/charts/target-attainment.csv?${q}&lang=en`]) {
      const text = await get(url);
      expect(text, url).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)"[,;]EVIL[,;]/m);
      expect(text, url).not.toMatch(/(^|[,;])"?[=+@]/m);
    }
  });

  it('the staff key of target attainment, in /api and in the chart CSV, both dialects', async () => {
    const q = 'branch=EVIL&year=2024&groupBy=STAFF';
    for (const url of [`/api/targetAttainment.csv?${q}`, `/api/targetAttainment.csv?${q}&lang=id`, `/charts/target-attainment.csv?${q}`, `/charts/target-attainment.csv?${q}&lang=en`]) {
      const text = await get(url);
      expect(text, url).toMatch(/(^|[,;])'\+cmd([,;]|$)/m);
      expect(text, url).not.toMatch(/(^|[,;])\+cmd/m);
    }
  });

  it('negative figures stay numbers: -2.42 (en) and -2,42 (id), without an apostrophe', async () => {
    const q = 'branch=MADIUN&segments=PU&from=2019&to=2019&granularity=YEAR';
    expect(await get(`/api/membershipTrend.csv?${q}`)).toMatch(/,-2\.42(,|\n)/);
    expect(await get(`/api/membershipTrend.csv?${q}&lang=id`)).toMatch(/;-2,42(;|\r\n)/);
    expect(await get(`/charts/membership-trend.csv?${q}`)).toMatch(/;-2,42(;|\r\n)/);
    for (const url of [`/api/membershipTrend.csv?${q}`, `/api/membershipTrend.csv?${q}&lang=id`, `/charts/membership-trend.csv?${q}`]) {
      expect(await get(url)).not.toContain("'-");
    }
  });
});

describe('export → import round trip', () => {
  const names = [...FORMULAS.filter((t) => t.trim() === t), ...TRICKY];
  const branches = names.map((name, i) => [`B${i}`, name, i % 2 ? '-region' : '']);
  // Stored from a workbook: a CSV's leading apostrophe before a formula is read as the writer's
  // neutralisation, so text that really starts with "'=" reaches the database from XLSX.
  const xlsx = () => workbook({ Cabang: [['code', 'name', 'region'], ...branches] });

  it('the export writes the apostrophe and the import takes it off again: the same stored text', async () => {
    const a = await memoryDb();
    const b = await memoryDb();
    try {
      expect((await importText(a, 'branches', await xlsx())).outcome).toBe('STORED');
      const stored = (await a.knex('branch').select('code', 'name').orderBy('code')) as { code: string; name: string }[];
      for (const r of stored) expect(r.name).toBe(names[Number(r.code.slice(1))]);
      expect(stored).toHaveLength(names.length);
      const text = await exportCsvText(a, 'branches');
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
      expect(text).toContain(",'+cmd,");
      expect(text).toContain(",'''+twice,");
      expect(text).toContain(",'plain,");
      const report = await importText(b, 'branches', text);
      expect(report.outcome).toBe('STORED');
      expect(await dumpTables(b).then((t) => t.replace(/"import_id":\d+/g, ''))).toBe(await dumpTables(a).then((t) => t.replace(/"import_id":\d+/g, '')));
      // Importing the export into its own database changes nothing.
      expect((await importText(a, 'branches', text)).storedRows).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('npm run export writes the apostrophe; its file imported into another database gives back the text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-csv-formulas-'));
    try {
      const source = path.join(dir, 'a.sqlite');
      const target = path.join(dir, 'b.sqlite');
      const input = path.join(dir, 'in.xlsx');
      const out = path.join(dir, 'out.csv');
      fs.writeFileSync(input, await xlsx());
      expect(runCli('import', ['branches', input], { DATABASE_URL: source, DEMO_DATA: 'false' }).status).toBe(0);
      expect(runCli('export', ['branches', out], { DATABASE_URL: source }).status).toBe(0);
      const exported = fs.readFileSync(out, 'utf8');
      expect(exported).toContain(",'@SUM(A1),");
      expect(runCli('import', ['branches', out], { DATABASE_URL: target, DEMO_DATA: 'false' }).status).toBe(0);
      expect(runCli('export', ['branches', path.join(dir, 'again.csv')], { DATABASE_URL: target }).status).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'again.csv'), 'utf8')).toBe(exported);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
