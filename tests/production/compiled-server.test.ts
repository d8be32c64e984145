// The production path: the server compiled by the project's own build command (`npm run
// build:server`, here into a temporary --outdir inside the project's ignored .tmp/) runs with
// plain `node`, no tsx or TypeScript loader, and serves the dashboard, GraphQL, the playground,
// PNG charts, embeds, the report and the import page from a fresh database that it migrates and
// seeds itself (SQLite, and PostgreSQL when the run has it), and stops on SIGTERM with exit 0;
// the compiled import and export command lines work. (That `npm ci --omit=dev` installs
// everything the compiled server imports is checked by the build itself: it fails when the
// bundle imports a package that is not in "dependencies".)
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureClientBuilt } from '../browser/support.ts';
import { freshTarget } from '../support/test-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORK = path.join(ROOT, '.tmp', `production-${process.pid}-${Date.now()}`);
const OUT = path.join(WORK, 'server');

/** The environment of a production process: no loader flags inherited from the test runner. */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...extra };
  for (const key of ['NODE_OPTIONS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TSX_TSCONFIG_PATH']) delete env[key];
  return env;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Compiled {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** ms from spawn to the first answer. */
  startMs: number;
}

/** Starts `node <outdir>/main.js` on a free port and waits for its first answer. */
async function startCompiled(databaseUrl: string, node = process.execPath): Promise<Compiled> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(node, [path.join(OUT, 'main.js')], {
    cwd: WORK,
    env: productionEnv({ PORT: String(port), DATABASE_URL: databaseUrl, DEMO_DATA: 'true' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the compiled server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the compiled server did not answer within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, output: () => output, startMs: performance.now() - started };
}

/** SIGTERM, then the exit code (SIGKILL after 15 s). */
async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

const graphqlTrend = (base: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ membershipTrend(branch: "MADIUN", segments: [PU], from: "2019", to: "2019") { points { period activeParticipants changePct source } } }' }),
  });
const STUDY_2019 = [{ period: '2019', activeParticipants: 42617, changePct: -2.42, source: 'STUDY' }];

const running: ChildProcess[] = [];
let server: Compiled;
let base = '';

beforeAll(async () => {
  ensureClientBuilt();
  fs.mkdirSync(WORK, { recursive: true });
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build:server', '--', '--outdir', OUT], { cwd: ROOT, stdio: 'pipe', env: productionEnv({}) });
  const buildMs = performance.now() - started;
  server = await startCompiled(path.join(WORK, 'pantau.sqlite'));
  base = server.base;
  console.log(`[production] build:server ${(buildMs / 1000).toFixed(1)} s; node dist/server/main.js: first answer after ${(server.startMs / 1000).toFixed(1)} s (fresh SQLite database, migrated and seeded)`);
}, 240_000);

afterAll(async () => {
  await Promise.all(running.map(stop));
  fs.rmSync(WORK, { recursive: true, force: true });
});

describe('the compiled server (npm run build:server, then node dist/server/main.js)', () => {
  it('is ES modules mirroring the sources, with no TypeScript left to load', () => {
    for (const entry of ['main.js', 'import/cli.js', 'export/cli.js']) expect(fs.existsSync(path.join(OUT, entry)), entry).toBe(true);
    const js = fs.readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const file of js) {
      const text = fs.readFileSync(path.join(OUT, file), 'utf8');
      expect(text, file).not.toMatch(/from\s*["'][^"']+\.tsx?["']|import\(\s*["'][^"']+\.tsx?["']/);
      expect(text, file).not.toMatch(/from\s*["'](tsx|typescript|vite|esbuild)(\/[^"']*)?["']/);
    }
  });

  it('answers GraphQL from the migrated, seeded database', async () => {
    const res = await graphqlTrend(base);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.membershipTrend[0].points).toEqual(STUDY_2019);
  });

  it('serves the dashboard, the playground and the import page', async () => {
    const dashboard = await fetch(`${base}/?branch=MADIUN&from=2016&to=2020`);
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain('id="pantau-boot"');
    const script = html.match(/<script[^>]+src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    for (const page of ['/playground', '/graphql', '/import']) {
      const res = await fetch(`${base}${page}`, { headers: { accept: 'text/html' } });
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toMatch(/^text\/html/);
    }
  });

  it('draws PNG charts with resvg, embeds and the report', async () => {
    const png = await fetch(`${base}/charts/membership-trend.png?branch=MADIUN&segments=PU,BPU&from=2016&to=2020`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(5_000);

    const embed = await fetch(`${base}/embed/membership-trend?branch=MADIUN&from=2016&to=2020`);
    expect(embed.status).toBe(200);
    expect(await embed.text()).toContain('<svg');

    const report = await fetch(`${base}/report?branch=MADIUN&year=2020&lang=en`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await report.text()).match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });

  it('runs the compiled import and export command lines', () => {
    const run = (script: string, args: string[]) =>
      execFileSync(process.execPath, [path.join(OUT, script), ...args], { cwd: WORK, encoding: 'utf8', env: productionEnv({ DATABASE_URL: path.join(WORK, 'cli.sqlite') }) });
    const study = path.join(ROOT, 'examples', 'study');
    expect(run('import/cli.js', ['branches', path.join(study, 'branches.csv')])).toMatch(/^STORED/m);
    expect(run('import/cli.js', ['membership', path.join(study, 'madiun-membership-2016-2020.csv'), '--dry-run'])).toMatch(/10 row/);
    expect(run('export/cli.js', ['branches'])).toMatch(/^code,.*\nMADIUN,/s);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    expect(await stop(server.child), server.output()).toBe(0);
  });
});

describe.skipIf(!inject('pgUrl'))('the compiled server on PostgreSQL', () => {
  it('migrates and seeds a new database and answers as on SQLite', async () => {
    const target = await freshTarget('postgresql');
    const pgServer = await startCompiled((target as { url: string }).url);
    console.log(`[production] on PostgreSQL: first answer after ${(pgServer.startMs / 1000).toFixed(1)} s (new database, migrated and seeded)`);
    const body = await (await graphqlTrend(pgServer.base)).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.membershipTrend[0].points).toEqual(STUDY_2019);
    const png = await fetch(`${pgServer.base}/charts/membership-trend.png?branch=MADIUN`);
    expect(png.status).toBe(200);
    expect(await stop(pgServer.child), pgServer.output()).toBe(0);
  }, 120_000);
});

// Other Node.js versions the run was given (.ci/run fetches 22 and 24 from the npm registry's
// `node` package): the same compiled server, with the native addons built for this one.
const OTHER_NODES = (process.env.PANTAU_OTHER_NODES ?? '').split(path.delimiter).filter(Boolean);

describe.skipIf(OTHER_NODES.length === 0).each(OTHER_NODES)('the compiled server on %s', (node) => {
  it('starts, answers GraphQL, draws a PNG chart, is ready, and stops with 0', async () => {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const other = await startCompiled(path.join(WORK, `node-${version}.sqlite`), node);
    const body = await (await graphqlTrend(other.base)).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.membershipTrend[0].points).toEqual(STUDY_2019);
    const png = await fetch(`${other.base}/charts/membership-trend.png?branch=MADIUN`);
    expect(png.status).toBe(200);
    expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect((await fetch(`${other.base}/readyz`)).status).toBe(200);
    expect(await stop(other.child), other.output()).toBe(0);
    console.log(`[production] Node ${version}: first answer after ${(other.startMs / 1000).toFixed(1)} s, GraphQL, PNG and /readyz answer`);
  }, 120_000);
});
