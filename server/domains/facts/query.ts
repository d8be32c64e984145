// Raw facts for researchers: the stored membership, campaign and target rows, filtered like
// the analytic queries and paged by keyset (never OFFSET). Rows are ordered by their time
// column, then by id; a cursor is the base64url of the last row's sort key, tagged with the
// query it belongs to, so a cursor from another query or a hand-made one is refused clearly.
import type { Knex } from 'knex';
import { inByteOrder } from '../../analytics/byte-order.ts';
import { parseRange, yearOf } from '../../analytics/periods.ts';
import type { Database } from '../../db/orm.ts';
import { BadInputError } from '../../errors.ts';
import { resolveScope, whereInScope } from '../branches/scope.ts';
import { orNull } from '../source.ts';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

type Kind = 'membership' | 'campaign' | 'target';
type SortKey = [time: number | string, id: number];

export function encodeCursor(kind: Kind, key: SortKey): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

export function decodeCursor(kind: Kind, cursor: string, timeType: 'number' | 'string'): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== kind ||
    typeof parsed[1] !== timeType ||
    !Number.isSafeInteger(parsed[2])
  ) {
    throw new BadInputError('after', `"${cursor.length > 60 ? `${cursor.slice(0, 60)}…` : cursor}" is not a cursor of ${kind}Facts; pass pageInfo.endCursor of a previous page`);
  }
  return [parsed[1] as number | string, parsed[2] as number];
}

function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw new BadInputError('first', `${n} is out of range: ask for 0 to ${MAX_PAGE_SIZE} rows per page and follow pageInfo.endCursor for more`);
  }
  return n;
}

/**
 * Runs one page of a filtered query: counts all matching rows, then reads `first + 1` rows
 * after the cursor (time, id) to know whether another page follows.
 */
async function page<Row extends { id: number }, Node>(
  db: Database,
  kind: Kind,
  table: string,
  filtered: () => Knex.QueryBuilder,
  timeColumn: string,
  timeType: 'number' | 'string',
  args: PageArgs,
  toNode: (row: Row) => Node,
): Promise<Page<Node>> {
  const first = pageSize(args.first);
  const after = args.after ? decodeCursor(kind, args.after, timeType) : undefined;
  const [{ count }] = await filtered().count({ count: '*' });
  // A text time (campaign dates) is ordered and compared in byte order, not the database's
  // collation, so pages are cut at the same rows on every database.
  const timeOrder = inByteOrder(db, table, timeColumn);
  const q = filtered().select('*').orderBy([{ column: timeOrder }, { column: 'id' }]).limit(first + 1);
  if (after) {
    q.where((w) => w.where(timeOrder, '>', after[0]).orWhere((x) => x.where(timeColumn, '=', after[0]).andWhere('id', '>', after[1])));
  }
  const rows: Row[] = await q;
  const hasNextPage = rows.length > first;
  const shown = rows.slice(0, first);
  const last = shown.at(-1) as (Row & Record<string, unknown>) | undefined;
  const time = last?.[timeColumn];
  return {
    nodes: shown.map(toNode),
    pageInfo: {
      endCursor: last ? encodeCursor(kind, [timeType === 'number' ? Number(time) : String(time), Number(last.id)]) : null,
      hasNextPage,
    },
    totalCount: Number(count),
  };
}

export interface MembershipFactsArgs extends PageArgs {
  branch?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
  segments?: readonly string[] | null;
  programs?: readonly string[] | null;
}

/** A stored membership_snapshot row, as the database returns it. */
interface MembershipSnapshotRow {
  id: number;
  branch_code: string;
  year: number;
  month: number;
  precision: string;
  segment: string;
  program: string;
  active_participants: number;
  new_participants: number | null;
  lapsed_participants: number | null;
  source: string;
}

export async function membershipFacts(db: Database, args: MembershipFactsArgs) {
  const range = parseRange(args.from, args.to);
  const scope = await resolveScope(db, args);
  const filtered = () => {
    const q = db.read('membership_snapshot');
    whereInScope(q, scope);
    if (range.start !== undefined) q.where('period_index', '>=', range.start);
    if (range.end !== undefined) q.where('period_index', '<=', range.end);
    if (args.segments) q.whereIn('segment', [...args.segments]);
    if (args.programs) q.whereIn('program', [...args.programs]);
    return q;
  };
  return page<MembershipSnapshotRow, unknown>(db, 'membership', 'membership_snapshot', filtered, 'period_index', 'number', args, (r) => ({
    id: String(r.id),
    branch: r.branch_code,
    period: r.precision === 'YEAR' ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`,
    year: Number(r.year),
    month: Number(r.month),
    segment: r.segment,
    program: orNull(r.program),
    activeParticipants: Number(r.active_participants),
    newParticipants: r.new_participants === null ? null : Number(r.new_participants),
    lapsedParticipants: r.lapsed_participants === null ? null : Number(r.lapsed_participants),
    source: r.source,
  }));
}

export interface CampaignFactsArgs extends PageArgs {
  branch?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
  activity?: string | null;
}

/** A stored campaign_activity row. */
interface CampaignActivityRow {
  id: number;
  branch_code: string;
  date: string;
  activity: string;
  channel: string;
  medium: string;
  name: string;
  reach: number;
  leads: number | null;
  registrations: number;
  cost_idr: number;
  segment: string;
  staff_code: string;
  source: string;
}

export async function campaignFacts(db: Database, args: CampaignFactsArgs) {
  const range = parseRange(args.from, args.to);
  const scope = await resolveScope(db, args);
  const filtered = () => {
    const q = db.read('campaign_activity');
    whereInScope(q, scope);
    if (range.start !== undefined) q.where('period_index', '>=', range.start);
    if (range.end !== undefined) q.where('period_index', '<=', range.end);
    if (args.activity) q.where('activity', args.activity);
    return q;
  };
  return page<CampaignActivityRow, unknown>(db, 'campaign', 'campaign_activity', filtered, 'date', 'string', args, (r) => ({
    id: String(r.id),
    branch: r.branch_code,
    date: r.date,
    activity: r.activity,
    channel: r.channel,
    medium: r.medium,
    name: orNull(r.name),
    reach: Number(r.reach),
    leads: r.leads === null ? null : Number(r.leads),
    registrations: Number(r.registrations),
    costIdr: Number(r.cost_idr),
    segment: orNull(r.segment),
    staff: orNull(r.staff_code),
    source: r.source,
  }));
}

export interface TargetFactsArgs extends PageArgs {
  branch?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A stored target row. */
interface StoredTargetRow {
  id: number;
  branch_code: string;
  year: number;
  program: string;
  segment: string;
  metric: string;
  staff_code: string;
  target: number;
  source: string;
}

export async function targetFacts(db: Database, args: TargetFactsArgs) {
  const range = parseRange(args.from, args.to);
  const scope = await resolveScope(db, args);
  const filtered = () => {
    const q = db.read('target');
    whereInScope(q, scope);
    if (range.start !== undefined) q.where('year', '>=', yearOf(range.start));
    if (range.end !== undefined) q.where('year', '<=', yearOf(range.end));
    return q;
  };
  return page<StoredTargetRow, unknown>(db, 'target', 'target', filtered, 'year', 'number', args, (r) => ({
    id: String(r.id),
    branch: r.branch_code,
    year: Number(r.year),
    program: r.program,
    segment: r.segment,
    metric: r.metric,
    staff: orNull(r.staff_code),
    target: Number(r.target),
    source: r.source,
  }));
}
