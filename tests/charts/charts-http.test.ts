// The chart endpoints over HTTP, as a report writer's tools use them: SVG (well-formed,
// self-contained, the study's figures), PNG (decoded: size and ink), CSV, 400s naming the
// parameter, 404 for unknown charts, ETag revalidation, and the embed page's markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { decodePng, inkRatio, PNG_SIGNATURE } from './png.ts';
import { xmlProblems } from './xml.ts';

const CHARTS: [string, string][] = [
  ['membership-trend', 'branch=MADIUN&segments=PU,BPU&from=2016&to=2020'],
  ['campaign-reach', 'branch=MADIUN&from=2020&to=2020'],
  ['target-attainment', 'branch=KEDIRI&year=2024&groupBy=SEGMENT'],
  ['effectiveness', 'branch=MADIUN&from=2020&to=2020'],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite');
});
afterAll(() => server?.close());

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('GET /charts/<chart>.svg', () => {
  it.each(CHARTS)('%s is a well-formed standalone SVG document', async (chart, query) => {
    const res = await get(`/charts/${chart}.svg?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await res.text();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const { problems, root } = xmlProblems(svg);
    expect(problems).toEqual([]);
    expect(root).toBe('http://www.w3.org/2000/svg|svg');
    expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
    expect(svg).toContain('Pantau · data per');
    // Self-contained: no external references (images, stylesheets, fonts, scripts).
    expect(svg).not.toMatch(/(href|src)=["'](https?:)?\/\//);
    expect(svg).not.toMatch(/@import|url\(\s*["']?https?:/);
    expect(svg).not.toContain('<script');
  });

  it('shows the study figures in Indonesian, and says they are the study figures', async () => {
    const svg = await (await get('/charts/membership-trend.svg?branch=MADIUN&segments=PU&from=2016&to=2020&lang=id')).text();
    const { texts } = xmlProblems(svg);
    expect(texts.join('\n')).toContain('46.878');
    expect(svg).toContain('data per Desember 2020');
    expect(svg).toContain('angka asli dari studi');
    const en = await (await get('/charts/membership-trend.svg?branch=MADIUN&segments=PU&from=2016&to=2020&lang=en')).text();
    expect(en).toContain('46,878');
    expect(en).toContain('data as of December 2020');
  });

  it('states synthetic data as synthetic', async () => {
    const svg = await (await get('/charts/campaign-reach.svg?branch=MADIUN&from=2020&to=2020&lang=en')).text();
    expect(svg).toContain('synthetic demo data');
  });

  it('takes the requested size', async () => {
    const svg = await (await get('/charts/effectiveness.svg?branch=MADIUN&width=1000&height=500')).text();
    expect(svg).toMatch(/<svg[^>]* width="1000" height="500"/);
  });
});

describe('GET /charts/<chart>.png', () => {
  it.each(CHARTS)('%s decodes to the requested size × 2 and is not blank', async (chart, query) => {
    const res = await get(`/charts/${chart}.png?${query}&width=600&height=360`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const buf = Buffer.from(await res.arrayBuffer());
    expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const png = decodePng(buf);
    expect([png.width, png.height]).toEqual([1200, 720]);
    const ink = inkRatio(png);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.6);
  });

  it('follows scale', async () => {
    const buf = Buffer.from(await (await get('/charts/membership-trend.png?branch=MADIUN&width=400&height=300&scale=1')).arrayBuffer());
    const png = decodePng(buf);
    expect([png.width, png.height]).toEqual([400, 300]);
  });
});

describe('GET /charts/<chart>.csv', () => {
  // lang=en is the machine format (`,`, `.` decimals, keys with units); lang=id, the default,
  // the file for Indonesian Excel (tests/api/csv-indonesian.test.ts).
  it('is the data behind the chart with units in the headers', async () => {
    const res = await get('/charts/membership-trend.csv?branch=MADIUN&segments=PU&from=2018&to=2020&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pantau-membership-trend-MADIUN-2018-2020-en\.csv"/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toContain('active_participants (persons)');
    expect(lines[0]).toContain('change_pct (%)');
    expect(lines.find((l) => l.includes(',2020,'))).toContain('46878');
    expect(lines.find((l) => l.includes(',2019,'))).toContain('-2.42');
  });

  it('gives effectiveness measures with their units', async () => {
    const text = await (await get('/charts/effectiveness.csv?branch=MADIUN&from=2020&to=2020&lang=en')).text();
    expect(text.split('\n')[0]).toBe('measure,unit,socialisation,promotion');
    expect(text).toContain('costPerRegistration,IDR,');
    expect(text).toContain('conversionRate,%,');
  });
});

describe('bad requests', () => {
  it.each([
    ['/charts/membership-trend.svg?segments=PU,XX', 'segments'],
    ['/charts/membership-trend.png?segments=PU,XX', 'segments'],
    ['/charts/membership-trend.png?width=90', 'width'],
    ['/charts/membership-trend.svg?height=abc', 'height'],
    ['/charts/membership-trend.png?scale=9', 'scale'],
    ['/charts/membership-trend.png?width=2400&scale=4', 'scale'],
    ['/charts/membership-trend.svg?lang=fr', 'lang'],
    ['/charts/membership-trend.svg?branch=NOWHERE', 'branch'],
    ['/charts/membership-trend.svg?from=2020-13', 'from'],
    ['/charts/membership-trend.svg?from=2021&to=2019', 'from'],
    ['/charts/membership-trend.svg?granularity=DAY', 'granularity'],
    ['/charts/membership-trend.svg?colour=red', 'colour'],
    ['/charts/membership-trend.svg?segments=PU&segments=BPU', 'segments'],
    ['/charts/target-attainment.png', 'year'],
    ['/charts/target-attainment.svg?year=twenty', 'year'],
    ['/charts/campaign-reach.csv?groupBy=PLANET', 'groupBy'],
    ['/charts/campaign-reach.svg?measure=likes', 'measure'],
    ['/embed/effectiveness?activity=PROMOTION', 'activity'],
    ['/api/campaignReach.csv?activity=ADVERT', 'activity'],
    ['/api/membershipTrend.csv?width=300', 'width'],
  ])('%s answers 400 naming %s', async (path, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text.startsWith(`${parameter}`) || text.includes(`${parameter}:`) || text.includes(`, ${parameter}`)).toBe(true);
  });

  it('takes the dashboard\'s scope=national as the nation, and refuses any other scope or one beside an office (tryout T12)', async () => {
    const nation = await get('/charts/membership-trend.csv?scope=national&segments=PU&from=2018&to=2020&lang=en');
    expect(nation.status).toBe(200);
    expect(await nation.text()).toBe(await (await get('/charts/membership-trend.csv?segments=PU&from=2018&to=2020&lang=en')).text());
    expect((await get('/charts/campaign-reach.svg?scope=NATIONAL&from=2020&to=2020')).status).toBe(200);
    const other = await get('/charts/campaign-reach.svg?scope=nation');
    expect(other.status).toBe(400);
    expect(await other.text()).toMatch(/^scope: "nation" is not a scope; scope=national is the nation/);
    const beside = await get('/charts/campaign-reach.svg?scope=national&region=JATIM');
    expect(beside.status).toBe(400);
    expect(await beside.text()).toMatch(/^scope: scope=national is the nation: give it without branch or region/);
  });

  it('names an office\'s download after the office', async () => {
    const res = await get('/charts/membership-trend.csv?region=JATIM&segments=PU&from=2018&to=2020&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="pantau-membership-trend-JATIM-2018-2020-en\.csv"/);
  });

  it('names every unknown parameter', async () => {
    const text = await (await get('/charts/effectiveness.svg?foo=1&bar=2')).text();
    expect(text).toMatch(/^foo, bar: unknown parameters; this URL accepts branch, region, from, to/);
  });

  it.each(['/charts/pie.svg', '/charts/membership-trend.gif', '/embed/pie', '/charts/membership-trend'])('%s answers 404 listing the charts', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const text = await res.text();
    for (const chart of ['membership-trend', 'campaign-reach', 'target-attainment', 'effectiveness']) expect(text).toContain(chart);
  });

  it('lists the downloads for an unknown CSV query', async () => {
    const res = await get('/api/nothing.csv');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('/api/membershipTrend.csv');
  });
});

describe('caching', () => {
  it('answers 304 to a fresh ETag, and the ETag follows the parameters', async () => {
    const path = '/charts/effectiveness.svg?branch=MADIUN&from=2020&to=2020';
    const first = await get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    // fetch() adds `cache-control: no-cache` to conditional requests unless told otherwise.
    const again = await get(path, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    const other = await get(`${path}&lang=en`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });
});

describe('GET /embed/<chart>', () => {
  it('is a self-contained page with the chart inline, tooltips and a strict CSP', async () => {
    const res = await get('/embed/membership-trend?branch=MADIUN&from=2016&to=2020&lang=id');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).toContain('data-tooltip=');
    expect(html).toContain('46.878');
    expect(html).toContain('@media print');
    expect(html).toContain('data-src="/charts/membership-trend.svg?branch=MADIUN&amp;from=2016&amp;lang=id&amp;to=2020"');
    expect(html).not.toMatch(/(href|src)=["'](https?:)?\/\//);
  });
});

describe('GET /report', () => {
  it('has the four charts, key figures and A4 print styles', async () => {
    const res = await get('/report?branch=MADIUN&year=2020&lang=id');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('@page{size:A4');
    expect((html.match(/<section class="chart"/g) ?? []).length).toBe(4);
    expect(html).toContain('Peserta aktif akhir 2020');
    expect(html).toContain('54.147'); // 46.878 PU + 7.269 BPU at the end of 2020
    expect(html).toContain('Biaya per pendaftaran');
    // Against the end of 2019 (42.617 + 4.766): +4.261 PU, +2.503 BPU.
    expect(html).toContain('+6.764');
  });

  it('warns that the data are out of date when their latest month is far behind today', async () => {
    // The demo data end in October 2025, so by the time this runs they lag behind.
    const html = await (await get('/report?branch=MADIUN&year=2020&lang=id')).text();
    expect(html).toMatch(/<p class="stale" role="note">Data tidak mutakhir: data terakhir Oktober 2025, \d+ bulan sebelum bulan ini/);
    expect(html).toMatch(/Kegiatan kampanye terakhir Oktober 2025, \d+ bulan sebelum bulan ini/);
    const en = await (await get('/report?branch=MADIUN&year=2020&lang=en')).text();
    expect(en).toMatch(/Data out of date: the latest data are from October 2025/);
  });

  it('names a year whose data stop before December by its latest month', async () => {
    const html = await (await get('/report?branch=MADIUN&year=2025&lang=id')).text();
    expect(html).toContain('Peserta aktif per Oktober 2025');
    expect(html).not.toContain('Peserta aktif akhir 2025');
  });

  it('refuses bad parameters', async () => {
    expect((await get('/report?branch=NOWHERE&year=2020')).status).toBe(400);
    const res = await get('/report?year=20x');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^year:/);
  });
});

describe('report links', () => {
  it('every download link of the report works', async () => {
    const html = await (await get('/report?branch=MADIUN&year=2020&lang=en')).text();
    const links = [...html.matchAll(/href="(\/charts\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(links.length).toBe(12);
    for (const link of links) expect((await get(link)).status, link).toBe(200);
  });
});
