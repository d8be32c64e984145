// Where the playground is served: /playground and GET /graphql for a browser asking for HTML,
// with a policy that keeps every request on this server; a 503 naming the build command when
// the client is not built; and GraphQL clients (POST, GET with query=) untouched.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPlayground } from '../../server/playground/routes.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function serve(dist: string) {
  const app = express();
  mountPlayground(app, dist);
  app.use((_req, res) => void res.status(418).send('fell through to GraphQL'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('playground routes', () => {
  let built: string;
  let empty: string;
  beforeAll(() => {
    built = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-dist-'));
    fs.writeFileSync(path.join(built, 'playground.html'), '<!doctype html><title>Pantau · GraphQL playground</title>');
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-empty-'));
  });
  afterAll(() => {
    fs.rmSync(built, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it.each(['/playground', '/graphql'])('GET %s from a browser answers the playground page, restricted to this server', async (route) => {
    const s = await serve(built);
    try {
      const res = await fetch(`${s.url}${route}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('GraphQL playground');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:/);
    } finally {
      await s.close();
    }
  });

  it.each([
    ['GET with query=', '/graphql?query=%7Bbranches%7Bcode%7D%7D', { accept: BROWSER_ACCEPT }],
    ['GET asking for JSON', '/graphql', { accept: 'application/json' }],
    ['GET with any type', '/graphql', { accept: '*/*' }],
  ])('%s goes on to GraphQL', async (_name, route, headers) => {
    const s = await serve(built);
    try {
      expect((await fetch(`${s.url}${route}`, { headers })).status).toBe(418);
    } finally {
      await s.close();
    }
  });

  it('answers 503 naming the build command when the client is not built', async () => {
    const s = await serve(empty);
    try {
      for (const route of ['/playground', '/graphql']) {
        const res = await fetch(`${s.url}${route}`, { headers: { accept: BROWSER_ACCEPT } });
        expect(res.status).toBe(503);
        expect(await res.text()).toMatch(/npm run build:client/);
      }
    } finally {
      await s.close();
    }
  });
});

describe('the playground in the real app', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a browser at /graphql gets the bundled playground (or the build hint), never a page from a CDN', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    const text = await res.text();
    expect([200, 503]).toContain(res.status);
    expect(text).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
    if (res.status === 200) expect(text).toMatch(/<script type="module" crossorigin src="\/assets\/playground-[\w-]+\.js"><\/script>/);
  });

  it('POST /graphql and GET /graphql?query= with the preflight header still answer clients', async () => {
    expect((await server.graphql('{ branches { code } }')).errors).toBeUndefined();
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ branches { code } }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { branches: [] } });
  });
});
