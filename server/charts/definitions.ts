// What each chart shows: its GraphQL root field (whose arguments are the URL's parameters), the
// query function that answers it (called directly, as the resolvers do) and where the caption's
// "data as of" and source come from. Drawing is the dashboard's own chart code (registry.ts).
import { campaignReach, type CampaignReachArgs, type ReachRow } from '../domains/campaigns/query.ts';
import { effectiveness } from '../domains/effectiveness/query.ts';
import { membershipTrend, type MembershipSeries, type MembershipTrendArgs } from '../domains/membership/query.ts';
import { type AttainmentRow, targetAttainment, type TargetAttainmentArgs } from '../domains/targets/query.ts';
import { listBranches } from '../domains/branches/query.ts';
import type { Database } from '../db/orm.ts';
import type { ExtraSpecs } from '../http/params.ts';

import type { ChartName } from '../../shared/charts/registry.ts';

export interface DataMeta {
  /** Last month with data (`YYYY-MM`), null when there is none. */
  asOf: string | null;
  /** STUDY, SYNTHETIC, IMPORTED or MIXED over everything the chart shows; null when empty. */
  source: string | null;
}

export interface ChartDefinition {
  field: 'membershipTrend' | 'campaignReach' | 'targetAttainment' | 'effectiveness';
  /** Chart options a URL may set besides the query's arguments. */
  options: ExtraSpecs;
  fetch(db: Database, args: Record<string, unknown>): Promise<unknown>;
  meta(db: Database, args: Record<string, unknown>, data: unknown): Promise<DataMeta>;
}

export function combineSources(sources: Iterable<string | null | undefined>): string | null {
  let out: string | null = null;
  for (const s of sources) {
    if (!s) continue;
    if (out === null) out = s;
    else if (out !== s) return 'MIXED';
  }
  return out;
}

const latest = (values: Iterable<string | null | undefined>): string | null => {
  let out: string | null = null;
  for (const v of values) if (v && (out === null || v > out)) out = v;
  return out;
};

/** Campaign data carries no as-of month of its own: the last month with activities in range. */
async function campaignMeta(db: Database, args: Record<string, unknown>): Promise<DataMeta> {
  const months = await campaignReach(db, { branch: args.branch as string | undefined, from: args.from as string | undefined, to: args.to as string | undefined, groupBy: 'MONTH' });
  return { asOf: latest(months.filter((r) => r.activities > 0).map((r) => r.key)), source: combineSources(months.map((r) => r.source)) };
}

export const CHART_DEFINITIONS: Record<ChartName, ChartDefinition> = {
  'membership-trend': {
    field: 'membershipTrend',
    options: {},
    fetch: (db, args) => membershipTrend(db, args as MembershipTrendArgs),
    async meta(_db, _args, data) {
      const points = (data as MembershipSeries[]).flatMap((s) => s.points);
      return { asOf: latest(points.map((p) => p.asOf)), source: combineSources(points.map((p) => p.source)) };
    },
  },
  'campaign-reach': {
    field: 'campaignReach',
    options: {
      measure: { kind: 'enum', values: ['reach', 'registrations', 'costIdr', 'conversionRate', 'costPerRegistration'] },
      sort: { kind: 'enum', values: ['input', 'value'] },
      // The dashboard's channel focus: `PROMOTION:YOUTUBE` highlights that one bar, a bare
      // `YOUTUBE` both of its rows (shared/charts/reach-focus.ts); the data are all rows still.
      highlight: { kind: 'string', maxLength: 80 },
    },
    fetch: (db, args) => campaignReach(db, args as CampaignReachArgs),
    async meta(db, args, data) {
      const meta = await campaignMeta(db, args);
      return { asOf: meta.asOf, source: combineSources((data as ReachRow[]).map((r) => r.source)) ?? meta.source };
    },
  },
  'target-attainment': {
    field: 'targetAttainment',
    options: {},
    fetch: (db, args) => targetAttainment(db, args as unknown as TargetAttainmentArgs),
    async meta(_db, _args, data) {
      const rows = data as AttainmentRow[];
      // Targets without data yet have no as-of month: the caption then says there is no data
      // (it used to claim December of the year).
      return { asOf: latest(rows.map((r) => r.asOf)), source: combineSources(rows.map((r) => r.source)) };
    },
  },
  effectiveness: {
    field: 'effectiveness',
    options: {},
    fetch: (db, args) => effectiveness(db, args),
    meta: (db, args) => campaignMeta(db, args),
  },
};

/** Branch code → display name, for titles ("Kantor Cabang Madiun"). */
export async function branchName(db: Database, code: unknown): Promise<string | null> {
  if (typeof code !== 'string') return null;
  const rows = await listBranches(db);
  return rows.find((b) => b.code === code.toUpperCase())?.name ?? code;
}
