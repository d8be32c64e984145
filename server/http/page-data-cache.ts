// The data that index.html carries (each branch's latest year, the first view's answers) is the
// same for every page load of one URL until the data change: it is computed once and shared,
// instead of one max() per branch and seven GraphQL executions on every load. Entries are keyed
// by the data version (server/cache/data-version.ts: an import in this process at once, one by
// another process within the version's one-second look at the import history), live at most
// PAGE_DATA_TTL_MS (the stale-data notice measures the data against today's month), and are
// bounded in number (the query string is the caller's). Concurrent loads of a URL share one
// computation. A page whose answers missed their time budget is not kept: the next load tries again.
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
import type { Database } from '../db/orm.ts';
import type { FirstViewAnswer } from './first-view.ts';

export interface PageData {
  latestYear: Record<string, number>;
  answers: FirstViewAnswer[];
}

export const PAGE_DATA_TTL_MS = 10_000;
export const PAGE_DATA_ENTRIES = 200;

export type PageDataSource = (withAnswers: boolean, search: string) => Promise<PageData>;

export function pageDataCache(db: Database, compute: PageDataSource): PageDataSource {
  const entries = new Map<string, { at: number; value: Promise<PageData> }>();
  return async (withAnswers, search) => {
    // A failed look proves nothing: the version as it stands, and the computation tells.
    await syncDataVersion(db).catch(() => undefined);
    const key = `${dataVersion()}|${withAnswers ? 'answers' : 'boot'}|${search}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < PAGE_DATA_TTL_MS) return hit.value;
    entries.delete(key);
    const value = compute(withAnswers, search);
    entries.set(key, { at: now, value });
    while (entries.size > PAGE_DATA_ENTRIES) entries.delete(entries.keys().next().value as string);
    const forget = () => entries.get(key)?.value === value && entries.delete(key);
    value.then((page) => withAnswers && page.answers.length === 0 && forget(), forget);
    return value;
  };
}
