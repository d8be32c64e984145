// A counter that changes whenever stored data changes (an import, a seed). Caches of analytic
// answers (rendered charts, CSV downloads) put it in their keys, so that after an import every
// answer reflects the new data at once without anyone having to know which caches exist.
import type { Database } from '../db/orm.ts';

let version = 0;
let lastImportSeen: string | undefined;

export function dataVersion(): number {
  return version;
}

export function bumpDataVersion(): void {
  version += 1;
}

/**
 * Imports may run in another process (the CLI) while the server runs: before answering from a
 * cache, look at the import history and bump the version when a file was stored since the last
 * look. One small indexed query; the history table only grows.
 */
export async function syncDataVersion(db: Database): Promise<void> {
  const row = await db.knex('import_run').where('outcome', 'STORED').max({ id: 'id' }).count({ n: '*' }).first();
  const seen = `${row?.id ?? 0}|${row?.n ?? 0}`;
  if (lastImportSeen !== undefined && seen !== lastImportSeen) bumpDataVersion();
  lastImportSeen = seen;
}
