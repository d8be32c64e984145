// Planned activities in the database.
import { type PlannedActivity, PlannedActivitySchema } from '../../../db/entities/planned-activity.ts';
import type { Database } from '../../../db/orm.ts';
import { BadInputError } from '../../../errors.ts';

export type { PlannedActivity };

/** The most planned activities one call lists. */
export const PLANNED_MAX = 5000;

const em = (db: Database) => db.orm.em.fork();

export async function plannedById(db: Database, id: number): Promise<PlannedActivity> {
  const found = await em(db).findOne(PlannedActivitySchema, { id });
  if (!found) throw new BadInputError('id', `no planned activity ${id}`);
  return found;
}

/** The branch's planned activities between two days (either open), by day then id. */
export async function plannedIn(db: Database, branch: string, days: { first?: string; last?: string }): Promise<PlannedActivity[]> {
  const date = { ...(days.first ? { $gte: days.first } : {}), ...(days.last ? { $lte: days.last } : {}) };
  const rows = await em(db).find(PlannedActivitySchema, { branchCode: branch, ...(days.first || days.last ? { date } : {}) }, { orderBy: { date: 'asc', id: 'asc' }, limit: PLANNED_MAX + 1 });
  if (rows.length > PLANNED_MAX) throw new BadInputError('from', `more than ${PLANNED_MAX} planned activities in this range: give a shorter one (from, to)`);
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
  if (!planned) throw new BadInputError('id', `no planned activity ${id}`);
  Object.assign(planned, change, { updatedAt: new Date() });
  await fork.flush();
  return planned;
}
