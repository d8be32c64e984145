// `npm run users` as an administrator runs it: a real process on a real SQLite file, the
// password piped on standard input, then a login with it through the real server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig, ROOT_DIR } from '../../server/config.ts';
import { openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { expectClean } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-users-'));
const file = path.join(dir, 'pantau.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function users(args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: file, LANG: 'C', LC_ALL: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run users', () => {
  it('creates accounts from a piped password, lists them, and refuses bad ones naming why', async () => {
    const db = await openDatabase({ dialect: 'sqlite', file });
    await seedDemoDataIfEmpty(db);
    await db.close();

    const admin = users(['add', 'Admin', '--role', 'ADMIN'], 'kata-sandi-admin-1\n');
    expect(admin.status, admin.stderr).toBe(0);
    expect(admin.stdout).toMatch(/Account admin created: ADMIN, nation/);
    expect(admin.stdout).not.toMatch(/AUTH_READ/);
    const pap = users(['add', 'pap.madiun', '--role', 'PAP', '--branch', 'madiun'], 'kata-sandi-pap-01\n');
    expect(pap.status).toBe(0);
    // With reads open to all, a scope confines nothing yet: said so.
    expect(pap.stdout).toMatch(/only on a server run with AUTH_READ=login/);
    const regional = users(['add', 'viewer.jatim', '--role', 'VIEWER', '--region', 'jatim'], 'kata-sandi-jatim-1\n', { AUTH_READ: 'login' });
    expect(regional.status, regional.stderr).toBe(0);
    expect(regional.stdout).not.toMatch(/AUTH_READ/);

    const refusals: [string[], string, RegExp][] = [
      [['add', 'x1', '--role', 'PAP'], 'kata-sandi-pap-01\n', /PAP works for one branch: give --branch CODE/],
      [['add', 'x2', '--role', 'VIEWER', '--branch', 'NOWHERE'], 'kata-sandi-pap-01\n', /no branch with code "NOWHERE"/],
      [['add', 'x3', '--role', 'BOSS'], 'kata-sandi-pap-01\n', /"BOSS" is not a role; roles: ADMIN, KABID/],
      [['add', 'x4', '--role', 'VIEWER'], 'short\n', /at least 10 characters/],
      [['add', 'x5', '--role', 'VIEWER'], '', /No password on stdin/],
      [['add', 'admin', '--role', 'VIEWER'], 'kata-sandi-pap-01\n', /an account "admin" exists already/],
      [['add', 'x6', '--role', 'ADMIN', '--region', 'JATIM'], 'kata-sandi-pap-01\n', /ADMIN is national/],
    ];
    for (const [args, input, message] of refusals) {
      const r = users(args, input);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expectClean(r.stderr);
    }

    const list = users(['list']);
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 4))).toEqual([
      ['username', 'role', 'scope', 'state'],
      ['admin', 'ADMIN', 'nation', 'active'],
      ['pap.madiun', 'PAP', 'branch MADIUN', 'active'],
      ['viewer.jatim', 'VIEWER', 'region JATIM', 'active'],
    ]);
    // The password is nowhere in the database file.
    expect(fs.readFileSync(file).includes(Buffer.from('kata-sandi-admin-1'))).toBe(false);
  });

  it('the account logs in with that password; disabled, it cannot; a new password replaces the old', async () => {
    const db = await openDatabase({ dialect: 'sqlite', file });
    const { app, close } = await createApp({ db, config: { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), database: { dialect: 'sqlite', file } } });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    // spawnSync blocks this process, server included: keep idle connections past it.
    server.keepAliveTimeout = 120_000;
    const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
    const login = (password: string) =>
      fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'pap.madiun', password }) }).then((r) => r.status);
    try {
      expect(await login('kata-sandi-pap-01')).toBe(200);
      expect(users(['disable', 'pap.madiun']).status).toBe(0);
      expect(await login('kata-sandi-pap-01')).toBe(401);
      expect(users(['enable', 'pap.madiun']).stdout).toMatch(/switched on again/);
      expect(users(['password', 'pap.madiun'], 'kata-sandi-baru-02\n').status).toBe(0);
      expect(await login('kata-sandi-pap-01')).toBe(401);
      expect(await login('kata-sandi-baru-02')).toBe(200);
      const { auditEntries } = await import('../../server/auth/audit.ts');
      const actions = (await auditEntries(db, { limit: 50 })).map((e) => `${e.action} ${e.target}`);
      expect(actions).toEqual(expect.arrayContaining(['account.created admin', 'account.created pap.madiun', 'account.disabled pap.madiun', 'account.enabled pap.madiun', 'account.password_set pap.madiun']));
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await close();
      await db.close();
    }
  });

  it('speaks Indonesian with --lang id', () => {
    const r = users(['list', '--lang', 'id']);
    expect(r.stdout).toMatch(/^nama\tperan\tcakupan/);
  });
});
