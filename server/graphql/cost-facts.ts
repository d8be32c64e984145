// The facts about the stored data that the questions' row estimates read (DataFacts: branch
// count, stored month ranges, segments and programs, campaign density). One aggregate per
// table, read once and shared by every request, so estimating costs no database work on the
// hot path: only the very first request waits for them. They are read afresh in the background
// when the data version changes: an import in this process at once, an import by another
// process (the CLI, a second server) once the data version's look at the import history has
// seen it (server/cache/data-version.ts: at most once a second, a single indexed row). An
// estimate meanwhile uses the facts before it, which is what an estimate is for. Reading them
// on a timer instead cost a full scan of the campaign activities (3.6 s of PostgreSQL on the
// national data set) every 10 s whether or not anything had changed.
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
import type { Database } from '../db/orm.ts';
import type { DataFacts } from '../domains/question.ts';

/**
 * A backstop for writes that leave no import history (`npm run seed` by another process, whose
 * server is told to restart anyway): facts older than this are read again.
 */
export const FACTS_MAX_AGE_MS = 10 * 60_000;

interface Cached {
  version: number;
  readAt: number;
  facts: Promise<DataFacts>;
  /** A read under way that will replace `facts`. */
  refreshing?: Promise<void>;
}

const cache = new WeakMap<Database, Cached>();

/**
 * Counts the different facts read, so that whoever keeps what an estimate allowed (the answers
 * served from memory, answer-cache.ts) can tell that the facts behind it are still those. Only a
 * change counts: facts read again the same (a table that cannot be read makes every request
 * read them again) leave it as it is.
 */
let generation = 0;
let lastRead: string | undefined;

export function factsGeneration(): number {
  return generation;
}

function counted(facts: DataFacts): DataFacts {
  const json = JSON.stringify(facts);
  if (json !== lastRead) {
    lastRead = json;
    generation += 1;
  }
  return facts;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function first(query: PromiseLike<unknown>): Promise<Record<string, unknown>> {
  const rows = (await query) as Record<string, unknown>[];
  return rows[0] ?? {};
}

/**
 * The facts, and whether every table answered. A table that cannot be read counts as empty:
 * the questions reading it fail on their own, and the others still get their estimates.
 */
async function readFacts(db: Database): Promise<{ facts: DataFacts; complete: boolean }> {
  const k = db.read;
  const parts = await Promise.allSettled([
    first(k('branch').count({ n: '*' })),
    first(k('region').count({ n: '*' })),
    k('branch').whereNotNull('region_code').groupBy('region_code').select('region_code').count({ n: '*' }).then((rows) => ({ rows })),
    // NULLIF: the rows of persons carry program '', which is no program.
    first(k('membership_snapshot').select(k.raw("count(*) AS n, min(period_index) AS lo, max(period_index) AS hi, count(DISTINCT segment) AS segments, count(DISTINCT NULLIF(program, '')) AS programs"))),
    // From the rollups (their few groups hold the activities' count and span), never a scan of
    // every activity: kept current with them in each import's transaction.
    first(k('campaign_national_rollup').select(k.raw('sum(activities) AS n, min(period_index) AS lo, max(period_index) AS hi'))),
    first(k('campaign_year_rollup').select(k.raw('count(DISTINCT branch_code) AS branches'))),
    first(k('target').select(k.raw('count(*) AS n, min(year) AS lo, max(year) AS hi'))),
    first(k('campaign_rollup').count({ n: '*' })),
    first(k('campaign_year_rollup').count({ n: '*' })),
    first(k('campaign_national_rollup').count({ n: '*' })),
    first(k('campaign_staff_rollup').count({ n: '*' })),
    first(k('campaign_staff_year_rollup').count({ n: '*' })),
    first(k('campaign_national_day_rollup').count({ n: '*' })),
    first(k('campaign_branch_total_rollup').count({ n: '*' })),
    first(k('campaign_branch_day_rollup').count({ n: '*' })),
  ]);
  const [branches, regions, regionCounts, membership, campaigns, campaignBranches, targets, branchGroups, yearGroups, nationalGroups, staffGroups, staffYearGroups, nationalDayGroups, totalGroups, branchDayGroups] = parts.map((p) => (p.status === 'fulfilled' ? p.value : {})) as Record<string, unknown>[];
  return {
    complete: parts.every((p) => p.status === 'fulfilled'),
    facts: {
      branches: num(branches.n),
      regions: num(regions.n),
      regionBranches: Object.fromEntries(((regionCounts.rows ?? []) as { region_code: string; n: unknown }[]).map((r) => [String(r.region_code), num(r.n)])),
      membership: { rows: num(membership.n), firstMonth: orNull(membership.lo), lastMonth: orNull(membership.hi), segments: num(membership.segments), programs: num(membership.programs) },
      campaigns: {
        rows: num(campaigns.n), firstMonth: orNull(campaigns.lo), lastMonth: orNull(campaigns.hi), branches: num(campaignBranches.branches),
        branchGroups: num(branchGroups.n), yearGroups: num(yearGroups.n), nationalGroups: num(nationalGroups.n), staffGroups: num(staffGroups.n), staffYearGroups: num(staffYearGroups.n),
        nationalDayGroups: num(nationalDayGroups.n), totalGroups: num(totalGroups.n), branchDayGroups: num(branchDayGroups.n),
      },
      targets: { rows: num(targets.n), firstYear: orNull(targets.lo), lastYear: orNull(targets.hi) },
    },
  };
}

/** The facts of the stored data (see above: at most FACTS_MAX_AGE_MS or one data version old). */
export function dataFacts(db: Database): Promise<DataFacts> {
  // Not awaited: a change it finds refreshes the facts for the requests after this one, and a
  // failed look proves nothing (the next request looks again).
  syncDataVersion(db).catch(() => undefined);
  const version = dataVersion();
  const cached = cache.get(db);
  if (!cached) {
    const entry: Cached = { version, readAt: Date.now(), facts: readFacts(db).then((r) => keep(db, entry, r)) };
    cache.set(db, entry);
    // A failed first read is not kept: the next request reads again.
    entry.facts.catch(() => cache.get(db) === entry && cache.delete(db));
    return entry.facts;
  }
  if ((cached.version !== version || Date.now() - cached.readAt > FACTS_MAX_AGE_MS) && !cached.refreshing) {
    const startedAt = Date.now();
    cached.refreshing = readFacts(db)
      .then((r) => {
        if (!r.complete) return;
        Object.assign(cached, { version, readAt: startedAt, facts: Promise.resolve(counted(r.facts)) });
      })
      .catch(() => undefined)
      .finally(() => {
        cached.refreshing = undefined;
      });
  }
  return cached.facts;
}

/** The facts read, kept for later requests only when every table answered. */
function keep(db: Database, entry: Cached, read: { facts: DataFacts; complete: boolean }): DataFacts {
  if (!read.complete && cache.get(db) === entry) cache.delete(db);
  return counted(read.facts);
}
