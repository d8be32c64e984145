// A full disk and a busy database are said as such, by the import report, the CLI, GraphQL and
// the import history, with nothing stored. Real conditions: SQLite's max_page_count is a disk
// that fills up, a second connection's open write transaction is another import holding the
// lock (as a CLI import does for as long as it runs), PostgreSQL's NOWAIT is a lock timeout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { databaseCondition, describeDatabaseError } from '../../server/db/errors.ts';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { listRuns } from '../../server/import/history.ts';
import { type RunningServer, startServer, stopServer, tempDir } from '../service/support.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';
import { dumpTables, importText, withBranches } from './helpers.ts';

/** A membership file for MADIUN: every month of `years` years × 4 segments × 5 programs. */
function membershipRows(years: number): string {
  const lines = ['branch,period,segment,program,active_participants'];
  for (let y = 1990; y < 1990 + years; y++) {
    for (let m = 1; m <= 12; m++) {
      for (const segment of ['PU', 'BPU', 'JAKON', 'PMI']) {
        for (const program of ['JKK', 'JKM', 'JHT', 'JP', 'JKP']) lines.push(`MADIUN,${y}-${String(m).padStart(2, '0')},${segment},${program},${1000 + m}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const latestRun = async (db: Database) => (await listRuns(db, { limit: 1 }))[0];

describe('SQLite: a full disk', () => {
  let dir: string;
  let db: Database;
  beforeAll(async () => {
    dir = tempDir('disk-full');
    db = await openDatabase({ dialect: 'sqlite', file: path.join(dir, 'full.sqlite') });
    await withBranches(db, ['MADIUN']);
  });
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says the disk is full and nothing was stored (report and history), and stores nothing', async () => {
    const before = await dumpTables(db);
    const [{ page_count: pages }] = (await db.knex.raw('PRAGMA page_count')) as { page_count: number }[];
    // The database may grow by a few pages: the history's rows fit, the file's rows do not.
    await db.knex.raw(`PRAGMA max_page_count = ${pages + 8}`);
    try {
      const en = await importText(db, 'membership', membershipRows(10));
      expect(en.outcome).toBe('REJECTED');
      expect(en.problems).toEqual([expect.objectContaining({ line: null, code: 'db_full', reason: expect.stringMatching(/^The database's disk is full, nothing was stored/) })]);
      expect(JSON.stringify(en.problems)).not.toMatch(/no transaction is active/);
      expect(await dumpTables(db)).toBe(before);
      expect(await latestRun(db)).toMatchObject({ outcome: 'REJECTED', message: expect.stringMatching(/db_full: The database's disk is full, nothing was stored/) });
      const id = await importText(db, 'membership', membershipRows(10), { lang: 'id' });
      expect(id.problems[0].reason).toMatch(/^Disk basis data penuh, tidak ada yang disimpan/);
    } finally {
      await db.knex.raw('PRAGMA max_page_count = 1073741823');
    }
    // Space again: the same file is stored.
    expect((await importText(db, 'membership', membershipRows(10))).outcome).toBe('STORED');
  });
});

describe('SQLite: a busy database', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir('busy');
    file = path.join(dir, 'busy.sqlite');
    const db = await openDatabase({ dialect: 'sqlite', file });
    await withBranches(db, ['MADIUN']);
    await db.close();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `during` while another connection holds SQLite's write lock, as an import in progress does. */
  async function whileLocked<T>(during: () => Promise<T>): Promise<T> {
    const other = await openDatabase({ dialect: 'sqlite', file });
    const trx = await other.knex.transaction();
    try {
      await trx('branch').insert({ code: 'LOCK', name: 'Lock', region: null, source: 'IMPORTED' });
      return await during();
    } finally {
      await trx.rollback();
      await other.close();
    }
  }

  it('the report says busy, try again; nothing is stored; the attempt is in the history once the lock is gone', async () => {
    const db = await openDatabase({ dialect: 'sqlite', file });
    try {
      const before = await dumpTables(db);
      const report = await whileLocked(() => importText(db, 'branches', 'code,name\nKEDIRI,Kantor Cabang Kediri\n', { fileName: 'while-locked.csv' }));
      expect(report).toMatchObject({ outcome: 'REJECTED', runId: null, storedRows: 0 });
      expect(report.problems).toEqual([expect.objectContaining({ code: 'db_busy', reason: expect.stringMatching(/^The database is busy \(another write is in progress[^)]*\), nothing was stored: try again/) })]);
      expect(await dumpTables(db)).toBe(before);
      // A dry run writes nothing but its history row: it still checks the file.
      const dry = await whileLocked(() => importText(db, 'branches', 'code,name\nKEDIRI,Kantor Cabang Kediri\nbad code,x\n', { dryRun: true, fileName: 'dry.csv' }));
      expect(dry).toMatchObject({ outcome: 'REJECTED', runId: null, rows: 2, problems: [expect.objectContaining({ line: 3, code: 'bad_code' })] });
      await expect.poll(async () => (await listRuns(db, { limit: 2 })).map((r) => r.fileName).sort(), { timeout: 30_000 }).toEqual(['dry.csv', 'while-locked.csv']);
      const busy = (await listRuns(db, { limit: 2 })).find((r) => r.fileName === 'while-locked.csv');
      expect(busy).toMatchObject({
        outcome: 'REJECTED',
        message: expect.stringMatching(/db_busy: The database is busy \(another write is in progress/),
      });
    } finally {
      await db.close();
    }
  });

  it('the CLI says busy and exits 2; its attempt is in the history', async () => {
    const input = path.join(dir, 'kediri.csv');
    fs.writeFileSync(input, 'code,name\nKEDIRI,Kantor Cabang Kediri\n');
    // The lock is let go while the CLI waits to record its attempt.
    const other = await openDatabase({ dialect: 'sqlite', file });
    const trx = await other.knex.transaction();
    await trx('branch').insert({ code: 'LOCK', name: 'Lock', region: null, source: 'IMPORTED' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', 'branches', input], {
      cwd: ROOT_DIR,
      env: { ...process.env, LANG: 'C', LC_ALL: '', DATABASE_URL: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/NOT STORED/);
    await trx.rollback();
    await other.close();
    expect(await exited).toBe(2);
    expect(out).toMatch(/The database is busy \(another write is in progress[^)]*\), nothing was stored: try again/);
    const db = await openDatabase({ dialect: 'sqlite', file });
    try {
      expect(await latestRun(db)).toMatchObject({ fileName: 'kediri.csv', outcome: 'REJECTED', message: expect.stringMatching(/db_busy/) });
      expect(await db.knex('branch').where('code', 'KEDIRI').first()).toBeUndefined();
    } finally {
      await db.close();
    }
  }, 60_000);

  describe('an HTTP import while another import writes (issue: INTERNAL_SERVER_ERROR, not in the history)', () => {
    let server: RunningServer;
    const IMPORT = `mutation ($content: String!) { importData(kind: branches, fileName: "upload.csv", content: $content) { runId outcome problems { code reason } } }`;
    beforeAll(async () => {
      server = await startServer({ DATABASE_URL: file, ADMIN_TOKEN: 'busy-test-token' });
    }, 120_000);
    afterAll(async () => {
      await stopServer(server);
    });
    const graphql = async (query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer busy-test-token' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };

    const upload = { content: 'code,name\nBLITAR,Kantor Cabang Blitar\n' };

    it('the attempt shows in importHistory once the database is free, and the same upload is stored then', async () => {
      await whileLocked(() => graphql(IMPORT, upload));
      await expect
        .poll(async () => (await graphql('{ importHistory(limit: 1) { fileName outcome message } }')).data?.importHistory?.[0], { timeout: 30_000 })
        .toMatchObject({ fileName: 'upload.csv', outcome: 'REJECTED', message: expect.stringMatching(/db_busy: The database is busy \(another write is in progress/) });
      expect((await graphql(IMPORT, upload)).data.importData.outcome).toBe('STORED');
    });

    // The importer answers a REJECTED report saying busy; its audit entry waits for the
    // database like the history row does, and never turns the answer into an error.
    it('answers the report: busy, try again (not INTERNAL_SERVER_ERROR), and logs no error', async () => {
      const answer = await whileLocked(() => graphql(IMPORT, upload));
      expect(answer.errors, JSON.stringify(answer)).toBeUndefined();
      expect(answer.data.importData).toMatchObject({ runId: null, outcome: 'REJECTED', problems: [{ code: 'db_busy', reason: expect.stringMatching(/Basis data sedang sibuk/) }] });
      expect(server.output()).not.toMatch(/"level":50/);
    });
  });
});

describe.skipIf(!availableDialects().includes('postgresql'))('PostgreSQL', () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    const target = await freshTarget('postgresql');
    url = target.dialect === 'postgresql' ? target.url : '';
    db = await openDatabase(target);
    await withBranches(db, ['MADIUN']);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('a lock timeout (55P03) and a full disk (53100) are said as busy and full', async () => {
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await a.connect();
    await b.connect();
    try {
      await a.query('BEGIN');
      await a.query(`SELECT * FROM branch WHERE code = 'MADIUN' FOR UPDATE`);
      const err = await b.query(`SELECT * FROM branch WHERE code = 'MADIUN' FOR UPDATE NOWAIT`).then(() => undefined, (e: unknown) => e);
      expect((err as { code?: string }).code).toBe('55P03');
      expect(databaseCondition(err)).toBe('busy');
      expect(describeDatabaseError(err, 'en')).toBe('the database is busy (another write is in progress), try again');
      await a.query('ROLLBACK');
    } finally {
      await a.end();
      await b.end();
    }
    // A full disk cannot be made on the suite's cluster: the driver's error as pg reports it.
    const full = Object.assign(new Error('could not extend file "base/16384/16385": No space left on device'), { code: '53100' });
    expect(databaseCondition(full)).toBe('full');
    expect(describeDatabaseError(full, 'id')).toBe('disk penuh');
  });

  it('an import meeting another writer\'s lock waits for it and is stored', async () => {
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    try {
      await a.query('BEGIN');
      await a.query(`UPDATE branch SET name = 'Kantor Cabang Madiun (locked)' WHERE code = 'MADIUN'`);
      const importing = importText(db, 'branches', 'code,name\nMADIUN,Kantor Cabang Madiun\n');
      // Waits on the row lock rather than failing.
      await expect
        .poll(async () => (await a.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 30_000 })
        .toBeGreaterThan(0);
      await a.query('COMMIT');
      expect((await importing).outcome).toBe('STORED');
      expect((await db.knex('branch').where('code', 'MADIUN').first()).name).toBe('Kantor Cabang Madiun');
    } finally {
      await a.end();
    }
  });
});
