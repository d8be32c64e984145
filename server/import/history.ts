// The import history (table import_run): every file offered, stored, refused or dry-run.
import type { Database } from '../db/orm.ts';
import { ImportRunSchema, type ImportRun } from '../db/entities/import-run.ts';

export type { ImportRun };

/** Records the start of an attempt; its outcome is written by finishRun. Returns the run id. */
export async function startRun(db: Database, run: { kind: string; fileName: string; actor: string; startedAt: Date }): Promise<number> {
  const em = db.orm.em.fork();
  const entity = em.create(ImportRunSchema, {
    kind: run.kind,
    fileName: run.fileName.slice(0, 500),
    sha256: '',
    rows: 0,
    rejectedRows: 0,
    outcome: 'REJECTED',
    actor: run.actor.slice(0, 200),
    startedAt: run.startedAt,
    finishedAt: null,
    message: 'in progress',
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
