// A server under load runs in a process of its own, as in production, so that the load
// generator's work is not counted against the server's event loop (they still share the two
// cores: the figures are those of one machine serving and loading at once). Its log lines go
// to a file, as a service's would. BENCH_CPU_PROF=<dir> profiles it (node --cpu-prof).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningServer {
  url: string;
  /** The serving process (its CPU time is read around each load run). */
  pid?: number;
  logFile: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200, the process exits, or `ms` pass. */
export async function waitUntilUp(url: string, child: ChildProcess, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before answering`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${ms} ms`);
}

/** Stops a child with SIGTERM, then SIGKILL if it has not exited within 15 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts Pantau (server/main.ts) on DATABASE_URL=`databaseUrl` on a free loopback port. */
export async function startPantau(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-bench-log-')), 'server.log');
  const out = fs.openSync(logFile, 'a');
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      // The limiter stays in the path (its cost is part of every request) but one load
      // generator on one address must not be refused after 1,200 requests.
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
  });
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/readyz`, child, 60_000, 'Pantau');
  } catch (err) {
    await stopChild(child);
    throw new Error(`${(err as Error).message}; its log:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
  }
  return { url, pid: child.pid, logFile, stop: () => stopChild(child) };
}
