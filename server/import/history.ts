// The import history (table import_run): every file offered, stored, refused or dry-run.
import { databaseCondition } from '../db/errors.ts';
import type { Database } from '../db/orm.ts';
import { ImportRunSchema, type ImportRun } from '../db/entities/import-run.ts';
import { currentOwner, ownerState } from './run-owner.ts';

export type { ImportRun };

/** A name as the history can keep it: PostgreSQL refuses a NUL character in text, shown as ␀ instead. */
const storable = (text: string, max: number) => text.replace(/\0/g, '\u2400').slice(0, max);

/** Records the start of an attempt; its outcome is written by finishRun. Returns the run id. */
export async function startRun(db: Database, run: { kind: string; fileName: string; actor: string; startedAt: Date }): Promise<number> {
  const em = db.orm.em.fork();
  const entity = em.create(ImportRunSchema, {
    kind: run.kind,
    fileName: storable(run.fileName, 500),
    sha256: '',
    rows: 0,
    rejectedRows: 0,
    outcome: 'REJECTED',
    actor: storable(run.actor, 200),
    startedAt: run.startedAt,
    finishedAt: null,
    message: 'in progress',
    owner: currentOwner(),
  });
  await em.persistAndFlush(entity);
  return entity.id;
}

export async function finishRun(
  db: Database,
  id: number,
  result: Pick<ImportRun, 'sha256' | 'rows' | 'rejectedRows' | 'outcome' | 'finishedAt' | 'message'>,
): Promise<void> {
  const em = db.orm.em.fork();
  await em.nativeUpdate(ImportRunSchema, { id }, result);
}

/**
 * Records a whole attempt at once: one that could not be recorded at its start (the database was
 * busy), written once the database takes writes again. Returns the run id.
 */
export async function recordRun(
  db: Database,
  run: { kind: string; fileName: string; actor: string; startedAt: Date } & Pick<ImportRun, 'sha256' | 'rows' | 'rejectedRows' | 'outcome' | 'finishedAt' | 'message'>,
): Promise<number> {
  const em = db.orm.em.fork();
  const entity = em.create(ImportRunSchema, { ...run, fileName: storable(run.fileName, 500), actor: storable(run.actor, 200), owner: currentOwner() });
  await em.persistAndFlush(entity);
  return entity.id;
}

/** History writes waiting for a busy database. */
const waiting = new Set<Promise<void>>();
const FIRST_RETRY_MS = 200;
const LONGEST_RETRY_MS = 5000;
/** How long a refused history write is retried: longer than any one import holds the lock. */
const RETRY_FOR_MS = 30 * 60_000;

/**
 * Retries a history write the database refused as busy until it takes it (another process holds
 * SQLite's write lock until its import commits), without holding up the answer to the import:
 * the attempt shows in the history as soon as the database is free. Gives up on any other error
 * (the database closed, a full disk).
 */
export function retryWhileBusy(write: () => Promise<unknown>): void {
  const until = Date.now() + RETRY_FOR_MS;
  const done = new Promise<void>((resolve) => {
    const attempt = (delay: number) => {
      // unref: a process with nothing else to do does not stay alive for the history's sake
      // (the import CLI waits for it with historyWritten instead).
      setTimeout(() => {
        write().then(
          () => resolve(),
          (err) => (databaseCondition(err) === 'busy' && Date.now() < until ? attempt(Math.min(delay * 2, LONGEST_RETRY_MS)) : resolve()),
        );
      }, delay).unref();
    };
    attempt(FIRST_RETRY_MS);
  });
  waiting.add(done);
  void done.then(() => waiting.delete(done));
}

/** Waits up to `ms` for the history writes still waiting for a busy database. */
export async function historyWritten(ms: number): Promise<void> {
  if (waiting.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(waiting), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** The latest runs first. */
export async function listRuns(db: Database, opts: { limit?: number; kind?: string } = {}): Promise<ImportRun[]> {
  const em = db.orm.em.fork();
  const where = opts.kind ? { kind: opts.kind } : {};
  return em.find(ImportRunSchema, where, { orderBy: { id: 'desc' }, limit: Math.min(Math.max(opts.limit ?? 50, 1), 1000) });
}

/**
 * Marks as failed every attempt left "in progress" by a process on this host that no longer
 * runs: its transaction died with it, so nothing of the file was stored. Called when the server
 * starts and before each import; `why` names the cause when the caller knows it (the signal
 * that killed a child). Returns the runs it closed.
 */
export async function closeAbandonedRuns(db: Database, why?: string): Promise<ImportRun[]> {
  const em = db.orm.em.fork();
  const open = await em.find(ImportRunSchema, { finishedAt: null }, { orderBy: { id: 'asc' }, limit: 1000 });
  const gone = open.filter((run) => ownerState(run.owner) === 'gone');
  for (const run of gone) {
    const reason = why ?? `the process, pid ${run.owner?.split(':')[1]}, stopped before the import finished`;
    await em.nativeUpdate(ImportRunSchema, { id: run.id, finishedAt: null }, { outcome: 'REJECTED', finishedAt: new Date(), message: `interrupted (${reason}): nothing stored` });
  }
  return gone;
}
