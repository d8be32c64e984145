// Planned activities in the database.
import { type PlannedActivity, PlannedActivitySchema } from '../../../db/entities/planned-activity.ts';
import type { Database } from '../../../db/orm.ts';
import { BadInputError } from '../../../errors.ts';

export type { PlannedActivity };

/** The most planned activities one call lists. */
export const PLANNED_MAX = 5000;

const em = (db: Database) => db.orm.em.fork();

/** The planned activity of an id, or null (server/auth/by-id.ts answers missing and unreadable alike). */
export const findPlanned = (db: Database, id: number): Promise<PlannedActivity | null> => em(db).findOne(PlannedActivitySchema, { id });

export async function plannedById(db: Database, id: number): Promise<PlannedActivity> {
  const found = await em(db).findOne(PlannedActivitySchema, { id });
  if (!found) throw new BadInputError('id', `no planned activity ${id}`, 'NOT_FOUND');
  return found;
}

/** The branch's planned activities between two days (either open), by day then id. */
export async function plannedIn(db: Database, branch: string, days: { first?: string; last?: string }): Promise<PlannedActivity[]> {
  const date = { ...(days.first ? { $gte: days.first } : {}), ...(days.last ? { $lte: days.last } : {}) };
  const rows = await em(db).find(PlannedActivitySchema, { branchCode: branch, ...(days.first || days.last ? { date } : {}) }, { orderBy: { date: 'asc', id: 'asc' }, limit: PLANNED_MAX + 1 });
  if (rows.length > PLANNED_MAX) throw new BadInputError('from', `more than ${PLANNED_MAX} planned activities in this range: give a shorter one (from, to)`, 'RANGE_TOO_LARGE');
  return rows;
}

export async function createPlanned(db: Database, input: Omit<PlannedActivity, 'id' | 'status' | 'createdAt' | 'updatedAt'>): Promise<PlannedActivity> {
  const fork = em(db);
  const now = new Date();
  const planned = fork.create(PlannedActivitySchema, { ...input, status: 'PLANNED', createdAt: now, updatedAt: now });
  await fork.flush();
  return planned;
}

export async function updatePlanned(db: Database, id: number, change: Partial<PlannedActivity>): Promise<PlannedActivity> {
  const fork = em(db);
  const planned = await fork.findOne(PlannedActivitySchema, { id });
  if (!planned) throw new BadInputError('id', `no planned activity ${id}`, 'NOT_FOUND');
  Object.assign(planned, change, { updatedAt: new Date() });
  await fork.flush();
  return planned;
}

/**
 * Moves a planned activity out of PLANNED with one conditional update (`WHERE status =
 * 'PLANNED'`), so that of two callers at once (two tabs recording results, a cancel beside a
 * realisation) exactly one wins; the other is told what the activity is now.
 */
export async function claimPlanned(db: Database, id: number, change: Partial<PlannedActivity> & { status: 'DONE' | 'CANCELLED' }): Promise<PlannedActivity> {
  const changed = await em(db).nativeUpdate(PlannedActivitySchema, { id, status: 'PLANNED' }, { ...change, updatedAt: new Date() });
  const planned = await plannedById(db, id);
  if (changed !== 1) {
    const [now, reason] = planned.status === 'DONE' ? ['done', 'ACTIVITY_DONE'] as const : planned.status === 'CANCELLED' ? ['cancelled', 'ACTIVITY_CANCELLED'] as const : ['changed', 'ACTIVITY_CHANGED'] as const;
    throw new BadInputError('id', `planned activity ${id} is ${now} already`, reason);
  }
  return planned;
}

/** Gives a claimed realisation back (its import refused the results): PLANNED again, no results. */
export async function releaseRealisation(db: Database, id: number): Promise<void> {
  await em(db).nativeUpdate(PlannedActivitySchema, { id, status: 'DONE', importRunId: null }, {
    status: 'PLANNED', realisedDate: null, realisedWeek: null, reach: null, registrations: null, costIdr: null, updatedAt: new Date(),
  });
}
