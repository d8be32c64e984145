// Writing a target split: the shares replace the line's split before, checked against the
// branch target and team inside the same transaction, and recorded in the import history as a
// stored targets import, so the data version moves here at once and in every other Pantau
// instance within its look at the history (server/cache/data-version.ts).
// On PostgreSQL the branch target's row is locked first (FOR UPDATE): under READ COMMITTED two
// splits of one line, or a split and a targets import, would otherwise each check against a
// table without the other's uncommitted shares and together give out the target several times.
// SQLite has one writer, whose transactions never overlap.
import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { bumpDataVersion } from '../../cache/data-version.ts';
import { ImportRunSchema } from '../../db/entities/import-run.ts';
import { StaffSchema } from '../../db/entities/staff.ts';
import { TargetPhasingSchema } from '../../db/entities/target-phasing.ts';
import { TargetSchema } from '../../db/entities/target.ts';
import type { Database } from '../../db/orm.ts';
import { BadInputError } from '../../errors.ts';
import { currentOwner } from '../../import/run-owner.ts';
import { checkShares, type ShareInput } from './input.ts';
import { PLANNED_METRIC } from './plan.ts';

export interface SplitRequest {
  branch: string;
  year: number;
  program: string;
  segment: string;
  shares: readonly ShareInput[];
  actor: string;
}

/** Writes the split; returns the import history's run id. Nothing is stored when a check fails. */
export async function writeTargetSplit(db: Database, request: SplitRequest): Promise<number> {
  const { branch, year, program, segment } = request;
  const key = { branchCode: branch, year, program, segment, metric: PLANNED_METRIC } as const;
  const startedAt = new Date();
  const runId = await db.orm.em.fork().transactional(async (em) => {
    const lock = db.dialect === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
    const target = await em.findOne(TargetSchema, { ...key, staffCode: '' }, lock);
    if (!target) {
      throw new BadInputError('program', `branch ${branch} has no ${PLANNED_METRIC} target for ${program} ${segment} in ${year}: head office's targets come first (import kind targets)`, 'NO_BRANCH_TARGET');
    }
    const team = await em.find(StaffSchema, { branchCode: branch, role: { $in: ['AR', 'ARK'] } }, { orderBy: { code: 'asc' } });
    const shares = checkShares(request.shares, new Map(team.map((t) => [t.code, t.role])), Number(target.target));

    const canonical = JSON.stringify({ branch, year, program, segment, shares });
    const run = em.create(ImportRunSchema, {
      kind: 'targets', fileName: `rencana target ${branch} ${year} ${program} ${segment}`, sha256: createHash('sha256').update(canonical).digest('hex'),
      rows: shares.length, rejectedRows: 0, outcome: 'STORED', actor: request.actor.slice(0, 200), startedAt, finishedAt: new Date(),
      message: 'target split written in Pantau', owner: currentOwner(),
    });
    await em.flush();

    const kept = shares.map((s) => s.staff);
    await em.nativeDelete(TargetSchema, { ...key, staffCode: kept.length ? { $ne: '', $nin: kept } : { $ne: '' } });
    for (const share of shares) {
      const row = await em.findOne(TargetSchema, { ...key, staffCode: share.staff });
      if (row) Object.assign(row, { target: share.target, source: 'IMPORTED', importId: run.id });
      else em.create(TargetSchema, { ...key, staffCode: share.staff, target: share.target, source: 'IMPORTED', importId: run.id });
    }
    await em.nativeDelete(TargetPhasingSchema, { branchCode: branch, year, program, segment });
    for (const share of shares) {
      share.monthly?.forEach((value, i) => em.create(TargetPhasingSchema, { branchCode: branch, year, program, segment, staffCode: share.staff, month: i + 1, target: value }));
    }
    await em.flush();
    return run.id;
  });
  bumpDataVersion();
  return runId;
}
