// Private embeds: with EMBED_SECRET set, chart, embed and chart-CSV URLs need a signed token
// that fixes the chart and its parameters and expires. Accepted, tampered, mismatched,
// expired and missing tokens; who may ask for signed links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../server/http/signing.ts';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const SECRET = 'test-embed-secret-0123456789-long-enough';
const ADMIN = 'test-admin-token';
let server: TestServer;
let kabid: string;

beforeAll(async () => {
  server = await startTestServer('sqlite', { env: { EMBED_SECRET: SECRET, ADMIN_TOKEN: ADMIN } });
  kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
});
afterAll(() => server?.close());

const get = (path: string) => fetch(`${server.url}${path}`);
const params = { branch: 'MADIUN', from: '2016', lang: 'id', segments: 'PU,BPU', to: '2020' };
const query = 'branch=MADIUN&segments=PU,BPU&from=2016&to=2020&lang=id';

describe('signed links', () => {
  it('accepts a valid token on svg, png, csv and embed, whatever the size', async () => {
    const { token } = signToken(SECRET, 'chart:membership-trend', params, 600);
    for (const path of ['/charts/membership-trend.svg', '/charts/membership-trend.png', '/charts/membership-trend.csv', '/embed/membership-trend']) {
      const res = await get(`${path}?${query}&width=500&height=300&token=${token}`);
      expect(res.status, path).toBe(200);
    }
  });

  it('answers 401 without a token', async () => {
    const res = await get(`/charts/membership-trend.svg?${query}`);
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/^token: this chart is private/);
  });

  it('answers 403 when a parameter differs from the signed one', async () => {
    const { token } = signToken(SECRET, 'chart:membership-trend', params, 600);
    const res = await get(`/charts/membership-trend.svg?branch=KEDIRI&segments=PU,BPU&from=2016&to=2020&lang=id&token=${token}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/parameter branch does not match the signed link/);
    const added = await get(`/charts/membership-trend.csv?${query}&programs=JHT&token=${token}`);
    expect(added.status).toBe(403);
    expect(await added.text()).toMatch(/parameter programs/);
    const lang = await get(`/embed/membership-trend?branch=MADIUN&segments=PU,BPU&from=2016&to=2020&lang=en&token=${token}`);
    expect(lang.status).toBe(403);
  });

  it('answers 403 for a token of another chart', async () => {
    const { token } = signToken(SECRET, 'chart:effectiveness', params, 600);
    const res = await get(`/charts/membership-trend.svg?${query}&token=${token}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/signed for chart:effectiveness/);
  });

  it('answers 403 for a tampered token or one signed with another secret', async () => {
    const { token } = signToken(SECRET, 'chart:membership-trend', params, 600);
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    claims.params.branch = 'KEDIRI';
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const res = await get(`/charts/membership-trend.svg?branch=KEDIRI&segments=PU,BPU&from=2016&to=2020&lang=id&token=${forged}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/invalid signature/);
    const other = signToken('another-secret', 'chart:membership-trend', params, 600).token;
    expect((await get(`/charts/membership-trend.svg?${query}&token=${other}`)).status).toBe(403);
    expect((await get(`/charts/membership-trend.svg?${query}&token=garbage`)).status).toBe(403);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    expect((await get(`/charts/membership-trend.svg?${query}&token=${none}`)).status).toBe(403);
  });

  it('answers 401 with a clear message for an expired token', async () => {
    const { token } = signToken(SECRET, 'chart:membership-trend', params, 60, Date.now() - 3600_000);
    const res = await get(`/charts/membership-trend.png?${query}&token=${token}`);
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/^token: expired at \d{4}-\d\d-\d\dT/);
  });
});

describe('POST /embed/sign', () => {
  const sign = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/embed/sign`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses callers without an account allowed to share, whatever headers they send', async () => {
    const res = await sign({ chart: 'membership-trend', params: {} });
    expect(res.status).toBe(401);
    const cross = await sign({ chart: 'membership-trend', params: {} }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(401);
    const forged = await sign({ chart: 'membership-trend', params: {} }, { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(forged.status).toBe(401);
  });

  it("signs for the admin token and for the branch's KABID; the links work", async () => {
    const body = { chart: 'membership-trend', params: { branch: 'MADIUN', segments: ['PU', 'BPU'], from: '2016', to: '2020', lang: 'en', width: 500, height: 320 } };
    const callers: Record<string, string>[] = [{ authorization: `Bearer ${ADMIN}` }, { cookie: kabid }];
    for (const headers of callers) {
      const res = await sign(body, headers);
      expect(res.status).toBe(200);
      const answer = await res.json();
      expect(answer.signed).toBe(true);
      const claims = verifyToken(SECRET, answer.token);
      expect(claims.params).toEqual({ branch: 'MADIUN', from: '2016', lang: 'en', segments: 'PU,BPU', to: '2020' });
      expect(claims.exp - claims.iat).toBe(30 * 24 * 3600);
      for (const link of Object.values(answer.links) as string[]) {
        expect((await get(link)).status, link).toBe(200);
      }
      expect(answer.links.png).toContain('width=500');
    }
  });

  it('validates the parameters it signs, naming them', async () => {
    const res = await sign({ chart: 'membership-trend', params: { segments: ['PU', 'XX'] } }, { authorization: `Bearer ${ADMIN}` });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^segments:/);
    const chart = await sign({ chart: 'pie' }, { authorization: `Bearer ${ADMIN}` });
    expect(chart.status).toBe(400);
    expect(await chart.text()).toMatch(/^chart:/);
  });
});

describe('without a secret', () => {
  it('embeds are public and /embed/sign returns plain links', async () => {
    const open = await startTestServer('sqlite', { seed: true });
    try {
      expect((await fetch(`${open.url}/charts/effectiveness.svg`)).status).toBe(200);
      const res = await fetch(`${open.url}/embed/sign`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chart: 'effectiveness', params: { branch: 'MADIUN' } }) });
      const answer = await res.json();
      expect(answer).toMatchObject({ signed: false, token: null });
      expect(answer.links.embed).toBe('/embed/effectiveness?branch=MADIUN');
    } finally {
      await open.close();
    }
  });
});
