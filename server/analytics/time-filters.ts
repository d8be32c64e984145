// A query's filters on its cube's time, for the planner (run.ts): which dimensions are the time
// itself, whether the filters take whole years or all time (what the year and all-time rollups
// answer), and a range of days as the whole months it holds and the days at its ends.
import type { Cube, CubeQuery, Filter } from './model.ts';
import { type DayPart, splitDays } from './periods.ts';

/**
 * The cube's dimensions that are its time itself (the month index): a rollup of whole years
 * may be filtered by them (whole years only) but never grouped by them, as its rows have no month.
 */
export function timeMembers(cube: Cube): string[] {
  return Object.entries(cube.dimensions).filter(([, d]) => d.sql === cube.time).map(([name]) => name);
}

/** Whether every filter on the cube's time takes whole years: a range from a January to a December (either end open). */
export function wholeYears(cube: Cube, filters: Filter[]): boolean {
  const time = timeMembers(cube);
  return filters.every(
    (f) => !time.includes(f.member) || (f.op === 'between' && (f.from === undefined || f.from % 12 === 0) && (f.to === undefined || f.to % 12 === 11)),
  );
}

/** Whether every filter on the cube's time is open at both ends (all data). */
export function allTime(cube: Cube, filters: Filter[]): boolean {
  const time = timeMembers(cube);
  return filters.every((f) => !time.includes(f.member) || (f.op === 'between' && f.from === undefined && f.to === undefined));
}

/**
 * A query filtered on a range of days of a dated cube (Cube.day) as parts that add up to it: the
 * whole months the range holds, without the day filter (which the month rollups then answer),
 * and the days of the months at its ends. Null when the cube is not dated, the query groups by
 * the day, or its range holds no whole month (periods.ts splitDays).
 */
export function dayParts(cube: Cube, query: CubeQuery): CubeQuery[] | null {
  if (!cube.day || query.dimensions.includes(cube.day)) return null;
  const filters = query.filters ?? [];
  const time = timeMembers(cube);
  const dayFilters = filters.filter((f) => f.member === cube.day);
  const timeFilters = filters.filter((f) => time.includes(f.member));
  if (dayFilters.length !== 1 || timeFilters.length > 1 || time.length === 0) return null;
  const [days, months] = [dayFilters[0], timeFilters[0]];
  if (days.op !== 'between' || (months && months.op !== 'between')) return null;
  const split = splitDays({ start: months?.from, end: months?.to, firstDay: days.from, lastDay: days.to });
  if (!split) return null;
  const others = filters.filter((f) => f !== days && f !== months);
  const member = months?.member ?? time[0];
  const filtersOf = (p: DayPart): Filter[] => [
    ...others,
    { member, op: 'between', from: p.months.start, to: p.months.end },
    ...(p.firstDay !== undefined || p.lastDay !== undefined ? [{ member: cube.day!, op: 'between' as const, from: p.firstDay, to: p.lastDay }] : []),
  ];
  return [split, ...split.ends].map((p) => ({ ...query, filters: filtersOf(p) }));
}
