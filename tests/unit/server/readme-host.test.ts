// What README says about the address Pantau listens on is what the server does (tryout F15):
// the start banner printed as README shows it, the default address (every interface, which the
// banner calls `localhost`), and the banner naming HOST's address when HOST names another one.
import express from 'express';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig, ROOT_DIR } from '../../../server/config.ts';
import { bannerText, bannerUrls, urlHost } from '../../../server/http/banner.ts';
import { listen } from '../../../server/http/listen.ts';

const README = fs.readFileSync(path.join(ROOT_DIR, 'README.md'), 'utf8');
// The project directory as README's example banner elides it (where the checkout is differs per machine).
const EXAMPLE_ROOT = '…/pantau';

/** The ```text block README shows after "prints where each page is". */
function readmeBanner(): string {
  const at = README.indexOf('prints where each page is');
  expect(at).toBeGreaterThan(0);
  const block = /```text\n([\s\S]*?)\n```/.exec(README.slice(at));
  return block![1];
}

/** Whether a TCP connection to host:port is accepted. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** An IPv4 address of this machine that is not loopback, if it has one. */
function otherAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

describe("README's HOST", () => {
  it('shows the banner the default start prints (port 4000, the default database by its full path)', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    const database = config.database.dialect === 'sqlite' ? config.database.file : '';
    expect(database).toBe(path.join(ROOT_DIR, 'data', 'pantau.sqlite'));
    const printed = bannerText({ port: config.port, database: database.replace(ROOT_DIR, EXAMPLE_ROOT), accounts: 0 });
    expect(readmeBanner()).toBe(printed);
  });

  it('says the default is every interface, as the server binds', async () => {
    expect(README).toMatch(/\| `HOST` \| unset \(every interface, IPv4 and IPv6/);
    expect(loadConfig({ HOST: '' }).host).toBeUndefined();
    const server = await listen(express(), 0, loadConfig({}).host);
    try {
      const bound = server.address() as AddressInfo;
      expect(['::', '0.0.0.0']).toContain(bound.address);
      // Listening everywhere, the banner's localhost reaches it.
      expect(bannerUrls(bound.port, urlHost(bound)).dashboard).toBe(`http://localhost:${bound.port}/`);
      expect(await connects('localhost', bound.port)).toBe(true);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it.runIf(otherAddress())("says the banner names HOST's address when HOST is another address of the machine, where localhost is refused", async () => {
    expect(README).toMatch(/`localhost` is refused\s+by a server listening on another address of the machine: with `HOST=192\.168\.1\.20` the banner\s+says <http:\/\/192\.168\.1\.20:4000\/>/);
    const address = otherAddress()!;
    const server = await listen(express(), 0, loadConfig({ HOST: address }).host);
    try {
      const bound = server.address() as AddressInfo;
      expect(bannerUrls(bound.port, urlHost(bound)).dashboard).toBe(`http://${address}:${bound.port}/`);
      expect(await connects(address, bound.port)).toBe(true);
      expect(await connects('127.0.0.1', bound.port)).toBe(false);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('puts an IPv6 address in brackets, as a URL needs it', async () => {
    expect(urlHost({ address: '::1', family: 'IPv6' })).toBe('[::1]');
    expect(urlHost({ address: '127.0.0.1', family: 'IPv4' })).toBe('127.0.0.1');
    expect(urlHost({ address: '0.0.0.0', family: 'IPv4' })).toBe('localhost');
    expect(README).toContain('an IPv6\naddress in brackets, `http://[::1]:4000/`');
  });

  it('tells the production reader that the server listens on every interface unless HOST is set', () => {
    const production = README.slice(README.indexOf('### Production'), README.indexOf('### The SQLite driver'));
    expect(production).toMatch(/Pantau listens on every interface unless `HOST` says otherwise/);
    expect(production).toMatch(/`HOST=127\.0\.0\.1`/);
  });
});
