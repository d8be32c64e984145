// The ranked offices' table as the URL carries it, so that a shared link or a reload shows the
// same table: `rank=registrations:asc` (column and direction), `rankSearch=` (the search text),
// `rankLevel=branch` (every branch of the nation instead of its offices) and `rankStudy=1` (the
// study branch's quick filter). Defaults are left out of the URL; a value the table cannot
// show (an unknown column, a direction other than asc/desc, a level other than region/branch)
// reads as the default. Pure, so the round trip is tested without a browser.
import { DEFAULT_RANKING_SORT, FIRST_DIRECTION, RANKING_COLUMNS, type RankingLevel, type RankingSort } from '../../../common/dashboard/ranking.ts';

/** The URL parameters this table owns (the dashboard's URL state carries them along, client/app/use-url-state.ts). */
export const RANKING_PARAMS = ['rank', 'rankSearch', 'rankLevel', 'rankStudy'] as const;

/** Longer search texts are cut: no office's name or code is this long. */
export const MAX_SEARCH = 80;

export interface RankingView {
  sort: RankingSort;
  search: string;
  /** At the national scope: offices or every branch (inside an office the rows are its branches anyway). */
  level: RankingLevel;
  studyOnly: boolean;
}

export const DEFAULT_RANKING_VIEW: RankingView = { sort: DEFAULT_RANKING_SORT, search: '', level: 'REGION', studyOnly: false };

function sortOf(value: string | null): RankingSort {
  const match = /^([A-Za-z]+)(?::(asc|desc))?$/i.exec(value?.trim() ?? '');
  const column = RANKING_COLUMNS.find((c) => c.toLowerCase() === match?.[1].toLowerCase());
  if (!match || !column) return DEFAULT_RANKING_SORT;
  // Without a direction, the one the column starts with when chosen (the best first).
  const direction = match[2]?.toLowerCase();
  return { column, descending: direction ? direction === 'desc' : FIRST_DIRECTION[column] };
}

/** Reads the table's view from a query string (with or without "?"); anything malformed is the default. */
export function parseRankingView(search: string): RankingView {
  const p = new URLSearchParams(search);
  return {
    sort: sortOf(p.get('rank')),
    // Kept as typed (a trailing space is part of what is being typed), only cut to length.
    search: (p.get('rankSearch') ?? '').slice(0, MAX_SEARCH),
    level: p.get('rankLevel')?.trim().toLowerCase() === 'branch' ? 'BRANCH' : 'REGION',
    studyOnly: p.get('rankStudy') === '1',
  };
}

const sameSort = (a: RankingSort, b: RankingSort) => a.column === b.column && a.descending === b.descending;

/** The table's parameters of a view, defaults left out, in a fixed order. */
export function rankingParams(view: RankingView): [string, string][] {
  const out: [string, string][] = [];
  if (!sameSort(view.sort, DEFAULT_RANKING_SORT)) out.push(['rank', `${view.sort.column}:${view.sort.descending ? 'desc' : 'asc'}`]);
  if (view.search) out.push(['rankSearch', view.search.slice(0, MAX_SEARCH)]);
  if (view.level !== DEFAULT_RANKING_VIEW.level) out.push(['rankLevel', view.level.toLowerCase()]);
  if (view.studyOnly) out.push(['rankStudy', '1']);
  return out;
}

/** A query string with the table's parameters replaced by the view's; every other parameter stays as it was. */
export function withRankingView(search: string, view: RankingView): string {
  const p = new URLSearchParams(search);
  for (const name of RANKING_PARAMS) p.delete(name);
  for (const [name, value] of rankingParams(view)) p.set(name, value);
  // Commas and colons are safe in a query string: kept readable, as the dashboard's own state is.
  const text = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/** Only the table's parameters of a query string, as they stand (for carrying them over to a new address). */
export function rankingParamsOf(search: string): [string, string][] {
  const p = new URLSearchParams(search);
  return RANKING_PARAMS.flatMap((name) => (p.has(name) ? [[name, p.get(name)!] as [string, string]] : []));
}
