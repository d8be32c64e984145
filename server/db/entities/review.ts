import { EntitySchema } from '@mikro-orm/core';
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';

/** A branch's weekly review (review kinerja) of one ISO week: one per branch and week. */
export interface Review {
  id: number;
  branchCode: string;
  /** `YYYY-Www`. */
  week: string;
  notes?: string | null;
  /** The username (or `admin-token`) that wrote it. */
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const ReviewSchema = new EntitySchema<Review>({
  name: 'Review',
  tableName: 'review',
  uniques: [{ name: 'review_branch_week_unique', properties: ['branchCode', 'week'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    branchCode: { type: 'string', length: 32 },
    week: { type: 'string', length: 8 },
    notes: { type: 'text', nullable: true },
    createdBy: { type: 'string', length: 200 },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});

/**
 * An action agreed in a review. It carries its review's branch and week, so the actions carried
 * over into a later review are one indexed read of the branch's earlier weeks.
 */
export interface ReviewAction {
  id: number;
  reviewId: number;
  branchCode: string;
  /** The week of its review, `YYYY-Www`. */
  week: string;
  title: string;
  /** The staff code of its owner. */
  owner?: string | null;
  /** `YYYY-MM-DD`. */
  due?: string | null;
  status: ActionStatus;
  /** The week it was closed (DONE or DROPPED); null while open. */
  closedWeek?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ReviewActionSchema = new EntitySchema<ReviewAction>({
  name: 'ReviewAction',
  tableName: 'review_action',
  indexes: [{ name: 'review_action_branch_week_idx', properties: ['branchCode', 'week'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    reviewId: { type: 'integer', index: 'review_action_review_idx' },
    branchCode: { type: 'string', length: 32 },
    week: { type: 'string', length: 8 },
    title: { type: 'string', length: 200 },
    owner: { type: 'string', length: 64, nullable: true },
    due: { type: 'string', length: 10, nullable: true },
    status: { type: 'string', length: 8 },
    closedWeek: { type: 'string', length: 8, nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
