// The charts the server draws name branches and offices as the dashboard does (tryout: embeds
// and files grouped by branch or office read MADIUN and JATIM where the dashboard reads their
// names). A real server on SQLite with the demo data: every SVG, CSV and embed of campaign-reach
// and target-attainment grouped by BRANCH or REGION names the seeded branch and office by the
// directory's names, in Indonesian and English, and the CSV keeps the code beside the name
// (name, then key: the row reads by its name, the file joins by code); so do the API's downloads
// of the same questions (/api/campaignReach.csv, /api/targetAttainment.csv), and GraphQL labels
// targetAttainment's office rows by name.
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

  it('titles the reach chart by its grouping, in the chart and the embed, in both languages (tryout)', async () => {
    const titleOf = (markup: string) => /<title[^>]*>([^<]*)<\/title>/.exec(markup)?.[1] ?? '';
    const cases = [
      ['groupBy=REGION&lang=id', 'Jangkauan kampanye per kantor wilayah'],
      ['groupBy=REGION&lang=en', 'Campaign reach by regional office'],
      ['groupBy=BRANCH&region=JATIM&lang=id', 'Jangkauan kampanye per kantor cabang'],
      ['groupBy=MONTH&branch=MADIUN&lang=en', 'Campaign reach by month'],
      ['branch=MADIUN&lang=id', 'Jangkauan kampanye per kanal'],
    ];
    for (const [query, title] of cases) {
      expect(titleOf(await text(`/charts/campaign-reach.svg?from=2020&to=2020&${query}`)), query).toMatch(new RegExp(`^${title} · `));
      expect(titleOf(await text(`/embed/campaign-reach?from=2020&to=2020&${query}`)), query).toMatch(new RegExp(`^${title}`));
    }
  });
});

// The API's downloads of the same questions (server/api/csv.ts) name the offices as the chart
// CSVs do, in the file's language: name, then code, then the answer's other fields.
const API_VIEWS = [
  ['campaignReach', 'BRANCH', 'MADIUN', 'from=2020&to=2020', 'CHANNEL'],
  ['campaignReach', 'REGION', 'JATIM', 'from=2020&to=2020', 'CHANNEL'],
  ['targetAttainment', 'BRANCH', 'MADIUN', 'year=2024', 'PROGRAM'],
  ['targetAttainment', 'REGION', 'JATIM', 'year=2024', 'PROGRAM'],
] as const;

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);

describe('/api/<query>.csv grouped by branch or office', () => {
  it.each(API_VIEWS)('%s by %s gives %s\'s name beside its code, in English and Indonesian', async (query, groupBy, code, args) => {
    const en = lines(await text(`/api/${query}.csv?${args}&groupBy=${groupBy}`));
    expect(en[0].startsWith('name,key,')).toBe(true);
    expect(en.some((line) => line.startsWith(`${names.get(code)},${code},`)), en.join('\n')).toBe(true);
    const id = lines(await text(`/api/${query}.csv?${args}&groupBy=${groupBy}&lang=id`));
    expect(id[0].startsWith('Nama;Kode;')).toBe(true);
    expect(id.some((line) => line.startsWith(`${names.get(code)};${code};`)), id.join('\n')).toBe(true);
  });

  it.each(API_VIEWS)('%s by %s keeps the other fields of the answer, without a label that would repeat the name', async (query, groupBy, _code, args, other) => {
    const named = lines(await text(`/api/${query}.csv?${args}&groupBy=${groupBy}`))[0].split(',');
    const plain = lines(await text(`/api/${query}.csv?${args}&groupBy=${other}`))[0].split(',');
    expect(named.slice(2)).toEqual(plain.filter((h) => h !== 'key' && h !== 'label'));
  });

  it('labels targetAttainment rows by branch and by office in GraphQL too, as the staff grouping names its rows', async () => {
    for (const [groupBy, code] of [['BRANCH', 'MADIUN'], ['REGION', 'JATIM']]) {
      const res = await server.graphql(`{ targetAttainment(year: 2024, groupBy: ${groupBy}) { key label } }`);
      expect(res.errors).toBeUndefined();
      const rows = res.data.targetAttainment as { key: string; label: string }[];
      expect(rows.find((r) => r.key === code)?.label).toBe(names.get(code));
      for (const r of rows) expect(r.label, r.key).toBe(names.get(r.key) ?? r.key);
    }
    // Programs keep their codes as labels.
    const programs = await server.graphql('{ targetAttainment(year: 2024, groupBy: PROGRAM) { key label } }');
    for (const r of programs.data.targetAttainment) expect(r.label).toBe(r.key);
  });

  it('leaves other groupings as they were: channels keep their key column, programs and staff key and label', async () => {
    expect(lines(await text('/api/campaignReach.csv?branch=MADIUN&from=2020&to=2020'))[0].startsWith('key,activity,')).toBe(true);
    expect(lines(await text('/api/targetAttainment.csv?year=2024&groupBy=PROGRAM'))[0].startsWith('key,label,')).toBe(true);
    expect(lines(await text('/api/targetAttainment.csv?branch=MADIUN&year=2024&groupBy=STAFF'))[0].startsWith('key,label,')).toBe(true);
    expect(lines(await text('/api/targetAttainment.csv?year=2024&groupBy=PROGRAM&lang=id'))[0].startsWith('Kelompok;Nama kelompok;')).toBe(true);
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

  it('names them so in the API\'s downloads too; GraphQL keeps the key as their label, having no language', async () => {
    for (const query of ['campaignReach.csv?from=2024&to=2024', 'targetAttainment.csv?year=2024']) {
      const en = await get(`/api/${query}&groupBy=REGION`);
      expect(en, query).toContain('\nNo regional office,(none),');
      expect(en, query).toContain(`\n${directory.get('JATIM')},JATIM,`);
      expect(await get(`/api/${query}&groupBy=REGION&lang=id`), query).toContain('\r\nTanpa kantor wilayah;(none);');
    }
    const branches = (await get('/api/targetAttainment.csv?year=2024&groupBy=BRANCH')).trim().split('\n').slice(1);
    expect(branches.length).toBe(32);
    for (const line of branches) {
      const [name, code] = line.split(',');
      expect(directory.get(code), line).toBe(name);
    }
    const res = await national.graphql('{ targetAttainment(year: 2024, groupBy: REGION) { key label } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.targetAttainment.find((r: { key: string }) => r.key === '(none)')?.label).toBe('(none)');
  });
});
