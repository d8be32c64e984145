// Which branches a question covers: one branch, the branches of a regional office, or all of
// them. Every analytic question takes `branch` or `region` (not both) and turns them into
// filters here, so a region is the same set of branches in every answer.
import type { Knex } from 'knex';
import type { Filter } from '../../analytics/model.ts';
import { inByteOrder } from '../../analytics/byte-order.ts';
import type { Database } from '../../db/orm.ts';
import { BadInputError } from '../../errors.ts';
import { resolveBranch } from './query.ts';

export interface BranchScope {
  /** The branch asked for (upper case). */
  branch?: string;
  /** The regional office asked for (upper case). */
  region?: string;
  /** The branches covered; undefined: every branch. */
  codes?: string[];
}

/** Normalises a region argument and checks it exists; undefined means "no region". */
export async function resolveRegion(db: Database, code: string | null | undefined): Promise<string | undefined> {
  if (code === undefined || code === null) return undefined;
  const normalised = code.trim().toUpperCase();
  if (!normalised) throw new BadInputError('region', 'is empty; give a regional office code such as JATIM or omit it');
  const found = await db.read('region').where('code', normalised).first('code');
  if (!found) throw new BadInputError('region', `unknown regional office code "${code}" (see the regions query)`);
  return normalised;
}

export async function resolveScope(db: Database, args: { branch?: string | null; region?: string | null }): Promise<BranchScope> {
  if (args.branch != null && args.region != null) {
    throw new BadInputError('region', 'give branch or region, not both (a branch already belongs to one regional office)');
  }
  const branch = await resolveBranch(db, args.branch);
  if (branch) return { branch, codes: [branch] };
  const region = await resolveRegion(db, args.region);
  if (!region) return {};
  const rows = (await db.read('branch').where('region_code', region).orderBy(inByteOrder(db, 'branch', 'code')).select('code')) as { code: string }[];
  return { region, codes: rows.map((r) => String(r.code)) };
}

/** The scope as cube filters on a branch dimension (none for every branch). */
export function scopeFilters(scope: BranchScope, member = 'branch'): Filter[] {
  if (!scope.codes) return [];
  return scope.codes.length === 1 ? [{ member, op: 'equals', value: scope.codes[0] }] : [{ member, op: 'in', values: scope.codes }];
}

/** The scope on a plain query of a table with a branch column. */
export function whereInScope(query: Knex.QueryBuilder, scope: BranchScope, column = 'branch_code'): Knex.QueryBuilder {
  if (!scope.codes) return query;
  // knex writes an empty list as a condition that is never true: a region without branches covers nothing.
  return scope.codes.length === 1 ? query.where(column, scope.codes[0]) : query.whereIn(column, scope.codes);
}
