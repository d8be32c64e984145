// The printable report (GET /report) of the view a share menu belongs to: its scope (a branch,
// a regional office, or neither for the nation) and its year, so that a report opened from a
// regional view is the office's. The panel's arguments name the year (targets) or end in a
// period (`to`); without either the server takes the scope's latest year with data.
import type { Locale } from '../../../common/i18n/format.ts';
import { queryString, type ShareParams } from './share-links.ts';

/** The year of the view: its `year`, else the year its period ends in; null for "the latest". */
export function reportYear(params: ShareParams): number | null {
  if (typeof params.year === 'number' && Number.isInteger(params.year)) return params.year;
  const to = typeof params.to === 'string' ? /^(\d{4})/.exec(params.to) : null;
  return to ? Number(to[1]) : null;
}

/**
 * `/report?region=JATIM&year=2024&lang=id`: one scope parameter, named as the dashboard's URL
 * names it (a view asking for neither branch nor region is the nation's: `scope=national`).
 */
export function reportHref(params: ShareParams, locale: Locale): string {
  const code = (value: ShareParams[string]) => (typeof value === 'string' && value ? value : undefined);
  const branch = code(params.branch);
  const region = branch ? undefined : code(params.region);
  const scope = branch || region ? undefined : 'national';
  const year = reportYear(params);
  return `/report${queryString({ branch, region, scope, year: year === null ? undefined : String(year), lang: locale })}`;
}
