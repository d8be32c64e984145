// The process as an operator drives it: a taken port is a clear failure, SIGTERM lets every
// request in flight finish before exit 0, and signalling npm leaves no server behind.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { childEnv, freePort, get, type RunningServer, spawnServer, startServer, stopServer, tempDir } from './support.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await stopServer(running);
  running = undefined;
});

describe('start-up', () => {
  it('a taken port: exit 1 with one line naming the port', async () => {
    const port = await freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(port, () => resolve()));
    try {
      const s = spawnServer({ PORT: String(port), DATABASE_URL: path.join(tempDir('port'), 'p.sqlite'), DEMO_DATA: 'false' });
      const code = await s.exited;
      expect(code).toBe(1);
      const lines = s.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error: port ${port} is already in use`));
      expect(lines[0]).toMatch(/PORT=/);
    } finally {
      holder.close();
    }
  });
});

describe('logs on a terminal', () => {
  it('LOG_FORMAT=pretty: the banner as plain lines naming every page, requests as readable lines', async () => {
    running = await startServer({ LOG_FORMAT: 'pretty' });
    await get(`${running.url}/`, { 'x-request-id': 'pretty-test' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const out = running.output();
    // HOST=127.0.0.1 (support.ts): the banner names that address.
    const base = `http://127.0.0.1:${running.port}`;
    expect(out).toContain(`Pantau is serving on ${base}`);
    for (const [name, url] of [['dashboard', '/'], ['playground', '/playground'], ['report', '/report'], ['import page', '/import']]) {
      expect(out).toMatch(new RegExp(`^  ${name} +${base}${url}(\\s|$)`, 'm'));
    }
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/ 200 \d+ ms \{"req":"pretty-test"\}$/m);
    expect(out).not.toMatch(/^\{"level"/m);
  });
});

/**
 * A POST whose body arrives slowly: the request is in flight (headers read, body pending) when
 * the signal comes, and the rest of the body is sent afterwards.
 */
function slowGraphql(
  port: number,
  query: string,
  splitAt: number,
  headers = '',
): { sentHalf: Promise<void>; finish(): void; answer: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify({ query });
  const socket = net.connect(port, '127.0.0.1');
  let sentHalfResolve!: () => void;
  const sentHalf = new Promise<void>((resolve) => (sentHalfResolve = resolve));
  socket.on('connect', () => {
    socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body.slice(0, splitAt)}`, () => sentHalfResolve());
  });
  let raw = '';
  socket.on('data', (d) => (raw += d));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0);
      resolve({ status, body: raw.slice(raw.indexOf('\r\n\r\n') + 4) });
    });
  });
  return { sentHalf, finish: () => socket.write(body.slice(splitAt)), answer };
}

describe('SIGTERM', () => {
  it('answers every request in flight, refuses new connections, then exits 0', async () => {
    running = await startServer({ DEMO_DATA: 'true', ADMIN_TOKEN: 'lifecycle-token' });
    const server = running;
    // An idle keep-alive connection must not hold the shutdown up.
    const idle = net.connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => idle.once('connect', () => resolve()));
    idle.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => idle.once('data', resolve));

    const query = '{ branches { code name } membershipTrend(branch: "MADIUN", granularity: MONTH) { segment points { period activeParticipants } } }';
    const slow = Array.from({ length: 5 }, (_, i) => slowGraphql(server.port, query, 10 + i));
    // An HTTP import: a shutdown used to leave it unanswered.
    const csv = 'branch,period,segment,active_participants\nMADIUN,2031-01,PU,100\n';
    const importing = slowGraphql(
      server.port,
      `mutation { importData(kind: membership, fileName: "late.csv", content: ${JSON.stringify(csv)}) { outcome storedRows } }`,
      40,
      'Authorization: Bearer lifecycle-token\r\n',
    );
    await Promise.all([...slow, importing].map((s) => s.sentHalf));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Also a render that takes CPU, started just before the signal.
    const png = get(`${server.url}/charts/campaign-reach.png?branch=MADIUN&from=2016&to=2020&width=1600&height=1200&scale=3`);
    await new Promise((resolve) => setTimeout(resolve, 30));

    const t0 = performance.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The port is closed to newcomers while the requests above are still being answered.
    await expect(get(`${server.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    for (const s of [...slow, importing]) s.finish();

    const answers = await Promise.all(slow.map((s) => s.answer));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body).toContain('MADIUN');
    }
    const imported = await importing.answer;
    expect(imported.status, imported.body).toBe(200);
    expect(JSON.parse(imported.body)).toEqual({ data: { importData: { outcome: 'STORED', storedRows: 1 } } });
    expect((await png).status).toBe(200);
    expect(await server.exited).toBe(0);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5_000);
    const out = server.output();
    expect(out).toMatch(/SIGTERM: shutting down \(\d+ request\(s\) in flight/);
    expect(out).toMatch(/stopped in \d+ ms/);
    console.log(`SIGTERM with 7 requests in flight (an import among them) (body sent 0.5 s after the signal): all answered, exit 0 after ${Math.round(ms)} ms`);
  });
});

describe.skipIf(!fs.existsSync('/proc/self/stat'))('npm start', () => {
  const descendants = (pid: number): number[] => {
    const children: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
    return children.flatMap((c) => [c, ...descendants(c)]);
  };
  const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));

  it('SIGTERM to npm leaves no server behind', async () => {
    const port = await freePort();
    // --ignore-scripts: no prestart (the client build is checked elsewhere); `start` itself runs.
    const npm = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
      cwd: ROOT_DIR,
      env: childEnv({ PORT: String(port), DATABASE_URL: path.join(tempDir('npm'), 'p.sqlite'), DEMO_DATA: 'false' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout.on('data', (d) => (out += d));
    npm.stderr.on('data', (d) => (out += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (await get(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const tree = descendants(npm.pid!);
    expect(tree.length, out).toBeGreaterThanOrEqual(2);
    npm.kill('SIGTERM');
    const t0 = Date.now();
    while (Date.now() - t0 < 10_000 && tree.some(alive)) await new Promise((resolve) => setTimeout(resolve, 100));
    const left = tree.filter(alive);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, `still running after SIGTERM to npm:\n${out}`).toEqual([]);
    await expect(get(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
