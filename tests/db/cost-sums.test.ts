// Money sums exactly: costs are whole Rupiah in an integer column, so every grouping of the
// campaign reach adds up to the integer sum of the rows, the same on SQLite and PostgreSQL,
// for the demo data and for imported amounts with fractions (rounded on the way in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../server/db/seed/seed.ts';
import { importText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const REACH = `query Reach($branch: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {
  campaignReach(branch: $branch, from: $from, to: $to, groupBy: $groupBy) { key costIdr }
}`;
const demo = generateDemoData();
const answers = new Map<string, unknown>();

describe.each(availableDialects())('cost sums on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const reach = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(REACH, variables);
    expect(res.errors).toBeUndefined();
    return res.data.campaignReach as { key: string; costIdr: number }[];
  };

  it('adds the demo costs up exactly, in whole Rupiah, whatever the grouping', async () => {
    for (const groupBy of ['CHANNEL', 'MONTH', 'YEAR', 'STAFF']) {
      const rows = await reach({ branch: 'KEDIRI', from: '2019', to: '2025', groupBy });
      for (const r of rows) expect(Number.isSafeInteger(r.costIdr), `${groupBy} ${r.key}`).toBe(true);
      const expected = demo.campaigns.filter((c) => c.branch_code === 'KEDIRI').reduce((s, c) => s + c.cost_idr, 0);
      expect(rows.reduce((s, r) => s + r.costIdr, 0), groupBy).toBe(expected);
      answers.set(`${dialect}|${groupBy}`, rows);
    }
  });

  it('stores imported fractional amounts as whole Rupiah and sums them exactly', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `MADIUN,2030-01-${String((i % 28) + 1).padStart(2, '0')},PROMOTION,WEBSITE,Banner ${i},1000,1,"333.333,${i % 2 ? '5' : '49'}"`);
    const report = await importText(server.db, 'campaigns', `branch,date,activity,channel,name,reach,registrations,cost_idr\n${lines.join('\n')}\n`);
    expect(report).toMatchObject({ outcome: 'STORED', storedRows: 300 });
    const [row] = await reach({ branch: 'MADIUN', from: '2030', to: '2030', groupBy: 'YEAR' });
    // 150 × 333.334 (…,5 rounds up) + 150 × 333.333 (…,49 rounds down).
    expect(row).toEqual({ key: '2030', costIdr: 150 * 333334 + 150 * 333333 });
    const sum = await server.db.knex('campaign_activity').where({ branch_code: 'MADIUN', year: 2030 }).sum({ total: 'cost_idr' }).first();
    expect(Number(sum!.total)).toBe(150 * 333334 + 150 * 333333);
  });
});

describe('both databases', () => {
  it.skipIf(availableDialects().length < 2)('give the same cost figures', () => {
    for (const groupBy of ['CHANNEL', 'MONTH', 'YEAR', 'STAFF']) {
      expect(answers.get(`postgresql|${groupBy}`), groupBy).toEqual(answers.get(`sqlite|${groupBy}`));
    }
  });
});
