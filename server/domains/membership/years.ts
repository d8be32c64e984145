// membershipYears: the years with membership data in a scope (the dashboard's year list).
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { resolveScope, scopeFilters } from '../branches/scope.ts';
import { membershipCube } from './cube.ts';

export async function membershipYears(db: Database, args: { branch?: string | null; region?: string | null }): Promise<number[]> {
  // The latest month needs no stock: the yearly rollup answers it in any grouping.
  const rows = await runQuery(db, membershipCube, { dimensions: ['YEAR'], measures: ['asOfIndex'], filters: scopeFilters(await resolveScope(db, args)), namedFilters: ['persons'] });
  return rows.map((r) => Number(r.YEAR)).sort((a, b) => a - b);
}
