// The stored target keys (table target_attainment_key): every head-office target key of a
// branch (branch, program, segment, for a year and metric) with its realisation and run-rate
// projection on all data, as projection.ts makes them. A targetAttainment row over branch
// targets is their sums (attainmentKeyCube in cube.ts): the nation's targets read one row per
// key in SQL instead of projecting every key's months for every question, which grew with the
// branches. Kept current inside the writer's transaction, after the rollups it reads are: by
// the membership and targets imports for their branches, and by the seeds for all; a database
// that has targets and no stored keys (one made before the table) gets them when it is opened.
// The questions with a cut-off (`through`) or by staff project their keys themselves (query.ts);
// the tests compare both paths on both databases.
import type { Knex } from 'knex';
import type { TargetMetric } from '../../../common/vocabulary/catalog.ts';
import { withoutTimeLimit } from '../../analytics/deadline.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { type BranchScope, scopeFilters, whereInScope } from '../branches/scope.ts';
import { targetCube } from './cube.ts';
import { keyProjector } from './key-projector.ts';

const TABLE = 'target_attainment_key';
/** Rows per INSERT: 14 columns, well under SQLite's 32,766 bound values. */
const CHUNK = 500;

/** Which keys to rebuild: those of the branches an import wrote rows of, of some branches, or all. */
export type AttainmentKeysScope = { importId: number; table: 'membership_snapshot' | 'target' } | { branches: string[] } | 'all';

/** The transaction as a Database for the cube queries: its own connection reads and writes. */
function transactionDatabase(trx: Knex | Knex.Transaction): Database {
  const dialect = (trx.client as { dialect?: string }).dialect === 'postgresql' ? 'postgresql' : 'sqlite';
  return { dialect, knex: trx, read: trx } as unknown as Database;
}

export async function refreshTargetAttainmentKeys(trx: Knex | Knex.Transaction, requested: AttainmentKeysScope): Promise<void> {
  const scope: BranchScope =
    requested === 'all'
      ? {}
      : 'branches' in requested
        ? { codes: requested.branches }
        : { codes: ((await trx(requested.table).where('import_id', requested.importId).distinct('branch_code')) as { branch_code: string }[]).map((r) => String(r.branch_code)) };
  if (scope.codes?.length === 0) return;
  const db = transactionDatabase(trx);
  await withoutTimeLimit(async () => {
    await whereInScope(trx(TABLE), scope).delete();
    const years = (await whereInScope(trx('target').where('staff_code', ''), scope).distinct('year', 'metric').orderBy(['year', 'metric'])) as { year: number; metric: TargetMetric }[];
    for (const { year, metric } of years) await storeKeys(trx, db, Number(year), metric, scope);
  });
}

/** Projects the branch target keys of one year and metric in scope and stores them. */
async function storeKeys(trx: Knex | Knex.Transaction, db: Database, year: number, metric: TargetMetric, scope: BranchScope): Promise<void> {
  const targets = await runQuery(db, targetCube, {
    dimensions: ['branch', 'program', 'segment'],
    measures: ['target', 'sourceMin', 'sourceMax'],
    filters: [{ member: 'year', op: 'equals', value: year }, { member: 'metric', op: 'equals', value: metric }, { member: 'staff', op: 'equals', value: '' }, ...scopeFilters(scope)],
  }, { ordered: false });
  if (targets.length === 0) return;
  const project = await keyProjector(db, year, metric, false, scope, null, { raw: false, projections: true });
  const rows = targets.map((t) => {
    const p = project(t);
    return {
      year,
      metric,
      branch_code: t.branch,
      program: t.program,
      segment: t.segment,
      target: Number(t.target),
      source_min: t.sourceMin,
      source_max: t.sourceMax,
      kind: p.kind,
      realised: 'realised' in p ? p.realised : null,
      as_of_month: 'asOfMonth' in p ? p.asOfMonth : null,
      projected: p.kind === 'projected' ? p.projected : null,
      half_width: p.kind === 'projected' ? p.halfWidth : null,
      floor: p.kind === 'projected' ? p.floor : null,
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK) await trx(TABLE).insert(rows.slice(i, i + CHUNK));
}

/**
 * Stores the keys of a database that has branch targets and none stored (made before the
 * table, or written by a Pantau without it), in one transaction; on PostgreSQL the table is
 * locked first, so that two instances opening the database at once store them once.
 */
export async function ensureTargetAttainmentKeys(db: Pick<Database, 'dialect' | 'knex'>): Promise<boolean> {
  const hasTargets = () => db.knex('target').where('staff_code', '').first('year');
  const hasKeys = (k: Knex | Knex.Transaction) => k(TABLE).first('year');
  if (!(await hasTargets()) || (await hasKeys(db.knex))) return false;
  return db.knex.transaction(async (trx) => {
    if (db.dialect === 'postgresql') await trx.raw(`LOCK TABLE ${TABLE} IN EXCLUSIVE MODE`);
    if (await hasKeys(trx)) return false;
    await refreshTargetAttainmentKeys(trx, 'all');
    return true;
  });
}
