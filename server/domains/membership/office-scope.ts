// A regional office can be asked for in two ways that select the same rows: as the office (the
// cube's `region`, which the month rollup is keyed by) or as its branches (which the months'
// index reads one range each, where the office would cost a lookup of every row's branch). A
// query takes the office where a rollup answers it that way, else the branches, so that the
// planner's choice decides and both ways stay exact.
import type { Cube, CubeQuery, Filter } from '../../analytics/model.ts';
import { planQuery } from '../../analytics/run.ts';
import { type BranchScope, scopeFilters } from '../branches/scope.ts';

/** The query with the scope's filters after its own, naming an office as such where a rollup can answer it so. */
export function withScope(cube: Cube, query: CubeQuery, scope: BranchScope): CubeQuery {
  const asBranches = { ...query, filters: [...(query.filters ?? []), ...scopeFilters(scope)] };
  if (!scope.region || scope.branch) return asBranches;
  const office: Filter = { member: 'region', op: 'equals', value: scope.region };
  const asOffice = { ...query, filters: [...(query.filters ?? []), office] };
  return planQuery(cube, asOffice).table === cube.table ? asBranches : asOffice;
}
