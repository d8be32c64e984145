// The importer against real SQLite databases: every kind of bad input refused whole with its
// line, column, value and reason; spreadsheet-saved files and XLSX stored; idempotence;
// round trip through the export; the contract's sample files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataVersion } from '../../server/cache/data-version.ts';
import type { Database } from '../../server/db/orm.ts';
import { exportCsvText } from '../../server/export/export.ts';
import { listRuns } from '../../server/import/history.ts';
import { importFile } from '../../server/import/importer.ts';
import { STUDY_EXAMPLE } from '../support/project-files.ts';
import { dumpTables, fixture, importFixture, importText, memoryDb, withBranches, workbook } from './helpers.ts';

let db: Database;
beforeEach(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN']);
  await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2019,PU,42617\n');
});
afterEach(async () => {
  await db.close();
});

describe('bad input is refused whole, with line, column, value and reason, and the database unchanged', () => {
  const cases: [string, 'membership' | 'campaigns', string, { line: number; column: string | null; value: string | null; code: string }][] = [
    ['extra column', 'membership', 'bad-extra-column.csv', { line: 1, column: 'remarks', value: 'remarks', code: 'header_unknown' }],
    ['missing column', 'membership', 'bad-missing-column.csv', { line: 1, column: 'segment', value: null, code: 'header_missing' }],
    ['bad enum', 'membership', 'bad-enum.csv', { line: 3, column: 'segment', value: 'WAGE', code: 'bad_enum' }],
    ['activity/channel pair', 'campaigns', 'bad-activity-channel.csv', { line: 3, column: 'channel', value: 'INSTAGRAM', code: 'bad_pair' }],
    ['negative count', 'membership', 'bad-negative.csv', { line: 2, column: 'active_participants', value: '-5', code: 'negative' }],
    ['30 February', 'campaigns', 'bad-30-february.csv', { line: 3, column: 'date', value: '2021-02-30', code: 'impossible_date' }],
    ['integer overflow', 'membership', 'bad-int-overflow.csv', { line: 2, column: 'active_participants', value: '2147483648', code: 'too_large' }],
    ['duplicate key in the file', 'membership', 'bad-duplicate-key.csv', { line: 4, column: null, value: null, code: 'duplicate_key' }],
    ['unknown branch', 'membership', 'bad-unknown-branch.csv', { line: 3, column: 'branch', value: 'KEDIRI', code: 'unknown_branch' }],
    ['malformed period', 'membership', 'bad-period.csv', { line: 2, column: 'period', value: '2020-13', code: 'bad_period' }],
    ['registrations above reach', 'campaigns', 'bad-registrations-over-reach.csv', { line: 3, column: 'registrations', value: '40', code: 'registrations_over_reach' }],
    ['leads above reach', 'campaigns', 'bad-leads-over-reach.csv', { line: 3, column: 'leads', value: '45', code: 'leads_over_reach' }],
  ];
  for (const [name, kind, file, expected] of cases) {
    it(name, async () => {
      const before = await dumpTables(db);
      const version = dataVersion();
      const report = await importFixture(db, kind, file);
      expect(report.outcome).toBe('REJECTED');
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toMatchObject(expected);
      expect(report.problems[0].reason.length).toBeGreaterThan(10);
      expect(report.storedRows).toBe(0);
      expect(await dumpTables(db)).toBe(before);
      expect(dataVersion()).toBe(version);
      const [run] = await listRuns(db, { limit: 1 });
      expect(run).toMatchObject({ outcome: 'REJECTED', fileName: file, kind, rejectedRows: report.rejectedRows });
      expect(run.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }

  it('names the other line of a duplicate and writes reasons in Indonesian on request', async () => {
    const report = await importFixture(db, 'membership', 'bad-duplicate-key.csv', { lang: 'id' });
    expect(report.problems[0].reason).toContain('baris 2');
    expect(report.problems[0].reason).toMatch(/Kunci yang sama/);
  });

  it('lists every problem of a file with many, and rejects when only one row of many is bad', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `MADIUN,${2000 + Math.floor(i / 12) % 20}-${String((i % 12) + 1).padStart(2, '0')},${['PU', 'BPU', 'JAKON', 'PMI'][Math.floor(i / 240) % 4]},${['', 'JKK', 'JKM', 'JHT', 'JP'][Math.floor(i / 960)] ?? 'JKP'},${i}`);
    const good = `branch,period,segment,program,active_participants\n${rows.join('\n')}\n`;
    const before = await dumpTables(db);
    const bad = good.replace('\nMADIUN,2019-12,PU,,', '\nMADIUN,2019-12,PU,,-'); // one negative, far down the file
    const rejected = await importText(db, 'membership', bad, { batchRows: 100 });
    expect(rejected.outcome).toBe('REJECTED');
    expect(rejected.problems.map((p) => p.code)).toEqual(['negative']);
    expect(await dumpTables(db)).toBe(before);
    const stored = await importText(db, 'membership', good, { batchRows: 100 });
    expect(stored.outcome).toBe('STORED');
    expect(stored.rows).toBe(5000);
  });

  it('reports rows with wrong field counts, blank-header values, garbage and empty files', async () => {
    const r = await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2020,PU,1,extra\n"MADIUN,2021\n');
    expect(r.outcome).toBe('REJECTED');
    expect(r.problems.map((p) => [p.line, p.code])).toContainEqual([2, 'too_many_fields']);
    const blank = await importText(db, 'membership', 'branch,period,,segment,active_participants\nMADIUN,2020,x,PU,1\n');
    expect(blank.problems.map((p) => [p.line, p.code])).toEqual([[2, 'header_blank']]);
    const twice = await importText(db, 'membership', 'branch,cabang,period,segment,active_participants\nMADIUN,MADIUN,2020,PU,1\n');
    expect(twice.problems[0]).toMatchObject({ line: 1, column: 'branch', value: 'cabang', code: 'header_duplicate' });
    // Excel's `sep=;` first line names the delimiter; lines keep their numbers.
    const sep = await importText(db, 'membership', 'sep=;\r\nbranch;period;segment;active_participants\r\nMADIUN;2020;PU;-1\r\n');
    expect(sep.problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 'active_participants', 'negative']]);
    const empty = await importText(db, 'membership', '');
    expect(empty.problems.map((p) => p.code)).toEqual(['file_empty']);
    const bom = await importText(db, 'membership', '\ufeff\r\n');
    expect(bom.outcome).toBe('REJECTED');
  });
});

describe('good files as spreadsheets save them', () => {
  it('stores BOM + CRLF + `;` + quoted + grouped thousands + Indonesian headers + any-case enums', async () => {
    const b = await importFixture(db, 'branches', 'branches-spreadsheet.csv');
    expect(b.problems).toEqual([]);
    expect(b).toMatchObject({ outcome: 'STORED', rows: 3, delimiter: ';', format: 'CSV' });
    const branch = await db.knex('branch').where({ code: 'SURABAYA-RUNGKUT' }).first();
    expect(branch).toMatchObject({ name: 'Kantor Cabang Surabaya Rungkut; Kota', region: 'Jawa Timur', source: 'IMPORTED' });

    const m = await importFixture(db, 'membership', 'membership-spreadsheet.csv');
    expect(m.problems).toEqual([]);
    expect(m).toMatchObject({ outcome: 'STORED', rows: 5 });
    const rows = await db.knex('membership_snapshot').where({ branch_code: 'MADIUN' }).orderBy(['year', 'month', 'segment', 'program']);
    expect(rows.map((r) => [r.year, r.month, r.precision, r.segment, r.program, r.active_participants, r.new_participants])).toEqual([
      [2016, 12, 'YEAR', 'BPU', '', 17039, null],
      [2016, 12, 'YEAR', 'PU', '', 26670, null],
      [2019, 12, 'YEAR', 'PU', '', 42617, null],
      [2020, 6, 'MONTH', 'BPU', 'JKM', 7269, 0],
      [2020, 6, 'MONTH', 'PU', 'JKK', 45001, 1204],
      [2020, 12, 'YEAR', 'PU', '', 46878, null],
    ]);
    expect(rows.find((r) => r.year === 2020 && r.month === 6)?.period_index).toBe(2020 * 12 + 5);

    const c = await importFixture(db, 'campaigns', 'campaigns-spreadsheet.csv');
    expect(c.problems).toEqual([]);
    const acts = await db.knex('campaign_activity').orderBy('date');
    // Costs are whole Rupiah: 1.500.000,50 and 350000,5 are rounded half away from zero.
    expect(acts.map((a) => [a.date, a.activity, a.channel, a.medium, a.name, a.reach, a.registrations, a.cost_idr, a.staff_code, a.segment, a.leads])).toEqual([
      ['2021-03-15', 'SOCIALISATION', 'FACE_TO_FACE', 'OFFLINE', 'Sosialisasi PT Maju; gudang 2', 45, 12, 1500001, 'AR01', 'PU', 20],
      ['2021-03-16', 'SOCIALISATION', 'ZOOM', 'ONLINE', 'Webinar UMKM', 1250, 31, 0, 'ARK02', 'BPU', null],
      ['2021-04-01', 'PROMOTION', 'INSTAGRAM', 'SOCIAL_MEDIA', 'Kampanye "Ayo Daftar"', 26670, 15, 2000000, '', '', null],
      ['2021-04-02', 'PROMOTION', 'SPANDUK', 'PRINT', 'Spanduk pasar', 1500, 2, 350001, '', '', null],
    ]);

    const t = await importFixture(db, 'targets', 'targets-spreadsheet.csv');
    expect(t.problems).toEqual([]);
    const targets = await db.knex('target').orderBy(['program', 'metric']);
    expect(targets.map((x) => [x.year, x.program, x.segment, x.metric, x.staff_code, x.target])).toEqual([
      [2021, 'JKK', 'PU', 'ACTIVE_PARTICIPANTS', '', 48000],
      [2021, 'JKK', 'PU', 'NEW_PARTICIPANTS', 'AR01', 1200],
      [2021, 'JKM', 'BPU', 'ACTIVE_PARTICIPANTS', '', 8000],
    ]);
  });

  it('stores a UTF-16 "Unicode Text" file as Excel saves it', async () => {
    const text = 'cabang\tperiode\tsegmen\tpeserta_aktif\r\nMADIUN\t2020\tPU\t46.878\r\nmadiun\t2020\tbpu\t7.269\r\n';
    const r = await importText(db, 'membership', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(r).toMatchObject({ outcome: 'STORED', rows: 2, delimiter: '\t' });
    const stored = await db.knex('membership_snapshot').where({ year: 2020 }).orderBy('segment').select('segment', 'active_participants');
    expect(stored).toEqual([
      { segment: 'BPU', active_participants: 7269 },
      { segment: 'PU', active_participants: 46878 },
    ]);
  });

  it("imports the study's sample files (examples/study) cleanly", async () => {
    const fresh = await memoryDb();
    try {
      const b = await importFile(fresh, { kind: 'branches', source: { path: STUDY_EXAMPLE('branches.csv') }, fileName: 'branches.csv' });
      expect(b.problems).toEqual([]);
      expect(b.outcome).toBe('STORED');
      const m = await importFile(fresh, { kind: 'membership', source: { path: STUDY_EXAMPLE('madiun-membership-2016-2020.csv') }, fileName: 'm.csv' });
      expect(m.problems).toEqual([]);
      expect(m).toMatchObject({ outcome: 'STORED', rows: 10 });
      const pu2019 = await fresh.knex('membership_snapshot').where({ year: 2019, segment: 'PU' }).first();
      expect(pu2019.active_participants).toBe(42617);
    } finally {
      await fresh.close();
    }
  });
});

describe('XLSX workbooks', () => {
  it('reads the first sheet, or a named one, with numbers, dates and text cells', async () => {
    const buf = await workbook({
      Catatan: [['branch', 'date', 'activity', 'channel', 'reach', 'registrations', 'cost_idr'], ['MADIUN', new Date(Date.UTC(2021, 5, 1)), 'Promosi', 'Radio', 12000, 40, 1234.567]],
      Peserta: [['Cabang', 'Periode', 'Segmen', 'Peserta Aktif'], ['MADIUN', 2020, 'PU', 46878], ['MADIUN', new Date(Date.UTC(2021, 2, 1)), 'bpu', '7.269']],
    });
    const first = await importText(db, 'campaigns', buf, { fileName: 'book.xlsx' });
    expect(first.problems).toEqual([]);
    expect(first).toMatchObject({ outcome: 'STORED', format: 'XLSX', sheet: 'Catatan', rows: 1 });
    const act = await db.knex('campaign_activity').first();
    expect(act).toMatchObject({ date: '2021-06-01', channel: 'RADIO', reach: 12000, cost_idr: 1235 }); // whole Rupiah

    const named = await importText(db, 'membership', buf, { fileName: 'book.xlsx', sheet: 'peserta' });
    expect(named.problems).toEqual([]);
    expect(named).toMatchObject({ outcome: 'STORED', sheet: 'Peserta', rows: 2 });
    const march = await db.knex('membership_snapshot').where({ year: 2021, month: 3 }).first();
    expect(march).toMatchObject({ segment: 'BPU', active_participants: 7269, precision: 'MONTH' });

    const missing = await importText(db, 'membership', buf, { fileName: 'book.xlsx', sheet: 'Nope' });
    expect(missing.outcome).toBe('REJECTED');
    expect(missing.problems[0]).toMatchObject({ code: 'sheet_missing', line: null });
    expect(missing.problems[0].reason).toContain('Catatan, Peserta');
  });

  it('points to the other sheets when the first one holds no column of the kind (a notes sheet)', async () => {
    const buf = await workbook({
      Petunjuk: [['Data peserta aktif per cabang, diisi tiap bulan'], ['Lihat lembar Data']],
      Data: [['Cabang', 'Periode', 'Segmen', 'Peserta Aktif'], ['MADIUN', 2020, 'PU', 46878]],
    });
    const report = await importText(db, 'membership', buf, { fileName: 'book.xlsx' });
    expect(report.outcome).toBe('REJECTED');
    const hint = report.problems.find((p) => p.code === 'header_wrong_sheet');
    expect(hint).toMatchObject({ line: 1, params: { sheet: 'Petunjuk', sheets: 'Petunjuk, Data' } });
    expect(hint!.reason).toContain('--sheet');
    // A sheet that has the kind's columns gets no such hint, even with other problems.
    const other = await importText(db, 'membership', await workbook({ Data: [['Cabang', 'Periode', 'Segmen'], ['MADIUN', 2020, 'PU']], Lain: [['x']] }), { fileName: 'b.xlsx' });
    expect(other.problems.map((p) => p.code)).toEqual(['header_missing']);
  });

  it('streams a large workbook: every row stored, the hash that of the whole file', async () => {
    const rows: unknown[][] = [['branch', 'period', 'segment', 'program', 'active_participants']];
    for (let i = 0; i < 20000; i++) rows.push(['MADIUN', `${2000 + Math.floor(i / 240)}-${String((i % 12) + 1).padStart(2, '0')}`, ['PU', 'BPU', 'JAKON', 'PMI'][Math.floor(i / 12) % 4], ['', 'JHT', 'JKK', 'JKM', 'JP'][Math.floor(i / 48) % 5], i]);
    const buf = await workbook({ Data: rows, Other: [['x'], [1]] });
    expect(buf.length).toBeGreaterThan(4 * 64 * 1024);
    const r = await importText(db, 'membership', buf, { fileName: 'big.xlsx' });
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ outcome: 'STORED', sheet: 'Data', rows: 20000, storedRows: 20000 });
    expect(r.sha256).toBe(createHash('sha256').update(buf).digest('hex'));
    // 0 + 1 + … + 19999 (the workbook's row for December 2019 replaces the one imported before).
    const { total } = (await db.knex('membership_snapshot').sum({ total: 'active_participants' }).first()) as { total: number };
    expect(Number(total)).toBe((19999 * 20000) / 2);
  });

  it('reports bad cells of a sheet by row', async () => {
    const buf = await workbook({ S: [['branch', 'period', 'segment', 'active_participants'], ['MADIUN', 2020, 'PU', -3]] });
    const r = await importText(db, 'membership', buf);
    expect(r.problems[0]).toMatchObject({ line: 2, column: 'active_participants', code: 'negative' });
  });
});

describe('storage', () => {
  it('is idempotent: importing the same file twice changes nothing', async () => {
    await importFixture(db, 'branches', 'branches-spreadsheet.csv');
    const first = await importFixture(db, 'campaigns', 'campaigns-spreadsheet.csv');
    expect(first.storedRows).toBe(4);
    const after1 = await dumpTables(db);
    const second = await importFixture(db, 'campaigns', 'campaigns-spreadsheet.csv');
    expect(second).toMatchObject({ outcome: 'STORED', storedRows: 0 });
    expect(await dumpTables(db)).toBe(after1);
  });

  it('stores the same rows whatever the batch size (columns constant over a batch are bound once on SQLite)', async () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      `${i < 25 ? 'MADIUN' : 'KEDIRI'},${i % 3 === 0 ? 2001 + i : `${2001 + i}-0${(i % 9) + 1}`},${i < 10 ? 'PU' : 'BPU'},${i % 4 === 0 ? '' : 'JHT'},${i * 1000},${i % 5 === 0 ? '' : i},${i < 30 ? '' : 3}`,
    );
    const text = `branch,period,segment,program,active_participants,new_participants,lapsed_participants\n${lines.join('\n')}\n`;
    const dumps: string[] = [];
    for (const batchRows of [1, 2, 7, 40, undefined]) {
      const fresh = await memoryDb();
      try {
        await withBranches(fresh, ['MADIUN', 'KEDIRI']);
        const r = await importText(fresh, 'membership', text, { batchRows });
        expect(r).toMatchObject({ outcome: 'STORED', storedRows: 40 });
        const rows = await fresh.knex('membership_snapshot').select('*').orderBy('id');
        expect(rows.filter((row) => row.new_participants === null)).toHaveLength(8);
        expect(rows.filter((row) => row.precision === 'YEAR')).toHaveLength(14);
        expect(typeof rows[0].active_participants).toBe('number');
        dumps.push(JSON.stringify(rows.map(({ import_id: _, ...rest }) => rest)));
        const again = await importText(fresh, 'membership', text, { batchRows });
        expect(again).toMatchObject({ outcome: 'STORED', storedRows: 0 });
      } finally {
        await fresh.close();
      }
    }
    expect(new Set(dumps).size).toBe(1);
  });

  it('replaces the earlier value of a key, whatever its source, and bumps the data version', async () => {
    await db.knex('membership_snapshot').where({ year: 2019 }).update({ source: 'SYNTHETIC' });
    const v = dataVersion();
    const r = await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2019,PU,42000\n');
    expect(r).toMatchObject({ outcome: 'STORED', storedRows: 1 });
    expect(dataVersion()).toBeGreaterThan(v);
    const rows = await db.knex('membership_snapshot').where({ year: 2019 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ active_participants: 42000, source: 'IMPORTED', import_id: r.runId });
  });

  it('a dry run validates and stores nothing, and is recorded', async () => {
    const before = await dumpTables(db);
    const r = await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2018,PU,43675\n', { dryRun: true });
    expect(r).toMatchObject({ outcome: 'DRY_RUN', rows: 1, storedRows: 0 });
    expect(await dumpTables(db)).toBe(before);
    expect((await listRuns(db, { limit: 1 }))[0]).toMatchObject({ outcome: 'DRY_RUN', rows: 1 });
  });

  it('round-trips: export → import changes nothing, for every kind', async () => {
    await importFixture(db, 'branches', 'branches-spreadsheet.csv');
    await importFixture(db, 'membership', 'membership-spreadsheet.csv');
    await importFixture(db, 'campaigns', 'campaigns-spreadsheet.csv');
    await importFixture(db, 'targets', 'targets-spreadsheet.csv');
    await importText(db, 'campaigns', 'branch,date,activity,channel,reach,registrations,cost_idr\nMADIUN,2021-05-01,PROMOTION,TV,1,0,"1.234,567"\n');
    const before = await dumpTables(db);
    for (const kind of ['branches', 'membership', 'campaigns', 'targets'] as const) {
      const csv = await exportCsvText(db, kind);
      const r = await importText(db, kind, csv);
      expect(r.problems, kind).toEqual([]);
      expect(r, kind).toMatchObject({ outcome: 'STORED', storedRows: 0 });
    }
    expect(await dumpTables(db)).toBe(before);
    // The same holds in a fresh database: export, import elsewhere, export again = same text.
    const other = await memoryDb();
    try {
      for (const kind of ['branches', 'membership', 'campaigns', 'targets'] as const) {
        const csv = await exportCsvText(db, kind);
        expect((await importText(other, kind, csv)).outcome).toBe('STORED');
        expect(await exportCsvText(other, kind)).toBe(csv);
      }
    } finally {
      await other.close();
    }
  });

  it('exports in pages across the whole table', async () => {
    const programs = ['', 'JKK', 'JKM', 'JHT', 'JP', 'JKP'];
    const segments = ['PU', 'BPU', 'JAKON', 'PMI'];
    const lines = Array.from({ length: 12000 }, (_, i) => `MADIUN,${1980 + Math.floor(i / 288)}-${String((Math.floor(i / 24) % 12) + 1).padStart(2, '0')},${segments[Math.floor(i / 6) % 4]},${i},${programs[i % 6]}`);
    const r = await importText(db, 'membership', `branch,period,segment,active_participants,program\n${lines.join('\n')}\n`);
    expect(r.problems.slice(0, 3)).toEqual([]);
    const csv = await exportCsvText(db, 'membership');
    const [{ n }] = await db.knex('membership_snapshot').count({ n: '*' });
    expect(Number(n)).toBeGreaterThanOrEqual(12000);
    const lines2 = csv.trim().split('\n');
    expect(lines2).toHaveLength(1 + Number(n));
    expect(new Set(lines2).size).toBe(lines2.length);
  });

  it('CLI-style file paths work too, and the history lists attempts latest first', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-import-'));
    try {
      const file = path.join(dir, 'm.csv');
      fs.copyFileSync(fixture('bad-negative.csv'), file);
      await importFile(db, { kind: 'membership', source: { path: file }, fileName: 'm.csv' });
      const runs = await listRuns(db, { limit: 2 });
      expect(runs[0]).toMatchObject({ fileName: 'm.csv', outcome: 'REJECTED' });
      expect(runs[0].id).toBeGreaterThan(runs[1].id);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a corrected file covers', () => {
  it('keeps stored values of optional columns the file does not have, and replaces those it has', async () => {
    await importText(db, 'membership', 'branch,period,segment,program,active_participants,new_participants,lapsed_participants\nMADIUN,2020-03,BPU,JKK,1200,50,10\nMADIUN,2020-04,BPU,JKK,1250,60,11\n');
    const withoutOptional = await importText(db, 'membership', 'branch,period,segment,program,active_participants\nMADIUN,2020-03,BPU,JKK,1300\nMADIUN,2020-05,BPU,JKK,1400\n');
    expect(withoutOptional).toMatchObject({ outcome: 'STORED', storedRows: 2 });
    const rows = await db.knex('membership_snapshot').where({ branch_code: 'MADIUN', program: 'JKK' }).orderBy('month').select('month', 'active_participants', 'new_participants', 'lapsed_participants');
    expect(rows).toEqual([
      { month: 3, active_participants: 1300, new_participants: 50, lapsed_participants: 10 },
      { month: 4, active_participants: 1250, new_participants: 60, lapsed_participants: 11 },
      { month: 5, active_participants: 1400, new_participants: null, lapsed_participants: null },
    ]);
    // The same file again changes nothing; a file WITH the column and an empty cell clears it.
    expect(await importText(db, 'membership', 'branch,period,segment,program,active_participants\nMADIUN,2020-03,BPU,JKK,1300\nMADIUN,2020-05,BPU,JKK,1400\n')).toMatchObject({ storedRows: 0 });
    await importText(db, 'membership', 'branch,period,segment,program,active_participants,new_participants\nMADIUN,2020-03,BPU,JKK,1300,\n');
    expect(await db.knex('membership_snapshot').where({ branch_code: 'MADIUN', program: 'JKK', month: 3 }).first('new_participants', 'lapsed_participants')).toEqual({ new_participants: null, lapsed_participants: 10 });
  });

  it('keeps a campaign\'s cost, leads and segment, and a branch\'s region, when the file leaves those columns out', async () => {
    await importText(db, 'campaigns', 'branch,date,activity,channel,name,reach,registrations,cost_idr,leads,segment\nMADIUN,2021-03-01,PROMOTION,RADIO,Spot,100,5,1500000,20,PU\n');
    expect(await importText(db, 'campaigns', 'branch,date,activity,channel,name,reach,registrations\nMADIUN,2021-03-01,PROMOTION,RADIO,Spot,120,6\n')).toMatchObject({ outcome: 'STORED', storedRows: 1 });
    expect(await db.knex('campaign_activity').where({ name: 'Spot' }).first('reach', 'registrations', 'cost_idr', 'leads', 'segment')).toEqual({
      reach: 120, registrations: 6, cost_idr: 1500000, leads: 20, segment: 'PU',
    });
    await importText(db, 'branches', 'code,name,region\nMADIUN,Kantor Cabang Madiun,Jawa Timur\n');
    await importText(db, 'branches', 'code,name\nMADIUN,KC Madiun\n');
    expect(await db.knex('branch').where({ code: 'MADIUN' }).first('name', 'region')).toEqual({ name: 'KC Madiun', region: 'Jawa Timur' });
  });
});

describe('a rejected row lists all its problems', () => {
  it('reports an unknown branch together with the row\'s other problems (a totals row)', async () => {
    const report = await importText(db, 'membership', 'branch;period;segment;active_participants\nMADIUN;2020;PU;1\nTOTAL;;;86.292\nKEDIRI2;2018;XX;5\nmadiun;2021;XX;5\n');
    expect(report.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'period', 'required'],
      [3, 'segment', 'required'],
      [3, 'branch', 'unknown_branch'],
      [4, 'segment', 'bad_enum'],
      [4, 'branch', 'unknown_branch'],
      [5, 'segment', 'bad_enum'],
    ]);
  });

  it('shows at most 200 characters of a value', async () => {
    const long = 'x'.repeat(2_000_000);
    const report = await importText(db, 'branches', `code,name\nKEDIRI,${long}\n`);
    expect(report.problems[0]).toMatchObject({ line: 2, column: 'name', code: 'too_long' });
    expect(report.problems[0].value).toBe(`${'x'.repeat(200)}…`);
  });
});
