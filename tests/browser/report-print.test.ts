// The printed report's tables in chromium at A4 print width (tryout F10: 4.893.970.138 broke
// across lines): no figure wraps, and no table runs past the printable width of the page (210 mm
// less the report's 14 mm margins each side), for a branch, an office and the nation, in both
// languages. Text cells (a note, a channel's name) may wrap; figures never do. A 95 % interval
// sits under its figure, on a line of its own, instead of two more columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, launch } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

/** A4's printable width at 96 dpi: (210 − 2 × 14) mm. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

interface Cell {
  text: string;
  /** Lines the cell's text takes. */
  lines: number;
  /** Lines an interval under the figure may add (0 or 1). */
  intervalLines: number;
}

/** Every number cell of the report's tables with the lines its text takes, and each table's overflow. */
async function measure(page: Page): Promise<{ cells: Cell[]; tables: { caption: string; width: number; right: number }[]; pageWidth: number }> {
  return page.evaluate(() => {
    // One line box per distinct top of the cell's text: a wrapped text has rectangles on two or more lines.
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      }
      return tops.size;
    };
    const cells = [...document.querySelectorAll('section.chart td.num')].map((td) => ({ text: td.textContent ?? '', lines: lines(td), intervalLines: td.querySelector('.ci') ? 1 : 0 }));
    const tables = [...document.querySelectorAll('section.chart table')].map((t) => ({
      caption: t.querySelector('caption')?.textContent ?? '',
      width: t.scrollWidth,
      right: t.getBoundingClientRect().right,
    }));
    return { cells, tables, pageWidth: document.documentElement.clientWidth };
  });
}

describe.skipIf(!chromiumPath)('the printed report in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1100 } });
    await page.emulateMedia({ media: 'print' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['scope=national', 'id'],
    ['scope=national', 'en'],
    ['region=JATIM', 'id'],
    ['branch=MADIUN', 'en'],
  ])('keeps every number of %s (%s) on one line within the page', async (scope, lang) => {
    const res = await page.goto(`${server.url}/report?${scope}&year=2024&lang=${lang}`);
    expect(res?.status()).toBe(200);
    const { cells, tables, pageWidth } = await measure(page);
    expect(pageWidth).toBe(PRINT_WIDTH);
    expect(tables.length).toBe(4);
    // Long figures are there to wrap (the campaign costs run to hundreds of millions of Rupiah).
    expect(cells.some((c) => c.text.replace(/\D/g, '').length >= 9), cells.map((c) => c.text).join(' | ')).toBe(true);
    const wrapped = cells.filter((c) => c.lines > 1 + c.intervalLines).map((c) => c.text);
    expect(wrapped).toEqual([]);
    // Cost per registration with its interval under it, in one column.
    const reach = await page.locator('section[data-chart="campaign-reach"] table').innerText();
    expect(reach).toContain(lang === 'en' ? 'Cost per registration (95% CI)' : 'Biaya per pendaftaran (IK 95%)');
    expect(reach).toMatch(/\(Rp[\d.,]+–Rp[\d.,]+\)/);
    expect(reach).not.toContain(lang === 'en' ? '95% CI lower bound' : 'batas bawah IK 95%');
    for (const t of tables) {
      expect(t.width, t.caption).toBeLessThanOrEqual(pageWidth);
      expect(t.right, t.caption).toBeLessThanOrEqual(pageWidth + 0.5);
    }
  });
});
