// The week's assessment on the weekly review page, in headless Chromium against a real server:
// under a review of a week with data, the program targets met and the AR/ARK league table
// against the year's split and its monthly phasing to the week's Sunday, each row as the
// GraphQL assessment has it, in Indonesian and English, with its CSV link; readable at phone
// width. For an office's account, the reviews of every branch it reads under the week
// (reviewOverview), each branch's name opening its reviews; none for a branch's Kabid.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatInteger, formatPercent, type Locale } from '../../common/i18n/format.ts';
import { addAccount, sessionOf, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, expectNoSeriousAxeViolations, launch, newContextAs, record, screenshot } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;
const OFFICE = { username: 'viewer.jatim', password: TEST_PASSWORD, role: 'VIEWER', region: 'JATIM' } as const;
// A week inside the demo data, where the team has a target split and activities.
const WEEK = '2025-W20';

interface Standing { staff: string; name: string | null; expectedToDate: number | null; attainmentToDatePct: number | null; onTrack: boolean | null; attainment: { target: number } | null }

describe.skipIf(!chromiumPath)('the week’s assessment on the review page in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let league: Standing[];
  let through: string;
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        await addAccount(db, KABID.username, KABID.role, { branch: KABID.branch });
        await addAccount(db, OFFICE.username, OFFICE.role, { region: OFFICE.region });
      },
    });
    const kabid = await sessionOf(server, 'kabid.madiun.api', 'KABID', { branch: 'MADIUN' });
    const made = await server.graphql(`mutation { createReview(branch: "MADIUN", week: "${WEEK}") { assessment { through league { staff name expectedToDate attainmentToDatePct onTrack attainment { target } } } } }`, {}, { cookie: kabid });
    expect(made.errors).toBeUndefined();
    ({ league, through } = made.data.createReview.assessment);
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cellsOf = (locale: Locale, s: Standing, words: { yes: string; no: string }) => [
    s.name ? `${s.name} (${s.staff})` : s.staff,
    s.attainment ? formatInteger(s.attainment.target, locale) : '–',
    s.expectedToDate === null ? '–' : formatInteger(s.expectedToDate, locale),
    s.attainmentToDatePct === null ? '–' : formatPercent(s.attainmentToDatePct, locale, 1),
    s.onTrack === null ? '–' : s.onTrack ? words.yes : words.no,
  ];

  for (const [locale, words, csvLang] of [['id', { yes: 'sesuai jalur', no: 'tertinggal' }, 'lang=id'], ['en', { yes: 'on track', no: 'behind' }, 'lang=en']] as const) {
    it(`shows the league against the phasing to date (${locale})`, async () => {
      const context = await newContextAs(browser, server.url, KABID, { width: 1280, height: 900 });
      const page = await context.newPage();
      const rec = record(page);
      await page.goto(`${server.url}/review?lang=${locale}&branch=MADIUN&week=${WEEK}`);
      const table = page.getByTestId('review-league');
      await table.waitFor();
      expect(await page.getByTestId('review-assessment-through').textContent()).toContain(formatDate(through, locale));
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
      expect(rows.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual(league.map((s) => cellsOf(locale, s, words)));
      expect(league.some((s) => s.onTrack !== null)).toBe(true);
      expect(await page.getByTestId('review-league-csv').getAttribute('href')).toBe(`/api/reviews/league.csv?branch=MADIUN&week=${WEEK}&${csvLang}`);
      if (locale === 'id') {
        await expectNoSeriousAxeViolations(page, 'the week’s assessment');
        await screenshot(page, 'review-assessment-id');
      }
      expect(rec.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('shows an office’s account the reviews of its branches, and opens one', async () => {
    const office = await sessionOf(server, 'viewer.jatim.api', 'VIEWER', { region: 'JATIM' });
    const expected = (await server.graphql(`query { reviewOverview(week: "${WEEK}") { branch name latestWeek reviewedThisWeek openActions overdueActions attainmentToDatePct onTrack } }`, {}, { cookie: office })).data.reviewOverview as {
      branch: string; name: string; latestWeek: string | null; reviewedThisWeek: boolean; openActions: number; overdueActions: number; attainmentToDatePct: number | null; onTrack: boolean | null;
    }[];
    expect(expected.map((r) => r.branch)).toEqual(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO']);
    const context = await newContextAs(browser, server.url, OFFICE, { width: 1280, height: 900 });
    const page = await context.newPage();
    const rec = record(page);
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN&week=${WEEK}`);
    const table = page.getByTestId('review-overview-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual(expected.map((r) => [
      r.name,
      r.latestWeek ? `${r.latestWeek} · ${r.reviewedThisWeek ? 'minggu ini' : 'belum minggu ini'}` : 'belum pernah',
      formatInteger(r.openActions, 'id'),
      formatInteger(r.overdueActions, 'id'),
      expect.any(String),
      expect.any(String),
      r.attainmentToDatePct === null ? '–' : `${formatPercent(r.attainmentToDatePct, 'id', 1)} · ${r.onTrack ? 'sesuai jalur' : 'tertinggal'}`,
    ]));
    expect(rows.find((r) => r[0] === 'Kantor Cabang Madiun')![1]).toBe(`${WEEK} · minggu ini`);
    await expectNoSeriousAxeViolations(page, 'the reviews of every branch');
    await screenshot(page, 'review-overview-id');
    // A branch's name opens its reviews.
    await table.getByRole('link', { name: 'Kantor Cabang Kediri' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('branch')).toBe('KEDIRI');
    await page.getByTestId('review-week-title').waitFor();
    expect(rec.consoleErrors).toEqual([]);
    await context.close();

    // A branch's Kabid reads one branch: no overview.
    const kabid = await newContextAs(browser, server.url, KABID, { width: 1280, height: 900 });
    const own = await kabid.newPage();
    await own.goto(`${server.url}/review?lang=id&branch=MADIUN&week=${WEEK}`);
    await own.getByTestId('review-league').waitFor();
    expect(await own.getByTestId('review-overview').count()).toBe(0);
    await kabid.close();
  });

  it('is readable at phone width: the table scrolls inside its box, the page does not', async () => {
    const context = await newContextAs(browser, server.url, KABID, { width: 375, height: 740 });
    const page = await context.newPage();
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN&week=${WEEK}`);
    await page.getByTestId('review-league').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });
});
