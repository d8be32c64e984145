// The charts the server draws name branches and offices as the dashboard does (tryout: embeds
// and files grouped by branch or office read MADIUN and JATIM where the dashboard reads their
// names). A real server on SQLite with the demo data: every SVG, CSV and embed of campaign-reach
// and target-attainment grouped by BRANCH or REGION names the seeded branch and office by the
// directory's names, in Indonesian and English, and the CSV keeps the code beside the name
// (name, then key: the row reads by its name, the file joins by code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../server/db/seed/national-seed.ts';
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

// The nation's branches, more than the targets chart draws readably: the chart becomes a
// ranking of its two ends ("1. Kantor Cabang …"), and a branch taken out of its office makes
// the row of branches without one, named in the reader's language.
describe('server-drawn charts of the nation', () => {
  let national: TestServer;
  let officeless: string;
  let directory: Map<string, string>;

  beforeAll(async () => {
    national = await startTestServer('sqlite', {
      seed: false,
      prepare: async (db) => {
        await seedScale(db, { scale: 'national', branches: 32 });
        const first = (await db.knex('branch').orderBy('code').first('code')) as { code: string };
        officeless = first.code;
        await db.knex('branch').where('code', officeless).update({ region_code: null });
      },
    });
    const res = await national.graphql('{ branches { code name } regions { code name } }');
    expect(res.errors).toBeUndefined();
    directory = new Map([...res.data.branches, ...res.data.regions].map((o: { code: string; name: string }) => [o.code, o.name]));
  }, 240_000);
  afterAll(() => national?.close());

  const get = async (path: string) => {
    const res = await fetch(`${national.url}${path}`);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('ranks the branches by name, and lists every one by name and code in the CSV', async () => {
    const svg = await get('/charts/target-attainment.svg?year=2024&groupBy=BRANCH&lang=en');
    const bars = [...svg.matchAll(/<g data-key="([^"]+)" data-tooltip="([^"]*)"><title>[^<]*<\/title><text[^>]*>([^<]*)<\/text>/g)].map((m) => ({ key: m[1], tooltip: m[2], label: m[3] }));
    expect(bars.length).toBeGreaterThanOrEqual(10);
    expect(bars.length).toBeLessThan(32);
    for (const bar of bars) {
      const name = directory.get(bar.key)!;
      expect(bar.tooltip.startsWith(`${name} — `), bar.tooltip).toBe(true);
      // The label is the rank and the name, cut to the room it has (an ellipsis at the end).
      const shown = bar.label.replace(/^\d+\. /, '').replace(/…$/, '');
      expect(name.startsWith(shown) && shown.length > 4, `${bar.key}: ${bar.label}`).toBe(true);
    }
    const csv = (await get('/charts/target-attainment.csv?year=2024&groupBy=BRANCH&lang=en')).trim().split('\n').slice(1);
    expect(csv.length).toBe(32);
    for (const line of csv) {
      const [name, code] = line.split(',');
      expect(directory.get(code), line).toBe(name);
    }
  });

  it('names the branches without an office as such, in either language', async () => {
    for (const [lang, noRegion] of [['id', 'Tanpa kantor wilayah'], ['en', 'No regional office']]) {
      for (const chart of ['target-attainment.svg?year=2024', 'campaign-reach.svg?from=2024&to=2024']) {
        const svg = await get(`/charts/${chart}&groupBy=REGION&lang=${lang}`);
        expect(tooltipOf(svg, '\\(none\\)')?.startsWith(noRegion), `${chart} ${lang}`).toBe(true);
        expect(svg).not.toContain('>(none)<');
      }
    }
    const csv = await get('/charts/campaign-reach.csv?from=2024&to=2024&groupBy=REGION&lang=en');
    expect(csv).toContain('\nNo regional office,(none),');
    expect(csv).toContain(`\n${directory.get('JATIM')},JATIM,`);
  });
});
