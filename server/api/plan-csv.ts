// GET /api/plan/realisation.csv?branch=MADIUN&from=2026-W49&to=2026-W49&groupBy=WEEK&lang=id:
// plan against realisation, as the planning page shows it (planRealisation), one row per ISO
// week, month or staff member, in the dialect of `lang` (csv-format.ts: `id` for Indonesian
// Excel, `en` the machine format, the default of every /api download). Read by whoever reads
// the branch's plan (the same check as planRealisation, readPlan: never anonymously); the file
// names staff, so no shared cache keeps it.
import type { Express, Request } from 'express';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { principalOf } from '../auth/identify.ts';
import { demand } from '../auth/permissions.ts';
import { branchReference } from '../domains/branches/query.ts';
import { planRealisation, type PlanGroupBy, type PlanRealisationRow } from '../domains/planning/activities/comparison.ts';
import { dayBounds } from '../domains/planning/activities/range.ts';
import { staffNames } from '../domains/staff.ts';
import { BadInputError } from '../errors.ts';
import { readIsoWeek } from '../../common/time/iso-week.ts';
import { isLocale, type Locale } from '../../common/i18n/format.ts';
import { planningCsv } from '../../common/i18n/planning-csv.ts';
import type { CsvCell } from '../csv/records.ts';
import { queryParam } from './query-param.ts';
import { CSV_CONTENT_TYPE, CSV_DEFAULT_LANG, spreadsheetCell, writeCsv } from './csv-format.ts';

export const PLAN_CSV_PATH = '/api/plan/realisation.csv';
const GROUPS: readonly PlanGroupBy[] = ['WEEK', 'MONTH', 'STAFF'];

/** The group's own cells: a week with its Monday and Sunday, a month, a staff member with their name. */
function groupCells(key: string, groupBy: PlanGroupBy, lang: Locale, names: Map<string, string>): string[] {
  if (groupBy === 'MONTH') return [key];
  if (groupBy === 'STAFF') return key === '(none)' ? ['', planningCsv[lang].noStaff] : [key, names.get(key) ?? ''];
  const week = readIsoWeek(key);
  return week.ok ? [key, week.week.first, week.week.last] : [key, '', ''];
}

/** The file's rows, header first. Numbers as the dialect writes them: Indonesian Excel's comma, or as the API answers. */
export function planRealisationRows(rows: readonly PlanRealisationRow[], groupBy: PlanGroupBy, lang: Locale, names: Map<string, string>): CsvCell[][] {
  const t = planningCsv[lang];
  const h = t.headers;
  const num = (value: number | null, digits: number): CsvCell => (lang === 'id' ? spreadsheetCell(value, digits) : value);
  return [
    [...t.groups[groupBy], h.planned, h.done, h.cancelled, h.open, h.donePct, h.socialisations, h.registrations],
    ...rows.map((r) => [
      ...groupCells(r.key, groupBy, lang, names),
      num(r.planned, 0), num(r.done, 0), num(r.cancelled, 0), num(r.open, 0), num(r.donePct, 2), num(r.socialisations, 0), num(r.registrations, 0),
    ]),
  ];
}

/** One query parameter of this download (query-param.ts). */
const param = (req: Request, name: string, required: boolean) => queryParam(req, name, { required, usage: `${PLAN_CSV_PATH}?branch=MADIUN&from=2026-W49&to=2026-W49&groupBy=WEEK&lang=id` });

export function registerPlanCsvRoute(app: Express, deps: { db: Database; config: Config }): void {
  app.get(PLAN_CSV_PATH, async (req, res) => {
    const langText = param(req, 'lang', false)?.toLowerCase() ?? CSV_DEFAULT_LANG.api;
    if (!isLocale(langText)) throw new BadInputError('lang', `"${langText}" is not a language: id or en`);
    const groupBy = (param(req, 'groupBy', false)?.toUpperCase() ?? 'WEEK') as PlanGroupBy;
    if (!GROUPS.includes(groupBy)) throw new BadInputError('groupBy', `"${groupBy}" is none of ${GROUPS.join(', ')}`);
    const branch = await branchReference(deps.db, param(req, 'branch', true)!);
    demand(principalOf(req), { do: 'readPlan', branch }, deps.config.authRead);
    const from = param(req, 'from', false);
    const to = param(req, 'to', false);
    const rows = await planRealisation(deps.db, { branch: branch.code, from, to, groupBy }, dayBounds(from, to));
    const body = writeCsv(planRealisationRows(rows, groupBy, langText, await staffNames(deps.db, { branch: branch.code })), langText);
    const range = [from, to].filter(Boolean).join('_') || 'all';
    res.set({
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="pantau-plan-${branch.code}-${range}-${groupBy.toLowerCase()}-${langText}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(body);
  });
}
