// The regional offices come in by import too: the `regions` kind, then branches naming them in
// `region_code` (an unknown code is a problem of its row, nothing stored), and export → import
// of both changes nothing. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { exportCsv } from '../../server/export/export.ts';
import { importFile } from '../../server/import/importer.ts';
import type { ImportKind } from '../../server/import/kinds.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

describe.each(availableDialects())('regions and branches with region_code on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
  });
  afterAll(() => db?.close());

  const load = (kind: ImportKind, text: string, fileName = `${kind}.csv`) => importFile(db, { kind, source: { buffer: Buffer.from(text) }, fileName, actor: 'test', lang: 'en' });

  it('stores the offices, then branches that name them; an unknown office is a problem of its row', async () => {
    const regions = await load('regions', 'kode_wilayah;nama_wilayah\njatim;Kantor Wilayah Jawa Timur\nJATENG_DIY;Kantor Wilayah Jawa Tengah dan DIY\n');
    expect(regions).toMatchObject({ outcome: 'STORED', storedRows: 2 });

    const bad = await load('branches', 'code,name,region,region_code\nMADIUN,Kantor Cabang Madiun,Jawa Timur,JATIM\nSOLO,Kantor Cabang Surakarta,Jawa Tengah,JATENG\n');
    expect(bad.outcome).toBe('REJECTED');
    expect(bad.problems).toEqual([expect.objectContaining({ line: 3, column: 'region_code', value: 'JATENG', code: 'unknown_region', reason: expect.stringMatching(/import it first with the kind "regions"/) })]);
    expect(Number((await db.knex('branch').count({ n: '*' }).first())!.n)).toBe(0);

    const good = await load('branches', 'code,name,region,region_code\nMADIUN,Kantor Cabang Madiun,Jawa Timur,jatim\nSOLO,Kantor Cabang Surakarta,Jawa Tengah,JATENG_DIY\nNGAWI,Kantor Cabang Ngawi,Jawa Timur,\n');
    expect(good).toMatchObject({ outcome: 'STORED', storedRows: 3 });
    const rows = await db.knex('branch').orderBy('code').select('code', 'region_code');
    expect(rows).toEqual([
      { code: 'MADIUN', region_code: 'JATIM' },
      { code: 'NGAWI', region_code: null },
      { code: 'SOLO', region_code: 'JATENG_DIY' },
    ]);
  });

  it('a branches file without region_code keeps the stored offices', async () => {
    const report = await load('branches', 'code,name\nMADIUN,Kantor Cabang Madiun\n');
    expect(report.outcome).toBe('STORED');
    expect((await db.knex('branch').where({ code: 'MADIUN' }).first('region_code')).region_code).toBe('JATIM');
  });

  it('exports both kinds in the import format, and importing the export changes nothing', async () => {
    for (const kind of ['regions', 'branches'] as const) {
      let text = '';
      for await (const chunk of exportCsv(db, kind, {})) text += chunk;
      const again = await load(kind, text, `export-${kind}.csv`);
      expect(again, kind).toMatchObject({ outcome: 'STORED', storedRows: 0 });
    }
    // For one branch: its own office only.
    let solo = '';
    for await (const chunk of exportCsv(db, 'regions', { branch: 'solo' })) solo += chunk;
    expect(solo).toBe('code,name\nJATENG_DIY,Kantor Wilayah Jawa Tengah dan DIY\n');
  });
});
