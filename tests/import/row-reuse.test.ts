// The row check and the SQLite upserter reuse their objects from row to row (the cells by column,
// the parsed row, the batch's column arrays) so that a big file makes little garbage. Nothing of
// one row may leak into the next: a short row's missing cells are empty, not the row before's;
// what is stored is each row's own, across batches too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { importText, memoryDb, withBranches } from './helpers.ts';

let db: Database;
beforeEach(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN', 'PONOROGO']);
});
afterEach(async () => {
  await db.close();
});

describe('each row on its own', () => {
  it('reads the missing cells of a short row as empty, not as the row before had them', async () => {
    const text = [
      'branch,period,segment,active_participants,new_participants',
      'MADIUN,2020-01,PU,100,5',
      'MADIUN,2020-02', // short: segment and active_participants missing
      'MADIUN,2020-03,PU,120,6,7', // one cell too many
      'MADIUN,2020-04,PU', // short again, after a long one
    ].join('\n');
    const report = await importText(db, 'membership', text);
    expect(report.outcome).toBe('REJECTED');
    expect(report.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'segment', 'required'],
      [3, 'active_participants', 'required'],
      [4, null, 'too_many_fields'],
      [5, 'active_participants', 'required'],
    ]);
  });

  it('stores every row with its own values, optional ones included, across several batches', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => {
      const branch = i < 12 ? 'MADIUN' : 'PONOROGO';
      const date = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const [activity, channel] = i % 2 ? ['PROMOTION', 'RADIO'] : ['SOCIALISATION', 'FACE_TO_FACE'];
      // Optional cells present in some rows only: an empty one must not take the row before's value.
      const leads = i % 3 === 0 ? '' : String(i);
      const name = i % 4 === 0 ? '' : `Kegiatan ${i}`;
      const cost = i % 5 === 0 ? '' : String(i * 1000);
      return { branch, date, activity, channel, reach: 100 + i, registrations: i, leads, name, cost };
    });
    const text = ['branch,date,activity,channel,reach,registrations,leads,name,cost_idr', ...rows.map((r) => [r.branch, r.date, r.activity, r.channel, r.reach, r.registrations, r.leads, r.name, r.cost].join(','))].join('\n');
    const report = await importText(db, 'campaigns', text, { batchRows: 5 });
    expect(report.problems).toEqual([]);
    expect(report.storedRows).toBe(23);
    const stored = await db.knex('campaign_activity').select('branch_code', 'date', 'activity', 'channel', 'reach', 'registrations', 'leads', 'name', 'cost_idr').orderBy('id');
    expect(stored).toEqual(
      rows.map((r) => ({
        branch_code: r.branch,
        date: r.date,
        activity: r.activity,
        channel: r.channel,
        reach: r.reach,
        registrations: r.registrations,
        leads: r.leads === '' ? null : Number(r.leads),
        name: r.name,
        cost_idr: r.cost === '' ? 0 : Number(r.cost),
      })),
    );
  });
});
