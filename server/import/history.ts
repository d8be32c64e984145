// The import history (table import_run): every file offered, stored, refused or dry-run.
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
