// A counter that changes whenever stored data change (an import, a seed). Caches of analytic
// answers (answers.ts: rendered charts, CSV downloads, embeds) put it in their keys, so that
// after an import every answer reflects the new data without anyone having to know which
// caches exist.
import type { Database } from '../db/orm.ts';

let version = 0;

export function dataVersion(): number {
  return version;
}

/** Called by whatever stores data in this process: its answers change at once. */
export function bumpDataVersion(): void {
  version += 1;
}

/**
 * Imports may also run in another process (the CLI) while the server runs: their only trace
 * here is the import history. Looking at it before every cache lookup would put a query in
 * front of every cache hit, so it is looked at no more than once per SYNC_INTERVAL_MS per
 * database; lookups meanwhile share the last look (or the one under way). Hence the guarantee:
 * a file stored by another process is in every answer asked for from SYNC_INTERVAL_MS after it
 * was stored; files stored by this process, at once.
 */
const SYNC_INTERVAL_MS = 1000;

interface Watch {
  /** The newest stored import and the number of stored imports at the last look. */
  seen?: string;
  /** When the last look started: anything stored before then was in it. */
  startedAt: number;
  pending?: Promise<void>;
}

const watches = new WeakMap<Database, Watch>();

async function look(db: Database, watch: Watch): Promise<void> {
  const row = await db.read('import_run').where('outcome', 'STORED').max({ id: 'id' }).count({ n: '*' }).first();
  const seen = `${row?.id ?? 0}|${row?.n ?? 0}`;
  if (watch.seen !== undefined && seen !== watch.seen) bumpDataVersion();
  watch.seen = seen;
}

/** Brings dataVersion() up to date with imports stored by other processes (see above). */
export function syncDataVersion(db: Database): Promise<void> {
  const now = Date.now();
  let watch = watches.get(db);
  if (!watch) watches.set(db, (watch = { startedAt: -Infinity }));
  if (watch.pending) return watch.pending;
  if (now - watch.startedAt < SYNC_INTERVAL_MS) return Promise.resolve();
  const current = watch;
  current.startedAt = now;
  current.pending = look(db, current)
    .catch((error: unknown) => {
      // A failed look proves nothing: the next lookup looks again.
      current.startedAt = -Infinity;
      throw error;
    })
    .finally(() => {
      current.pending = undefined;
    });
  return current.pending;
}
