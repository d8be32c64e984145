// Weekly reviews and their actions in the database. A review belongs to one branch and week;
// its actions carry the branch and week too, so what a later review carries over is one read.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type AuditRecord, auditWithin } from '../../auth/audit.ts';
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';
import { type Review, type ReviewAction, ReviewActionSchema, ReviewSchema } from '../../db/entities/review.ts';
import type { Database } from '../../db/orm.ts';
import { BadInputError } from '../../errors.ts';

export type { Review, ReviewAction };

/** The most reviews one call lists: ten years of weeks. */
export const REVIEWS_MAX = 530;

const em = (db: Database) => db.orm.em.fork();

export async function reviewById(db: Database, id: number, argument = 'review'): Promise<Review> {
  const review = await em(db).findOne(ReviewSchema, { id });
  if (!review) throw new BadInputError(argument, `no review ${id}`, 'NOT_FOUND');
  return review;
}

/** The review or action of an id, or null (server/auth/by-id.ts answers missing and unreadable alike). */
export const findReview = (db: Database, id: number): Promise<Review | null> => em(db).findOne(ReviewSchema, { id });
export const findAction = (db: Database, id: number): Promise<ReviewAction | null> => em(db).findOne(ReviewActionSchema, { id });

export async function actionById(db: Database, id: number): Promise<ReviewAction> {
  const action = await em(db).findOne(ReviewActionSchema, { id });
  if (!action) throw new BadInputError('id', `no action ${id}`, 'NOT_FOUND');
  return action;
}

/** Which of a branch's reviews to list: weeks `from` to `to`, before `before` (each open when unset; keys compare as text), the latest `last` of them. */
export interface ReviewRange {
  from?: string;
  to?: string;
  before?: string;
  last?: number;
}

/**
 * The branch's reviews of the range, oldest first. With `last`, the latest `last` of the range
 * (read newest first, so that a page back from the newest is one seek of the branch's week
 * index whatever the branch's history); without, the whole range, refused past REVIEWS_MAX.
 */
export async function reviewsOf(db: Database, branch: string, range: ReviewRange): Promise<Review[]> {
  const bounds = { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lte: range.to } : {}), ...(range.before ? { $lt: range.before } : {}) };
  const where = { branchCode: branch, ...(Object.keys(bounds).length ? { week: bounds } : {}) };
  if (range.last !== undefined) {
    const latest = await em(db).find(ReviewSchema, where, { orderBy: { week: 'desc' }, limit: Math.min(range.last, REVIEWS_MAX) });
    return latest.reverse();
  }
  const reviews = await em(db).find(ReviewSchema, where, { orderBy: { week: 'asc' }, limit: REVIEWS_MAX + 1 });
  if (reviews.length > REVIEWS_MAX) throw new BadInputError('from', `the branch has more than ${REVIEWS_MAX} reviews in this range: give a shorter one (from, to)`, 'RANGE_TOO_LARGE');
  return reviews;
}

/** The actions agreed in these reviews, in the order they were added. */
export async function actionsOf(db: Database, reviewIds: number[]): Promise<ReviewAction[]> {
  if (!reviewIds.length) return [];
  return em(db).find(ReviewActionSchema, { reviewId: { $in: reviewIds } }, { orderBy: { id: 'asc' } });
}

/**
 * Actions of the branch's reviews before week `before` that may still have been open in a week
 * from `since` on: open now, or closed in `since` or later. Callers keep, per review, those
 * agreed before its week and open in it.
 */
export async function openActionsBefore(db: Database, branch: string, before: string, since: string): Promise<ReviewAction[]> {
  return em(db).find(
    ReviewActionSchema,
    { branchCode: branch, week: { $lt: before }, $or: [{ status: 'OPEN' }, { closedWeek: { $gte: since } }] },
    { orderBy: { week: 'asc', id: 'asc' } },
  );
}

export async function createReview(db: Database, input: { branch: string; week: string; notes: string | null; by: string }): Promise<Review> {
  const fork = em(db);
  const existing = await fork.findOne(ReviewSchema, { branchCode: input.branch, week: input.week });
  if (existing) throw sameWeek(input, existing.id);
  const now = new Date();
  const review = fork.create(ReviewSchema, { branchCode: input.branch, week: input.week, notes: input.notes, createdBy: input.by, createdAt: now, updatedAt: now });
  try {
    await fork.flush();
  } catch (error) {
    // Two writers of the same week at once: the unique key lets one in.
    if (error instanceof UniqueConstraintViolationException) throw sameWeek(input, null);
    throw error;
  }
  return review;
}

function sameWeek(input: { branch: string; week: string }, id: number | null): BadInputError {
  return new BadInputError('week', `branch ${input.branch} already has a review of ${input.week}${id ? ` (review ${id})` : ''}: change its notes with updateReview`, 'REVIEW_WEEK_TAKEN');
}

export async function updateReviewNotes(db: Database, id: number, notes: string | null): Promise<Review> {
  const fork = em(db);
  const review = await fork.findOne(ReviewSchema, { id });
  if (!review) throw new BadInputError('id', `no review ${id}`, 'NOT_FOUND');
  review.notes = notes;
  review.updatedAt = new Date();
  await fork.flush();
  return review;
}

/**
 * The most actions one review agrees: a meeting's list, not a store. Every review, report and
 * PDF reads them all (2,000 made a PDF take 6 s), so the list is bounded.
 */
export const REVIEW_ACTIONS_MAX = 100;

/** Adds an action, counted against REVIEW_ACTIONS_MAX under the review's lock (PostgreSQL; SQLite has one writer). */
export async function addAction(db: Database, review: Review, input: { title: string; owner: string | null; due: string | null }): Promise<ReviewAction> {
  return em(db).transactional(async (fork) => {
    if (db.dialect === 'postgresql') await fork.findOne(ReviewSchema, { id: review.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const count = await fork.count(ReviewActionSchema, { reviewId: review.id });
    if (count >= REVIEW_ACTIONS_MAX) {
      throw new BadInputError('review', `review ${review.id} has ${REVIEW_ACTIONS_MAX} actions already, the most one review agrees: agree fewer, larger ones, or the rest in next week's review`);
    }
    const now = new Date();
    return fork.create(ReviewActionSchema, {
      reviewId: review.id, branchCode: review.branchCode, week: review.week, title: input.title, owner: input.owner, due: input.due,
      status: 'OPEN', closedWeek: null, createdAt: now, updatedAt: now,
    });
  });
}

/**
 * Sets the status in one transaction with its audit entry, the status before read from the
 * locked row (PostgreSQL: FOR UPDATE; SQLite has one writer), so that changes at once are told
 * apart and each entry's `from` is what it changed. Closing records the week it happened in;
 * a past review reads as it stood, so the first closing week stays (DONE -> DROPPED keeps it)
 * and an action closed in an earlier week is not reopened (a new action is agreed instead).
 */
export async function setActionStatus(
  db: Database,
  id: number,
  status: ActionStatus,
  thisWeek: string,
  audit?: (change: { action: ReviewAction; from: ActionStatus }) => AuditRecord,
): Promise<{ action: ReviewAction; from: ActionStatus }> {
  return em(db).transactional(async (fork) => {
    const action = await fork.findOne(ReviewActionSchema, { id }, db.dialect === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!action) throw new BadInputError('id', `no action ${id}`, 'NOT_FOUND');
    const from = action.status;
    if (from === status) return { action, from };
    if (status === 'OPEN' && action.closedWeek && action.closedWeek < thisWeek) {
      throw new BadInputError('status', `action ${id} was closed in ${action.closedWeek}: the reviews since then show it closed, so it is not reopened; agree a new action in this week's review instead`);
    }
    action.status = status;
    action.closedWeek = status === 'OPEN' ? null : (action.closedWeek ?? thisWeek);
    action.updatedAt = new Date();
    if (audit) auditWithin(fork, audit({ action, from }));
    return { action, from };
  });
}

