// The charts the server draws name branches and offices as the dashboard does (tryout: embeds
// and files grouped by branch or office read MADIUN and JATIM where the dashboard reads their
// names). A real server on SQLite with the demo data: every SVG, CSV and embed of campaign-reach
// and target-attainment grouped by BRANCH or REGION names the seeded branch and office by the
// directory's names, in Indonesian and English, and the CSV keeps the code beside the name
// (name, then key: the row reads by its name, the file joins by code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { xmlProblems } from './xml.ts';

let server: TestServer;
/** Branch and office code → name, as the branches and regions questions answer. */
let names: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer('sqlite');
  const directory = await server.graphql('{ branches { code name } regions { code name } }');
  expect(directory.errors).toBeUndefined();
  names = new Map([...directory.data.branches, ...directory.data.regions].map((o: { code: string; name: string }) => [o.code, o.name]));
}, 120_000);
afterAll(() => server?.close());

const text = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
};

/** The tooltip of the mark keyed by `key` (the bar's whole label and figures). */
const tooltipOf = (svg: string, key: string) => new RegExp(`data-key="${key}"[^>]*?data-tooltip="([^"]*)"`).exec(svg)?.[1];

const VIEWS = [
  ['campaign-reach', 'BRANCH', 'MADIUN', 'from=2020&to=2020&groupBy=BRANCH'],
  ['campaign-reach', 'REGION', 'JATIM', 'from=2020&to=2020&groupBy=REGION'],
  ['target-attainment', 'BRANCH', 'MADIUN', 'year=2024&groupBy=BRANCH'],
  ['target-attainment', 'REGION', 'JATIM', 'year=2024&groupBy=REGION'],
] as const;

describe('server-drawn charts grouped by branch or office', () => {
  it('the seeded branch and office have the names the test expects', () => {
    expect(names.get('MADIUN')).toBe('Kantor Cabang Madiun');
    expect(names.get('JATIM')).toBe('Kantor Wilayah Jawa Timur');
  });

  it.each(VIEWS)('%s by %s draws %s by its name, never its bare code (SVG, id and en)', async (chart, _groupBy, code, query) => {
    for (const lang of ['id', 'en']) {
      const svg = await text(`/charts/${chart}.svg?${query}&lang=${lang}`);
      expect(xmlProblems(svg).problems).toEqual([]);
      const name = names.get(code)!;
      expect(svg).toContain(`>${name}<`);
      expect(svg).not.toContain(`>${code}<`);
      expect(tooltipOf(svg, code)?.startsWith(name), `${chart} ${lang}: ${tooltipOf(svg, code)}`).toBe(true);
    }
  });

  it.each(VIEWS)('%s by %s: the CSV gives %s\'s name and keeps its code', async (chart, _groupBy, code, query) => {
    const en = (await text(`/charts/${chart}.csv?${query}&lang=en`)).trim().split('\n');
    expect(en[0].startsWith('name,key,')).toBe(true);
    expect(en.some((line) => line.startsWith(`${names.get(code)},${code},`))).toBe(true);
    // The Indonesian file for Excel: `;`, headers in words, the same code and name.
    const id = (await text(`/charts/${chart}.csv?${query}&lang=id`)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(id[0].startsWith('Nama;Kode;')).toBe(true);
    expect(id.some((line) => line.startsWith(`${names.get(code)};${code};`))).toBe(true);
  });

  it('the embed page draws and lists the branches by name', async () => {
    const html = await text('/embed/target-attainment?year=2024&groupBy=BRANCH&lang=en');
    for (const code of ['MADIUN', 'KEDIRI', 'PONOROGO', 'BLITAR']) {
      expect(html).toContain(`<td>${names.get(code)}</td><td>${code}</td>`);
      expect(tooltipOf(html, code)?.startsWith(names.get(code)!)).toBe(true);
    }
  });

  it('an office\'s branches by campaign results, in the PNG\'s SVG as in the dashboard', async () => {
    const svg = await text('/charts/campaign-reach.svg?region=JATIM&from=2020&to=2020&groupBy=BRANCH&measure=registrations&lang=id');
    for (const code of ['MADIUN', 'KEDIRI', 'PONOROGO', 'BLITAR']) expect(svg).toContain(`>${names.get(code)}<`);
    const png = await fetch(`${server.url}/charts/campaign-reach.png?region=JATIM&from=2020&to=2020&groupBy=BRANCH&measure=registrations&lang=id&width=600&height=360`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('leaves other groupings as they were: channels keep one key column', async () => {
    const en = (await text('/charts/campaign-reach.csv?branch=MADIUN&from=2020&to=2020&lang=en')).split('\n');
    expect(en[0].startsWith('key,activity,')).toBe(true);
  });
});
