// Reach in its units on the server's surfaces (tryout F14): the report never prints one reach
// column of socialisation attendees and promotion impressions (attendees and impressions are
// columns of their own), its effectiveness table gives each type's reach in its own row, and
// the chart files of reach draw the two units on two scales.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** The header cells and first cells of a report section's table. */
function sectionTable(html: string, chart: string): { headers: string[]; firstCells: string[] } {
  const section = new RegExp(`<section class="chart" data-chart="${chart}">[\\s\\S]*?</section>`).exec(html)![0];
  const text = (s: string) => s.replace(/<[^>]+>/g, '').trim();
  const headers = [...section.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]));
  const firstCells = [...section.matchAll(/<tr><td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]));
  return { headers, firstCells };
}

describe('reach in its units on the report and the chart files', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it.each([
    ['branch=MADIUN', 'id', ['Peserta hadir (sosialisasi)', 'Tayangan (promosi)'], ['Jangkauan', 'Satuan jangkauan']],
    ['scope=national', 'en', ['Attendees (socialisation)', 'Impressions (promotion)'], ['Reach', 'Reach unit']],
  ])('prints the reach of %s (%s) as attendees and impressions, never one column of both', async (scope, lang, units, mixed) => {
    const res = await fetch(`${server.url}/report?${scope}&year=2024&lang=${lang}`);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    const reach = sectionTable(html, 'campaign-reach');
    // Both types are among the printed channels of the demo data: both columns.
    for (const unit of units) expect(reach.headers).toContain(unit);
    for (const header of mixed) expect(reach.headers).not.toContain(header);
    const effectiveness = sectionTable(html, 'effectiveness');
    expect(effectiveness.firstCells).toEqual(expect.arrayContaining(units));
    expect(effectiveness.firstCells).not.toContain(mixed[0]);
  });

  it('draws reach on two scales, each named with its unit, in the SVG and the embed', async () => {
    const svg = await (await fetch(`${server.url}/charts/campaign-reach.svg?branch=MADIUN&from=2024&to=2024&measure=reach&lang=en`)).text();
    expect(svg).toContain('data-unit="ATTENDEES"');
    expect(svg).toContain('data-unit="IMPRESSIONS"');
    expect(svg).toContain('>Attendees (socialisation)<');
    expect(svg).toContain('>Impressions (promotion)<');
    const registrations = await (await fetch(`${server.url}/charts/campaign-reach.svg?branch=MADIUN&from=2024&to=2024&measure=registrations&lang=en`)).text();
    expect(registrations).not.toContain('data-unit=');
    const embed = await (await fetch(`${server.url}/embed/campaign-reach?branch=MADIUN&from=2024&to=2024&measure=conversionRate&lang=id`)).text();
    expect(embed).toContain('>Konversi sosialisasi (pendaftaran/peserta hadir)<');
    expect(embed).toContain('>Konversi promosi (pendaftaran/tayangan)<');
  });
});
