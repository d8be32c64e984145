// campaignReach: campaign results grouped by one dimension, over a branch, period and type.
import type { Filter } from '../../analytics/model.ts';
import { parseRange } from '../../analytics/periods.ts';
import { type Row, runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../domain/catalog.ts';
import { BadInputError } from '../../errors.ts';
import { resolveBranch } from '../branches/query.ts';
import { type AggregateSource, combinedSource } from '../source.ts';
import { REACH_MEASURES, campaignCube } from './cube.ts';

export const REACH_GROUP_BY = ['CHANNEL', 'ACTIVITY', 'MEDIUM', 'MONTH', 'QUARTER', 'YEAR', 'STAFF', 'SEGMENT'] as const;
export type ReachGroupBy = (typeof REACH_GROUP_BY)[number];

export interface CampaignFilterArgs {
  branch?: string | null;
  from?: string | null;
  to?: string | null;
  activity?: ActivityType | null;
}

export const REACH_ORDERS = ['KEY', 'REACH', 'REGISTRATIONS', 'COST', 'CONVERSION_RATE', 'COST_PER_REGISTRATION'] as const;
export type ReachOrder = (typeof REACH_ORDERS)[number];

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

export interface ReachRow extends CampaignTotals {
  key: string;
  activity: ActivityType | null;
  source: AggregateSource;
}

/** Validates the shared filter arguments and turns them into cube filters. */
export async function campaignFilters(db: Database, args: CampaignFilterArgs): Promise<Filter[]> {
  const range = parseRange(args.from, args.to);
  const branch = await resolveBranch(db, args.branch);
  if (args.activity && !ACTIVITY_TYPES.includes(args.activity)) {
    throw new BadInputError('activity', `"${args.activity}" is not SOCIALISATION or PROMOTION`);
  }
  const filters: Filter[] = [{ member: 'periodIndex', op: 'between', from: range.start, to: range.end }];
  if (branch) filters.push({ member: 'branch', op: 'equals', value: branch });
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

export async function campaignReach(db: Database, args: CampaignReachArgs): Promise<ReachRow[]> {
  const groupBy = args.groupBy ?? 'CHANNEL';
  if (!REACH_GROUP_BY.includes(groupBy)) throw new BadInputError('groupBy', `"${groupBy}" is not one of ${REACH_GROUP_BY.join(', ')}`);
  const orderBy = args.orderBy ?? (groupBy === 'CHANNEL' ? 'REACH' : 'KEY');
  if (!REACH_ORDERS.includes(orderBy)) throw new BadInputError('orderBy', `"${orderBy}" is not one of ${REACH_ORDERS.join(', ')}`);
  const filters = await campaignFilters(db, args);
  const rows = await runQuery(db, campaignCube, { dimensions: [groupBy], measures: REACH_MEASURES, filters, order: [{ member: groupBy }] });
  const result: ReachRow[] = rows.map((row) => ({
    key: String(row[groupBy]),
    activity: row.activityMin === row.activityMax ? (row.activityMin as ActivityType) : null,
    source: combinedSource(row.sourceMin, row.sourceMax),
    ...toTotals(row),
  }));
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
