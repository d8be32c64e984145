// The printed report after one branch imported a month before the others (issue 15, T2): its
// warning says how many branches the latest month covers and which month is complete, in the
// dashboard's words, for the nation and the branch's office; a branch's own report does not
// (a branch covers its own months). SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

describe.each(availableDialects())('the report with an incomplete latest month on %s', (dialect) => {
  let server: TestServer;
  let branches: number;
  beforeAll(async () => {
    server = await startTestServer(dialect, {
      prepare: async (db) => {
        const csv = 'branch,period,segment,active_participants\nMADIUN,2025-11,PU,62000\n';
        const report = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(csv) }, fileName: 'madiun-nov.csv', actor: 'test' });
        if (report.outcome !== 'STORED') throw new Error(`import refused: ${JSON.stringify(report.problems)}`);
      },
    });
    const res = await server.graphql('{ dataFreshness { latestMonths { month branches } } }');
    expect(res.errors).toBeUndefined();
    const months = res.data.dataFreshness.latestMonths as { month: string; branches: number }[];
    expect(months.at(-1)).toEqual({ month: '2025-11', branches: 1 });
    branches = months.reduce((a, m) => a + m.branches, 0);
  });
  afterAll(() => server?.close());

  const report = async (query: string) => {
    const res = await fetch(`${server.url}/report?${query}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("says the nation's latest month is one branch's, and October complete, in both languages", async () => {
    expect(await report('scope=national&year=2025&lang=id')).toContain(`Data terakhir: November 2025 (1 dari ${branches} cabang); Oktober 2025 lengkap.`);
    expect(await report('scope=national&year=2025&lang=en')).toContain(`Latest data: November 2025 (1 of ${branches} branches); October 2025 complete.`);
    expect(await report('region=JATIM&year=2025&lang=id')).toMatch(/Data terakhir: November 2025 \(1 dari \d+ cabang\); Oktober 2025 lengkap\./);
  });

  it("names the nation's key figure by October, November's one branch in its note", async () => {
    const html = await report('scope=national&year=2025&lang=id');
    expect(html).toContain('<div class="label">Peserta aktif per Oktober 2025</div>');
    expect(html).toMatch(new RegExp(`<div class="fnote">November 2025: 1 dari ${branches} cabang melapor · `));
    expect(await report('scope=national&year=2025&lang=en')).toContain('<div class="label">Active participants, October 2025</div>');
  });

  it("says nothing of coverage in the branch's own report", async () => {
    const html = await report('branch=MADIUN&year=2025&lang=id');
    expect(html).not.toContain('cabang); Oktober 2025 lengkap');
    expect(html).toMatch(/Data tidak mutakhir: data terakhir November 2025/);
    // MADIUN's own latest month is November, complete for it.
    expect(html).toContain('<div class="label">Peserta aktif per November 2025</div>');
  });
});
