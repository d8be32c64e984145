// The importData mutation and importHistory over HTTP, as a client would call them: admin
// token required (FORBIDDEN otherwise, and when no token is configured), reports for refused
// files, XLSX in base64, and the analytics answering with the imported figures at once.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { IMPORT_KINDS, KINDS, type ImportKind } from '../../server/import/kinds.ts';
import { dumpTables } from './helpers.ts';

const IMPORT = `mutation Import($kind: ImportKind!, $fileName: String!, $content: String!, $enc: ContentEncoding, $dryRun: Boolean, $lang: ReportLanguage) {
  importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: $enc, dryRun: $dryRun, lang: $lang) {
    runId outcome rows rejectedRows problemCount storedRows format delimiter columns
    problems { line column value code reason }
  }
}`;
const AUTH = { authorization: 'Bearer s3cret-token' };

describe('importData over GraphQL', () => {
  let server: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false, env: { ADMIN_TOKEN: 's3cret-token' } });
    closed = await startTestServer('sqlite', { seed: false, env: {} });
  });
  afterAll(async () => {
    await server?.close();
    await closed?.close();
  });

  const branches = { kind: 'branches', fileName: 'branches.csv', content: 'code,name,region\nMADIUN,Kantor Cabang Madiun,Jawa Timur\n' };

  it('is refused without an account or the token, with a wrong token, and when no token is configured', async () => {
    const before = await dumpTables(server.db);
    for (const [srv, headers] of [[server, {}], [server, { authorization: 'Bearer nope' }], [closed, AUTH]] as const) {
      const res = await srv.graphql(IMPORT, branches, headers);
      expect(res.data).toBeFalsy();
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toMatch(/token/i);
      expect(JSON.stringify(res.errors)).not.toMatch(/\bat \S+:\d+/);
    }
    expect(await dumpTables(server.db)).toBe(before);
  });

  it('dry-runs, stores, refuses bad files with a report, and the analytics follow at once', async () => {
    const dry = await server.graphql(IMPORT, { ...branches, dryRun: true }, AUTH);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importData).toMatchObject({ outcome: 'DRY_RUN', rows: 1, storedRows: 0 });
    const stored = await server.graphql(IMPORT, branches, AUTH);
    expect(stored.data.importData).toMatchObject({ outcome: 'STORED', storedRows: 1, format: 'CSV', delimiter: ',', columns: ['code', 'name', 'region'] });

    const bad = await server.graphql(
      IMPORT,
      { kind: 'membership', fileName: 'bad.csv', content: 'cabang;periode;segmen;peserta_aktif\nMADIUN;2020;PU;-1\n', lang: 'ID' },
      AUTH,
    );
    expect(bad.errors).toBeUndefined();
    expect(bad.data.importData).toMatchObject({ outcome: 'REJECTED', rejectedRows: 1, problemCount: 1 });
    expect(bad.data.importData.problems[0]).toMatchObject({ line: 2, column: 'active_participants', value: '-1', code: 'negative', reason: 'Tidak boleh negatif.' });

    const csv = '\ufeffcabang;periode;segmen;peserta_aktif\r\nMADIUN;2019;PU;42.617\r\nMADIUN;2020;PU;46.878\r\n';
    const good = await server.graphql(IMPORT, { kind: 'membership', fileName: 'pu.csv', content: Buffer.from(csv).toString('base64'), enc: 'BASE64' }, AUTH);
    expect(good.data.importData).toMatchObject({ outcome: 'STORED', rows: 2, delimiter: ';' });

    const trend = await server.graphql(`{ membershipTrend(branch: "MADIUN", segments: [PU]) { segment points { period activeParticipants change } } }`);
    expect(trend.errors).toBeUndefined();
    expect(trend.data.membershipTrend[0].points).toEqual([
      { period: '2019', activeParticipants: 42617, change: null },
      { period: '2020', activeParticipants: 46878, change: 4261 },
    ]);

    const history = await server.graphql(`{ importHistory(limit: 10) { id kind fileName outcome rows rejectedRows actor sha256 startedAt finishedAt } }`, {}, AUTH);
    expect(history.errors).toBeUndefined();
    expect(history.data.importHistory.map((r: { outcome: string }) => r.outcome)).toEqual(['STORED', 'REJECTED', 'STORED', 'DRY_RUN']);
    expect(history.data.importHistory[0]).toMatchObject({ kind: 'membership', fileName: 'pu.csv', rows: 2, actor: 'admin-token' });
    expect(history.data.importHistory[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports an XLSX workbook sent in base64', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Target');
    ws.addRow(['Tahun', 'Cabang', 'Program', 'Segmen', 'Target']);
    ws.addRow([2021, 'MADIUN', 'JKK', 'PU', 48000]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const res = await server.graphql(IMPORT, { kind: 'targets', fileName: 'target.xlsx', content, enc: 'BASE64' }, AUTH);
    expect(res.errors).toBeUndefined();
    expect(res.data.importData).toMatchObject({ outcome: 'STORED', format: 'XLSX', rows: 1 });
  });

  it('answers bad arguments with BAD_USER_INPUT', async () => {
    const res = await server.graphql(IMPORT, { kind: 'branches', fileName: 'x.xlsx', content: '***', enc: 'BASE64' }, AUTH);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const hist = await server.graphql(`{ importHistory(limit: 0) { id } }`, {}, AUTH);
    expect(hist.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('importKinds over GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false, env: {} });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists every kind with its columns in the export order, required ones marked, without a token', async () => {
    const res = await server.graphql(`{ importKinds { kind columns { name required aliases } } }`);
    expect(res.errors).toBeUndefined();
    const kinds = res.data.importKinds as { kind: string; columns: { name: string; required: boolean; aliases: string[] }[] }[];
    expect(kinds.map((k) => k.kind)).toEqual([...IMPORT_KINDS]);
    for (const info of kinds) {
      const spec = KINDS[info.kind as ImportKind];
      expect(info.columns.map((c) => c.name)).toEqual([...spec.columns]);
      expect(info.columns.filter((c) => c.required).map((c) => c.name)).toEqual([...spec.required]);
    }
    const membership = kinds.find((k) => k.kind === 'membership')!;
    expect(membership.columns.slice(0, 5).map((c) => [c.name, c.required])).toEqual([
      ['branch', true], ['period', true], ['segment', true], ['active_participants', true], ['program', false],
    ]);
    expect(membership.columns.find((c) => c.name === 'active_participants')!.aliases).toContain('peserta_aktif');
    expect(membership.columns.find((c) => c.name === 'branch')!.aliases).toContain('kode_cabang');
  });
});
