// HTTP as an operator sees it, on a real server process: compressed answers, long-cached
// hashed assets, a frame-ancestors rule on every page, request ids and the start-up banner.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/http/static-client.ts';
import { get, request, type RunningServer, startServer, stopServer } from './support.ts';

let server: RunningServer;
const asset = (pattern: RegExp) => `/assets/${fs.readdirSync(path.join(CLIENT_DIST, 'assets')).find((f) => pattern.test(f))}`;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: 'true', ADMIN_TOKEN: 'service-test-token' });
});
afterAll(() => stopServer(server));

const decode = (encoding: string | undefined, body: Buffer) =>
  encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;

const GRAPHQL = JSON.stringify({ query: '{ membershipTrend(branch: "MADIUN", segments: [PU, BPU], granularity: MONTH) { segment points { period activeParticipants } } }' });

describe('compression', () => {
  const resources: [string, () => { path: string; method?: string; body?: string; headers?: Record<string, string> }][] = [
    ['JS', () => ({ path: asset(/^dashboard-.*\.js$/) })],
    ['CSS', () => ({ path: asset(/^dashboard-.*\.css$/) })],
    ['CSV', () => ({ path: '/api/membershipTrend.csv?branch=MADIUN&granularity=MONTH' })],
    ['JSON (GraphQL)', () => ({ path: '/graphql', method: 'POST', body: GRAPHQL, headers: { 'content-type': 'application/json' } })],
  ];
  for (const [what, of] of resources) {
    it(`${what}: brotli and gzip, decoded byte for byte equal to the plain answer`, async () => {
      const r = of();
      const ask = (encoding: string) => request(`${server.url}${r.path}`, { method: r.method ?? 'GET', body: r.body, headers: { ...r.headers, 'accept-encoding': encoding } });
      const [plain, br, gzip] = await Promise.all([ask('identity'), ask('br, gzip'), ask('gzip')]);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(decode('br', br.body).equals(plain.body)).toBe(true);
      expect(decode('gzip', gzip.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length * 0.5);
    });
  }

  it('HTML: the dashboard page goes out compressed and decodes to the page', async () => {
    const br = await get(`${server.url}/`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    const html = decode('br', br.body).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('id="pantau-boot"');
  });

  it('PNG is not compressed again', async () => {
    const png = await get(`${server.url}/charts/membership-trend.png?branch=MADIUN&from=2016&to=2020`, { 'accept-encoding': 'br, gzip' });
    expect(png.status).toBe(200);
    expect(png.headers['content-encoding']).toBeUndefined();
  });
});

describe('caching', () => {
  it('hashed assets are immutable for a year; index.html is revalidated', async () => {
    const js = await get(`${server.url}${asset(/^dashboard-.*\.js$/)}`);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await get(`${server.url}/`);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('a missing asset is a plain 404 that is not cached', async () => {
    const r = await get(`${server.url}/assets/dashboard-00000000.js`);
    expect(r.status).toBe(404);
    expect(r.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });
});

describe('Content-Security-Policy frame-ancestors on every page', () => {
  const frameAncestors = (csp: string | undefined) => /frame-ancestors ([^;]+)/.exec(csp ?? '')?.[1]?.trim();
  for (const [page, expected] of [
    ['/', "'self'"],
    ['/import', "'self'"],
    ['/?lang=en&branch=MADIUN', "'self'"],
    ['/report?branch=MADIUN&year=2020', "'self'"],
    ['/playground', "'self'"],
    ['/index.html', "'self'"],
    ['/embed/membership-trend?branch=MADIUN&from=2016&to=2020', '* file:'],
    ['/embed/effectiveness?branch=MADIUN&from=2020&to=2020', '* file:'],
  ] as const) {
    it(`${page}: frame-ancestors ${expected}`, async () => {
      const r = await get(`${server.url}${page}`, { accept: 'text/html' });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(frameAncestors(r.headers['content-security-policy'] as string)).toBe(expected);
    });
  }

  it("the dashboard's policy allows only this server's scripts", async () => {
    const csp = String((await get(`${server.url}/`)).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('request ids and logs', () => {
  it('every answer carries an x-request-id; a safe incoming one is kept, an unsafe one replaced', async () => {
    const fresh = await get(`${server.url}/healthz`);
    expect(fresh.headers['x-request-id']).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    const kept = await get(`${server.url}/healthz`, { 'x-request-id': 'lb-7f3a.1:2' });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.1:2');
    for (const bad of ['a'.repeat(65), 'two words', 'x"}{"level":60']) {
      const replaced = await get(`${server.url}/healthz`, { 'x-request-id': bad });
      expect(replaced.headers['x-request-id']).not.toBe(bad);
      expect(replaced.headers['x-request-id']).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    }
  });

  it('a request is one JSON log line with its id, status and time; tokens are not logged', async () => {
    const r = await get(`${server.url}/charts/membership-trend.csv?branch=MADIUN&token=secret-value`, { 'x-request-id': 'log-line-test' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const line = server.output().split('\n').find((l) => l.includes('"req":"log-line-test"'));
    expect(line, server.output().slice(-2000)).toBeDefined();
    const record = JSON.parse(line!);
    expect(record).toMatchObject({ req: 'log-line-test', method: 'GET', status: r.status });
    expect(typeof record.ms).toBe('number');
    expect(line).not.toContain('secret-value');
  });

  it('the start-up banner names the dashboard, playground, report and import page at the address HOST chose', async () => {
    const banner = server.output().split('\n').find((l) => l.includes('Pantau is serving on'));
    const record = JSON.parse(banner!);
    // The test servers listen on HOST=127.0.0.1 (support.ts): there, not at localhost.
    const base = `http://127.0.0.1:${server.port}`;
    expect(record.msg).toBe(`Pantau is serving on ${base}`);
    expect(record).toMatchObject({ dashboard: `${base}/`, playground: `${base}/playground`, report: `${base}/report`, import: `${base}/import` });
    expect((await get(record.dashboard)).status).toBe(200);
  });
});
