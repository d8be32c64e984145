// The printed report says at its top when its figures are synthetic, in the dashboard's words
// (tryout: only the legends and the source columns said so): the demo data's report of the
// study's branch and of the nation, in both languages; a report of imported data only says
// nothing of the kind. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../common/i18n/messages.ts';
import { importText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const NOTICE = /<p class="synthetic" role="note" data-testid="synthetic-notice"><strong>([^<]*)<\/strong> ([^<]*)<\/p>/;

describe.each(availableDialects())('the report\'s synthetic notice on %s', (dialect) => {
  let demo: TestServer;
  let imported: TestServer;
  beforeAll(async () => {
    demo = await startTestServer(dialect);
    imported = await startTestServer(dialect, { seed: false });
    await importText(imported.db, 'branches', 'code,name\nALFA,Kantor Cabang Alfa\n');
    const report = await importText(imported.db, 'membership', 'branch,period,segment,active_participants\nALFA,2024-11,PU,100\nALFA,2024-12,PU,120\n');
    expect(report.outcome).toBe('STORED');
  }, 120_000);
  afterAll(async () => {
    await demo?.close();
    await imported?.close();
  });

  const page = async (server: TestServer, query: string) => {
    const res = await fetch(`${server.url}/report?${query}`);
    expect(res.status, query).toBe(200);
    return res.text();
  };

  it('says so above the key figures of the demo data, in either language', async () => {
    for (const [query, locale] of [['branch=MADIUN&year=2024&lang=id', 'id'], ['scope=national&year=2024&lang=en', 'en']] as const) {
      const html = await page(demo, query);
      const notice = NOTICE.exec(html);
      expect(notice, query).not.toBeNull();
      expect(notice![1]).toBe(messages(locale).syntheticNotice);
      expect(notice![2]).toBe(messages(locale).syntheticNoticeLong);
      expect(html.indexOf('data-testid="synthetic-notice"')).toBeLessThan(html.indexOf('class="figures"'));
    }
  });

  it('says nothing of the kind for imported data only', async () => {
    const html = await page(imported, 'branch=ALFA&year=2024&lang=id');
    expect(html).not.toMatch(NOTICE);
    expect(html).not.toContain('data-testid="synthetic-notice"');
  });
});
