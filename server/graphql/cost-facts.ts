// The facts about the stored data that the questions' row estimates read (DataFacts: branch
// count, stored month ranges, segments and programs, campaign density). One aggregate per
// table, read once per data version (server/cache/data-version.ts) and shared by every request
// meanwhile, so estimating costs no database work on the hot path; an import, here or by the
// CLI, makes the next request read them afresh.
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
import type { Database } from '../db/orm.ts';
import type { DataFacts } from '../domains/question.ts';

interface Cached {
  version: number;
  facts: Promise<DataFacts>;
}

const cache = new WeakMap<Database, Cached>();

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function first(query: PromiseLike<unknown>): Promise<Record<string, unknown>> {
  const rows = (await query) as Record<string, unknown>[];
  return rows[0] ?? {};
}

async function readFacts(db: Database): Promise<DataFacts> {
  const k = db.knex;
  const [branches, membership, campaigns, targets] = await Promise.all([
    first(k('branch').count({ n: '*' })),
    // NULLIF: the rows of persons carry program '', which is no program.
    first(k('membership_snapshot').select(k.raw("count(*) AS n, min(period_index) AS lo, max(period_index) AS hi, count(DISTINCT segment) AS segments, count(DISTINCT NULLIF(program, '')) AS programs"))),
    first(k('campaign_activity').select(k.raw('count(*) AS n, min(period_index) AS lo, max(period_index) AS hi, count(DISTINCT branch_code) AS branches'))),
    first(k('target').select(k.raw('count(*) AS n, min(year) AS lo, max(year) AS hi'))),
  ]);
  return {
    branches: num(branches.n),
    membership: { rows: num(membership.n), firstMonth: orNull(membership.lo), lastMonth: orNull(membership.hi), segments: num(membership.segments), programs: num(membership.programs) },
    campaigns: { rows: num(campaigns.n), firstMonth: orNull(campaigns.lo), lastMonth: orNull(campaigns.hi), branches: num(campaigns.branches) },
    targets: { rows: num(targets.n), firstYear: orNull(targets.lo), lastYear: orNull(targets.hi) },
  };
}

/** The facts of the data as stored now (as of the data version). */
export async function dataFacts(db: Database): Promise<DataFacts> {
  await syncDataVersion(db);
  const version = dataVersion();
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.facts;
  const facts = readFacts(db);
  cache.set(db, { version, facts });
  // A failed read is not kept: the next request reads again.
  facts.catch(() => {
    if (cache.get(db)?.facts === facts) cache.delete(db);
  });
  return facts;
}
