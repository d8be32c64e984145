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

/**
 * The facts, and whether every table answered. A table that cannot be read counts as empty:
 * the questions reading it fail on their own, and the others still get their estimates.
 */
async function readFacts(db: Database): Promise<{ facts: DataFacts; complete: boolean }> {
  const k = db.read;
  const parts = await Promise.allSettled([
    first(k('branch').count({ n: '*' })),
    // NULLIF: the rows of persons carry program '', which is no program.
    first(k('membership_snapshot').select(k.raw("count(*) AS n, min(period_index) AS lo, max(period_index) AS hi, count(DISTINCT segment) AS segments, count(DISTINCT NULLIF(program, '')) AS programs"))),
    first(k('campaign_activity').select(k.raw('count(*) AS n, min(period_index) AS lo, max(period_index) AS hi, count(DISTINCT branch_code) AS branches'))),
    first(k('target').select(k.raw('count(*) AS n, min(year) AS lo, max(year) AS hi'))),
  ]);
  const [branches, membership, campaigns, targets] = parts.map((p) => (p.status === 'fulfilled' ? p.value : {}));
  return {
    complete: parts.every((p) => p.status === 'fulfilled'),
    facts: {
      branches: num(branches.n),
      membership: { rows: num(membership.n), firstMonth: orNull(membership.lo), lastMonth: orNull(membership.hi), segments: num(membership.segments), programs: num(membership.programs) },
      campaigns: { rows: num(campaigns.n), firstMonth: orNull(campaigns.lo), lastMonth: orNull(campaigns.hi), branches: num(campaigns.branches) },
      targets: { rows: num(targets.n), firstYear: orNull(targets.lo), lastYear: orNull(targets.hi) },
    },
  };
}

/** The facts of the data as stored now (as of the data version). */
export async function dataFacts(db: Database): Promise<DataFacts> {
  await syncDataVersion(db);
  const version = dataVersion();
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.facts;
  const read = readFacts(db);
  const facts = read.then((r) => r.facts);
  cache.set(db, { version, facts });
  // Facts with a table missing are not kept: the next request reads again.
  void read.then(
    (r) => {
      if (!r.complete && cache.get(db)?.facts === facts) cache.delete(db);
    },
    () => {
      if (cache.get(db)?.facts === facts) cache.delete(db);
    },
  );
  return facts;
}
