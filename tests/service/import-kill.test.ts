// A killed import stores nothing and says so in the history. A file over 16 MB is imported by
// a child process with a bounded heap (server/import/heap.ts): killing its parent outright
// (SIGKILL: no chance to forward anything) must stop the child too, before it commits. A server
// killed in the middle of an HTTP import cannot write anything: the next start closes its attempt.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { childEnv, request, startServer, stopServer, tempDir, type RunningServer } from './support.ts';

const dir = tempDir('import-kill');
const branches = path.join(dir, 'branches.csv');
const big = path.join(dir, 'membership-big.csv');
let n = 0;

/** 100 branches × 37 years × 12 months × 2 segments × 6 programs: 532,800 rows, 18 MB. */
function writeBigFile(): void {
  fs.writeFileSync(branches, ['code,name,region', ...Array.from({ length: 100 }, (_, i) => `B${String(i).padStart(3, '0')},Cabang ${i},Jawa Timur`)].join('\n') + '\n');
  const out = fs.openSync(big, 'w');
  fs.writeSync(out, 'branch,period,segment,program,active_participants,new_participants,lapsed_participants\n');
  for (let b = 0; b < 100; b++) {
    const lines: string[] = [];
    for (let y = 1984; y <= 2020; y++)
      for (let m = 1; m <= 12; m++)
        for (const s of ['PU', 'BPU'])
          for (const p of ['', 'JKK', 'JKM', 'JHT', 'JP', 'JKP']) lines.push(`B${String(b).padStart(3, '0')},${y}-${String(m).padStart(2, '0')},${s},${p},${100000 + (n % 9000)},${n % 500},${n++ % 300}`);
    fs.writeSync(out, lines.join('\n') + '\n');
  }
  fs.closeSync(out);
}

function query<T>(file: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.all(sql, (e, rows) => {
        db.close();
        if (e) reject(e);
        else resolve(rows as T[]);
      });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const childrenOf = (pid: number) =>
  fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number).filter((p) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
const alive = (pid: number) => {
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

interface Run {
  id: number;
  outcome: string;
  finished_at: number | null;
  message: string | null;
}

/** Starts the big import and resolves once it is writing (its history row is in progress). */
async function startBigImport(file: string): Promise<{ cli: ChildProcess; output(): string; exited: Promise<number | string> }> {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', 'membership', big], { cwd: ROOT_DIR, env: childEnv({ DATABASE_URL: file }), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  cli.stdout!.on('data', (d) => (out += d));
  cli.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((resolve) => cli.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const open = await query<Run>(file, "select * from import_run where kind = 'membership' and finished_at is null").catch(() => []);
    if (open.length) break;
    await sleep(50);
  }
  await sleep(300); // well into the rows
  return { cli, output: () => out, exited };
}

async function expectNothingStored(file: string): Promise<Run> {
  expect((await query<{ n: number }>(file, 'select count(*) as n from membership_snapshot'))[0].n).toBe(0);
  const runs = await query<Run>(file, "select * from import_run where kind = 'membership' order by id desc");
  expect(runs).toHaveLength(1);
  expect(runs[0].outcome).toBe('REJECTED');
  expect(runs[0].finished_at).not.toBeNull();
  expect(runs[0].message).toMatch(/^interrupted \(.+\): nothing stored$/);
  return runs[0];
}

beforeAll(() => {
  writeBigFile();
  expect(fs.statSync(big).size).toBeGreaterThan(16 * 1024 * 1024);
});

describe.skipIf(!fs.existsSync('/proc/self/stat'))('killing the import CLI', () => {

  // One database with the 100 branches, copied for each test (the CLI closes it checkpointed).
  const template = path.join(dir, 'branches.sqlite');
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', 'branches', branches], { cwd: ROOT_DIR, env: childEnv({ DATABASE_URL: template }), encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
  const freshDatabase = (name: string) => {
    const file = path.join(dir, `${name}.sqlite`);
    for (const suffix of ['', '-wal']) if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix);
    return file;
  };

  it('SIGKILL to the parent: its bounded-heap child stops too, nothing is stored, the history says interrupted', async () => {
    const file = freshDatabase('sigkill');
    const run = await startBigImport(file);
    const children = childrenOf(run.cli.pid!);
    expect(children).toHaveLength(1);
    run.cli.kill('SIGKILL');
    await run.exited;
    const t0 = Date.now();
    while (Date.now() - t0 < 10_000 && children.some(alive)) await sleep(50);
    const left = children.filter(alive);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, 'the child outlived its parent').toEqual([]);
    console.log(`child gone ${Date.now() - t0} ms after its parent was killed`);
    const row = await expectNothingStored(file);
    // Told by the IPC channel closing or by the parent watch, whichever notices first.
    expect(row.message).toMatch(/the parent process( \(\d+\))? is gone/);
  });

  it('SIGKILL to the child: the parent exits 137 and closes the attempt, naming the signal', async () => {
    const file = freshDatabase('child-sigkill');
    const run = await startBigImport(file);
    const [child] = childrenOf(run.cli.pid!);
    process.kill(child, 'SIGKILL');
    expect(await run.exited).toBe(137);
    expect(run.output()).toMatch(/INTERRUPTED \(SIGKILL\): nothing was stored/);
    expect((await expectNothingStored(file)).message).toBe('interrupted (SIGKILL): nothing stored');
  });

  it('SIGTERM: exit 143 and one line saying nothing was stored', async () => {
    const file = freshDatabase('sigterm');
    const run = await startBigImport(file);
    const children = childrenOf(run.cli.pid!);
    run.cli.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    expect(children.filter(alive)).toEqual([]);
    expect(run.output()).toMatch(/INTERRUPTED \(SIGTERM\): nothing was stored/);
    await expectNothingStored(file);
  });
});

describe.skipIf(!fs.existsSync('/proc/self/stat'))('killing the server during an HTTP import', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('SIGKILL: nothing is stored, and the next start marks the attempt as interrupted', async () => {
    const file = path.join(tempDir('server-kill'), 'pantau.sqlite');
    const env = { DATABASE_URL: file, ADMIN_TOKEN: 'kill-token' };
    const importData = (kind: string, content: string) =>
      request(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer kill-token' },
        body: JSON.stringify({ query: `mutation($c: String!) { importData(kind: ${kind}, fileName: "${kind}.csv", content: $c) { outcome } }`, variables: { c: content } }),
      });
    server = await startServer(env);
    const b = await importData('branches', fs.readFileSync(branches, 'utf8'));
    expect(b.body.toString()).toContain('STORED');

    // 200,000 rows (about 8 MB, under the admin body limit): seconds of work for the server.
    const lines = fs.readFileSync(big, 'utf8').split('\n');
    const content = lines.slice(0, 200_001).join('\n') + '\n';
    const pending = importData('membership', content).catch((err: Error) => err);
    const deadline = Date.now() + 30_000;
    let open: Run[] = [];
    while (Date.now() < deadline && open.length === 0) {
      open = await query<Run>(file, "select * from import_run where kind = 'membership' and finished_at is null").catch(() => []);
      if (open.length === 0) await sleep(20);
    }
    expect(open, 'the import never started').toHaveLength(1);
    const pid = server.child.pid!;
    server.child.kill('SIGKILL');
    await server.exited;
    expect(await pending).toBeInstanceOf(Error); // the connection died with the server

    // Until a process looks, the row still says "in progress"; the next start closes it.
    expect((await query<Run>(file, "select * from import_run where kind = 'membership'"))[0].finished_at).toBeNull();
    server = await startServer(env);
    await stopServer(server);
    const row = await expectNothingStored(file);
    expect(row.message).toBe(`interrupted (the process, pid ${pid}, stopped before the import finished): nothing stored`);
  });
});
