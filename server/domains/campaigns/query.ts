// campaignReach: campaign results grouped by one dimension, over a branch, period and type.
import type { Filter } from '../../analytics/model.ts';
import { parseDatedRange } from '../../analytics/periods.ts';
import { type Row, runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import type { AnswerFields } from '../question.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../../common/vocabulary/catalog.ts';
import { ReachGroupBy, ReachOrder, type ReachUnit } from '../../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../../errors.ts';
import { resolveScope, scopeFilters } from '../branches/scope.ts';
import { type AggregateSource, combinedSource } from '../source.ts';
import { costPerRegistrationInterval, conversionInterval } from '../effectiveness/statistics.ts';
import { type CampaignMeasure, REACH_ANSWER_MEASURES, campaignCube } from './cube.ts';
import { MOMENT_MEASURES, MOMENTS_OF_MEASURES, momentsOf } from './moments.ts';

export const REACH_GROUP_BY = Object.values(ReachGroupBy);
export type { ReachGroupBy };

export interface CampaignFilterArgs {
  branch?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
  activity?: ActivityType | null;
}

export const REACH_ORDERS = Object.values(ReachOrder);
export type { ReachOrder };

export interface CampaignReachArgs extends CampaignFilterArgs {
  groupBy?: ReachGroupBy | null;
  orderBy?: ReachOrder | null;
}

/** The measure each order sorts by, and whether larger comes first. Ties fall back to the key. */
const ORDER_MEASURES: Record<Exclude<ReachOrder, 'KEY'>, { member: string; desc: boolean }> = {
  REACH: { member: 'reach', desc: true },
  REGISTRATIONS: { member: 'registrations', desc: true },
  COST: { member: 'costIdr', desc: true },
  CONVERSION_RATE: { member: 'conversionRate', desc: true },
  COST_PER_REGISTRATION: { member: 'costPerRegistration', desc: false },
};

export interface CampaignTotals {
  activities: number;
  reach: number;
  leads: number;
  registrations: number;
  costIdr: number;
  conversionRate: number | null;
  costPerRegistration: number | null;
  registrationsPerActivity: number | null;
}

/** What a group's reach counts: attendees (socialisation), impressions (promotion), or both. */
export type { ReachUnit };

export interface ReachRow extends CampaignTotals {
  key: string;
  activity: ActivityType | null;
  reachUnit: ReachUnit;
  attendees: number;
  impressions: number;
  conversionLow: number | null;
  conversionHigh: number | null;
  costPerRegistrationLow: number | null;
  costPerRegistrationHigh: number | null;
  source: AggregateSource;
}

const ACTIVITY_ORDER: Record<string, number> = { SOCIALISATION: 0, PROMOTION: 1 };

/** Key order by code point (never the database's collation), then socialisation before promotion. */
function byKey(a: ReachRow, b: ReachRow): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return (ACTIVITY_ORDER[a.activity ?? ''] ?? 2) - (ACTIVITY_ORDER[b.activity ?? ''] ?? 2);
}

/** One cube row as a reach row. A group of both types (activity null) adds attendees to
 *  impressions in `reach`: it has no conversion rate, and says so with reachUnit MIXED. */
function toReachRow(row: Row, key: string, activity: ActivityType | null, intervals: boolean): ReachRow {
  const totals = toTotals(row);
  const attendees = Number(row.attendees ?? 0);
  const impressions = Number(row.impressions ?? 0);
  const reachUnit: ReachUnit = activity === 'SOCIALISATION' ? 'ATTENDEES' : activity === 'PROMOTION' ? 'IMPRESSIONS' : 'MIXED';
  const moments = intervals ? momentsOf(row) : null;
  const conversion = moments && reachUnit !== 'MIXED' ? conversionInterval(moments) : null;
  const cost = moments ? costPerRegistrationInterval(moments) : null;
  return {
    key,
    activity,
    reachUnit,
    attendees,
    impressions,
    ...totals,
    conversionRate: reachUnit === 'MIXED' ? null : totals.conversionRate,
    conversionLow: conversion?.low ?? null,
    conversionHigh: conversion?.high ?? null,
    costPerRegistrationLow: cost?.low ?? null,
    costPerRegistrationHigh: cost?.high ?? null,
    source: combinedSource(row.sourceMin, row.sourceMax),
  };
}

/** Validates the shared filter arguments and turns them into cube filters. */
export async function campaignFilters(db: Database, args: CampaignFilterArgs): Promise<Filter[]> {
  const range = parseDatedRange(args.from, args.to);
  const scope = await resolveScope(db, args);
  if (args.activity && !ACTIVITY_TYPES.includes(args.activity)) {
    throw new BadInputError('activity', `"${args.activity}" is not SOCIALISATION or PROMOTION`);
  }
  const filters: Filter[] = [{ member: 'periodIndex', op: 'between', from: range.start, to: range.end }];
  // A week end cuts its months to its days; the months stay, so the indexes still find the rows.
  if (range.firstDay !== undefined || range.lastDay !== undefined) filters.push({ member: 'day', op: 'between', from: range.firstDay, to: range.lastDay });
  filters.push(...scopeFilters(scope));
  if (args.activity) filters.push({ member: 'activityType', op: 'equals', value: args.activity });
  return filters;
}

export function toTotals(row: Row | undefined): CampaignTotals {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    activities: Number(row?.activities ?? 0),
    reach: Number(row?.reach ?? 0),
    leads: Number(row?.leads ?? 0),
    registrations: Number(row?.registrations ?? 0),
    costIdr: Number(row?.costIdr ?? 0),
    conversionRate: num(row?.conversionRate),
    costPerRegistration: num(row?.costPerRegistration),
    registrationsPerActivity: num(row?.registrationsPerActivity),
  };
}

/** A row's activity type and what its reach counts: one type when its smallest and largest are the same. */
const TYPE_MEASURES: readonly CampaignMeasure[] = ['activityMin', 'activityMax'];
/** The intervals need the moments over activities; the conversion's only for a row of one type. */
const CONVERSION_INTERVAL: readonly CampaignMeasure[] = [...MOMENTS_OF_MEASURES, ...TYPE_MEASURES];

/** The measures each field of a reach row is made of (its key is the grouping's). */
const FIELD_MEASURES: Record<string, readonly CampaignMeasure[]> = {
  key: [],
  __typename: [],
  activity: TYPE_MEASURES,
  reachUnit: TYPE_MEASURES,
  activities: ['activities'],
  reach: ['reach'],
  attendees: ['attendees'],
  impressions: ['impressions'],
  leads: ['leads'],
  registrations: ['registrations'],
  costIdr: ['costIdr'],
  conversionRate: ['conversionRate', ...TYPE_MEASURES],
  conversionLow: CONVERSION_INTERVAL,
  conversionHigh: CONVERSION_INTERVAL,
  costPerRegistration: ['costPerRegistration'],
  costPerRegistrationLow: MOMENTS_OF_MEASURES,
  costPerRegistrationHigh: MOMENTS_OF_MEASURES,
  registrationsPerActivity: ['registrationsPerActivity'],
  source: ['sourceMin', 'sourceMax'],
};

/**
 * The measures to sum for the fields asked (all of them for a caller that names none, or a field
 * this list does not know), and those of the order. Every aggregate is work per row read: the
 * ranking table asks four fields of every branch, where a row has nineteen; the intervals' sums
 * of squares and products were half the SQL's work over a year rollup.
 */
function measuresFor(asked: AnswerFields, order: { member: string } | undefined): CampaignMeasure[] {
  const all = [...REACH_ANSWER_MEASURES, ...MOMENT_MEASURES];
  if (!asked.fields || [...asked.fields].some((field) => !(field in FIELD_MEASURES))) return all;
  const needed = new Set<string>([...asked.fields].flatMap((field) => FIELD_MEASURES[field]));
  // The order's figure as its field would need it (a conversion rate only for a row of one type).
  if (order) for (const m of FIELD_MEASURES[order.member] ?? [order.member]) needed.add(m);
  return all.filter((m) => needed.has(m));
}

/**
 * Rows grouped by `groupBy`, with the figures of the fields `asked` (the others 0 or null):
 * when it names none, every figure.
 */
export async function campaignReach(db: Database, args: CampaignReachArgs, asked: AnswerFields = {}): Promise<ReachRow[]> {
  const groupBy = args.groupBy ?? 'CHANNEL';
  if (!REACH_GROUP_BY.includes(groupBy)) throw new BadInputError('groupBy', `"${groupBy}" is not one of ${REACH_GROUP_BY.join(', ')}`);
  const orderBy = args.orderBy ?? (groupBy === 'CHANNEL' ? 'REACH' : 'KEY');
  if (!REACH_ORDERS.includes(orderBy)) throw new BadInputError('orderBy', `"${orderBy}" is not one of ${REACH_ORDERS.join(', ')}`);
  const filters = await campaignFilters(db, args);
  // A channel serves one activity type per row (YOUTUBE is both a socialisation and a
  // promotion channel, counting attendees in one and views in the other).
  const dimensions = groupBy === 'CHANNEL' ? [groupBy, 'ACTIVITY'] : [groupBy];
  const measures = measuresFor(asked, orderBy === 'KEY' ? undefined : ORDER_MEASURES[orderBy]);
  const intervals = MOMENT_MEASURES.every((m) => measures.includes(m));
  const rows = await runQuery(db, campaignCube, { dimensions, measures, filters });
  const result: ReachRow[] = rows.map((row) =>
    toReachRow(
      row,
      String(row[groupBy]),
      groupBy === 'CHANNEL' ? (row.ACTIVITY as ActivityType) : row.activityMin === row.activityMax ? (row.activityMin as ActivityType) : null,
      intervals,
    ),
  );
  result.sort(byKey);
  if (orderBy !== 'KEY') sortByMeasure(result, ORDER_MEASURES[orderBy]);
  return result;
}

/** Sorts the (few) grouped rows by a measure; rows without a value go last, ties keep key order. */
function sortByMeasure(rows: ReachRow[], order: { member: string; desc: boolean }): void {
  const value = (row: ReachRow) => row[order.member as keyof CampaignTotals] as number | null;
  rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return order.desc ? y - x : x - y;
  });
}
