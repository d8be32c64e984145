// The review page of a branch with a longer history than it lists at first, in headless
// Chromium: the latest 26 reviews, a button that adds the older ones a page at a time and goes
// once none are left, and a week before the listed ones (from the URL, or stepped back to)
// shown with its own review rather than offered as a week without one.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftIsoWeek } from '../../common/time/iso-week.ts';
import { weeksAround } from '../../common/time/agency-time.ts';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, newContextAs, record } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;
const REVIEWS = 40;

describe.skipIf(!chromiumPath)('a long review history in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const { thisWeek } = weeksAround();
  // One review a week for the 40 weeks before this one, newest first.
  const weeks = Array.from({ length: REVIEWS }, (_, i) => shiftIsoWeek(thisWeek, -(i + 1)).key);

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        await addAccount(db, KABID.username, KABID.role, { branch: KABID.branch });
        const at = new Date();
        await db.knex('review').insert(weeks.map((week) => ({ branch_code: 'MADIUN', week, notes: `Catatan ${week}`, created_by: 'account:kabid.madiun', created_at: at, updated_at: at })));
      },
    });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the latest reviews and adds the older ones on request', async () => {
    const context = await newContextAs(browser, server.url, KABID, { width: 1280, height: 900 });
    const page = await context.newPage();
    const rec = record(page);
    await page.goto(`${server.url}/review?lang=en&branch=MADIUN`);
    const links = page.getByTestId('review-list').locator('a');
    await expect.poll(() => links.count()).toBe(26);
    expect(await links.first().getAttribute('data-week')).toBe(weeks[0]);
    expect(await links.last().getAttribute('data-week')).toBe(weeks[25]);
    const older = page.getByTestId('review-list-older');
    expect(await older.textContent()).toBe('Show older reviews');
    await older.click();
    await expect.poll(() => links.count()).toBe(REVIEWS);
    expect(await links.last().getAttribute('data-week')).toBe(weeks[REVIEWS - 1]);
    // A page that was not full: nothing older is left to ask for.
    expect(await older.count()).toBe(0);
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the review of a week before the listed ones', async () => {
    const context = await newContextAs(browser, server.url, KABID, { width: 1280, height: 900 });
    const page = await context.newPage();
    const rec = record(page);
    const old = weeks[30];
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN&week=${old}`);
    const detail = page.getByTestId('review-detail');
    await expect.poll(() => detail.getAttribute('data-week')).toBe(old);
    expect(await page.getByTestId('review-notes').textContent()).toBe(`Catatan ${old}`);
    expect(await page.getByTestId('new-review-form').count()).toBe(0);
    await expect.poll(() => page.getByTestId('review-list').locator('a').count()).toBe(26);
    // A step back to an older week still finds its review; before the history, none.
    await page.getByTestId('review-prev-week').click();
    await expect.poll(() => detail.getAttribute('data-week')).toBe(weeks[31]);
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN&week=${shiftIsoWeek(thisWeek, -(REVIEWS + 1)).key}`);
    await page.getByTestId('review-none').waitFor();
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });
});
