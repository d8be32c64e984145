// /readyz answers 200 only while the database answers: 503 once SQLite is closed, and 503 when
// PostgreSQL goes away (cut here with a TCP proxy between Pantau and the server). /healthz,
// the liveness probe, stays 200 throughout.
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/orm.ts';
import { freshTarget, startTestServer, type TestServer } from '../support/test-server.ts';

const probe = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
};

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup = [];
});

describe('GET /readyz', () => {
  it('SQLite: 200 while the database answers, 503 once it is closed; /healthz stays 200', async () => {
    const server: TestServer = await startTestServer('sqlite', { seed: false });
    cleanup.push(() => server.close());
    expect(await probe(`${server.url}/readyz`)).toEqual({ status: 200, body: { ok: true, database: 'sqlite' } });
    await server.db.close();
    const after = await probe(`${server.url}/readyz`);
    expect(after.status).toBe(503);
    expect(after.body).toMatchObject({ ok: false, reason: 'the database does not answer' });
    expect((await probe(`${server.url}/healthz`)).status).toBe(200);
  });

  it.skipIf(!inject('pgUrl'))('PostgreSQL: 503 when the server stops answering, within the probe timeout', async () => {
    const target = await freshTarget('postgresql');
    if (target.dialect !== 'postgresql') throw new Error('expected PostgreSQL');
    const upstream = new URL(target.url);
    // A proxy Pantau talks through, so that "PostgreSQL is down" can be made to happen.
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
      for (const s of [client, server]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    const viaProxy = new URL(target.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String((proxy.address() as AddressInfo).port);
    const db = await openDatabase({ dialect: 'postgresql', url: viaProxy.toString() });
    cleanup.push(() => db.close());
    const { app, close } = await createApp({ db, config: { ...loadConfig({}), database: { dialect: 'postgresql', url: viaProxy.toString() } } });
    cleanup.push(close);
    const http = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    cleanup.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    expect((await probe(`${url}/readyz`)).status).toBe(200);
    proxy.close();
    for (const s of sockets) s.destroy();
    const t0 = performance.now();
    const down = await probe(`${url}/readyz`);
    expect(down.status).toBe(503);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect((await probe(`${url}/healthz`)).status).toBe(200);
  });
});
