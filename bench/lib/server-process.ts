// Starts Pantau as its own process (`node --import tsx server/main.ts`, as `npm start` runs it)
// on a free loopback port, so that a benchmark asks it over real HTTP and its own event loop and
// database connections are the server's alone, as in production. Stopped with SIGTERM (the
// server's graceful shutdown); the server's stderr is kept to explain a start that fails.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerProcess {
  base: string;
  pid: number;
  /** The message of the latest error the server logged (an internal error's cause), or null. */
  lastError(): string | null;
  stop(): Promise<void>;
}

/** The latest error-level JSON log line's message and cause. */
function latestError(log: string): string | null {
  const lines = log.split('\n').reverse();
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      if ((entry.level ?? 0) >= 50) return [entry.msg, entry.err?.message].filter(Boolean).join(': ').slice(0, 500);
    } catch {
      // Not a JSON line (a warning of Node's own).
    }
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(base: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr().slice(-2000)}`);
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become ready within ${timeoutMs} ms: ${stderr().slice(-2000)}`);
}

/** `env` is added to the bench's own environment (DATABASE_URL, limits…); PORT and HOST are chosen here. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(base, child, () => err, 120_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    base,
    pid: child.pid!,
    lastError: () => latestError(err),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
    },
  };
}
