// Pantau as an operator runs it: a real `node server/main.ts` process on a real port, with its
// own SQLite file, and plain HTTP requests against it.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `pantau-${prefix}-`));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

/** The environment of a child: JSON logs, and not VITEST (which would silence them). */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { VITEST: _v, VITEST_POOL_ID: _p, VITEST_WORKER_ID: _w, ...env } = process.env;
  // Loopback only: a test's server is nobody else's business (and a HOST of the machine's would miss 127.0.0.1).
  return { ...env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', LANG: 'C', LC_ALL: '', HOST: '127.0.0.1', ...extra };
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
}

export function spawnServer(env: Record<string, string>): { child: ChildProcess; output(): string; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT_DIR, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => out, exited };
}

/** Starts a server and waits until /healthz answers. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dir = tempDir('svc');
  const s = spawnServer({ PORT: String(port), DATABASE_URL: path.join(dir, 'pantau.sqlite'), DEMO_DATA: 'false', ...env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let gone = false;
  void s.exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const ok = await get(`${url}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) return { ...s, port, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  s.child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${s.output()}`);
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP request (no automatic decompression, unlike fetch): the bytes as sent. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return request(url, { method: 'GET', headers });
}

export function request(url: string, opts: { method: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method, headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export async function stopServer(s: RunningServer | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGTERM');
  await s.exited;
}
