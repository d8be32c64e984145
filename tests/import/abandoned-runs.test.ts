// An attempt left "in progress" by a process that died is closed as interrupted; one whose
// process still runs, or runs on another host, is left alone (server/import/history.ts).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportRunSchema } from '../../server/db/entities/import-run.ts';
import type { Database } from '../../server/db/orm.ts';
import { closeAbandonedRuns, listRuns, startRun } from '../../server/import/history.ts';
import { currentOwner, ownerState } from '../../server/import/run-owner.ts';
import { memoryDb } from './helpers.ts';

let db: Database;
beforeEach(async () => {
  db = await memoryDb();
});
afterEach(async () => {
  await db.close();
});

/** The pid of a process that has exited (and been reaped), so no process has it now. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

async function openRun(owner: string | null): Promise<number> {
  const id = await startRun(db, { kind: 'membership', fileName: 'm.csv', actor: 'test', startedAt: new Date() });
  await db.orm.em.fork().nativeUpdate(ImportRunSchema, { id }, { owner });
  return id;
}

describe('ownerState', () => {
  it('tells this process, a live one, a dead one, an earlier process with this pid, and another host apart', () => {
    const token = currentOwner().split(':')[2];
    expect(ownerState(currentOwner())).toBe('running');
    expect(ownerState(`${os.hostname()}:${process.ppid}:another-token`)).toBe('running');
    expect(ownerState(`${os.hostname()}:${deadPid()}:${token}`)).toBe('gone');
    expect(ownerState(`${os.hostname()}:${process.pid}:an-earlier-process`)).toBe('gone');
    expect(ownerState(`not-${os.hostname()}:1:x`)).toBe('unknown');
    expect(ownerState(null)).toBe('unknown');
    expect(ownerState('garbage')).toBe('unknown');
  });
});

describe('closeAbandonedRuns', () => {
  it('closes only the attempts of processes on this host that are gone, saying nothing was stored', async () => {
    const mine = await startRun(db, { kind: 'membership', fileName: 'mine.csv', actor: 'test', startedAt: new Date() });
    const dead = deadPid();
    const gone = await openRun(`${os.hostname()}:${dead}:t`);
    const restarted = await openRun(`${os.hostname()}:${process.pid}:an-earlier-process`);
    const elsewhere = await openRun('another-host:42:t');

    const closed = await closeAbandonedRuns(db);
    expect(closed.map((r) => r.id).sort()).toEqual([gone, restarted].sort());

    const byId = new Map((await listRuns(db)).map((r) => [r.id, r]));
    expect(byId.get(gone)).toMatchObject({ outcome: 'REJECTED', message: `interrupted (the process, pid ${dead}, stopped before the import finished): nothing stored` });
    expect(byId.get(gone)!.finishedAt).toBeInstanceOf(Date);
    expect(byId.get(restarted)!.finishedAt).toBeInstanceOf(Date);
    for (const id of [mine, elsewhere]) expect(byId.get(id)).toMatchObject({ finishedAt: null, message: 'in progress' });

    // Closing twice changes nothing more.
    expect(await closeAbandonedRuns(db)).toEqual([]);
  });

  it('names the cause when the caller knows it', async () => {
    const id = await openRun(`${os.hostname()}:${deadPid()}:t`);
    await closeAbandonedRuns(db, 'SIGKILL');
    expect((await listRuns(db)).find((r) => r.id === id)!.message).toBe('interrupted (SIGKILL): nothing stored');
  });
});
