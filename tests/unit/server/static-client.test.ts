// The dashboard's index.html carries each branch's latest year with data, so that its first
// queries can start together (no round trip to learn the default targets year).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../browser/support.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';

describe('dashboard boot data', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it('writes the latest year of every branch into the page, and follows new data', async () => {
    const boot = async () => {
      const html = await (await fetch(`${server.url}/?lang=en`)).text();
      const json = /<script id="pantau-boot" type="application\/json">(.*?)<\/script>/.exec(html)?.[1];
      return JSON.parse(json!);
    };
    expect(await boot()).toEqual({ latestYear: { BLITAR: 2025, KEDIRI: 2025, MADIUN: 2025, PONOROGO: 2025 } });
    await server.db.knex('membership_snapshot').insert({
      branch_code: 'MADIUN', year: 2026, month: 1, period_index: 2026 * 12, precision: 'MONTH', segment: 'PU', program: '',
      active_participants: 62000, source: 'IMPORTED',
    });
    expect((await boot()).latestYear.MADIUN).toBe(2026);
  });
});
