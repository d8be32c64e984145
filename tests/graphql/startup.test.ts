// The database lifecycle a user meets: migrations build exactly the schema the entities
// describe, demo data is seeded once, and starting again neither re-seeds nor loses anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const counts = async (db: Awaited<ReturnType<typeof openDatabase>>) => {
  const result: Record<string, number> = {};
  for (const table of ['branch', 'staff', 'membership_snapshot', 'campaign_activity', 'target']) {
    const row = await db.knex(table).count({ n: '*' }).first();
    result[table] = Number(row?.n);
  }
  return result;
};

describe.each(availableDialects())('database lifecycle on %s', (dialect) => {
  it('migrates to exactly the schema the entities describe', async () => {
    const db = await openDatabase(await freshTarget(dialect));
    try {
      const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await db.close();
    }
  });
});

describe('first and later starts (SQLite file)', () => {
  it('seeds once, then keeps everything on restart, including rows added in between', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-start-')), 'data.sqlite');
    const first = await openDatabase({ dialect: 'sqlite', file });
    const summary = await seedDemoDataIfEmpty(first);
    expect(summary?.branches).toBe(4);
    await first.knex('branch').insert({ code: 'NGAWI', name: 'Kantor Cabang Ngawi', region: 'Jawa Timur', source: 'IMPORTED' });
    const before = await counts(first);
    await first.close();

    const second = await openDatabase({ dialect: 'sqlite', file });
    expect(await seedDemoDataIfEmpty(second)).toBeNull();
    expect(await counts(second)).toEqual(before);
    await second.close();
  });

  it('generates the same demo data on every run', async () => {
    const { generateDemoData } = await import('../../server/db/seed/seed.ts');
    const a = generateDemoData();
    const b = generateDemoData();
    expect(a.campaigns.length).toBeGreaterThan(1000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.snapshots.filter((s) => s.source === 'STUDY')).toHaveLength(10);
  });
});
