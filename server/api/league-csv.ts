// GET /api/reviews/league.csv?branch=MADIUN&week=2026-W49&lang=id: the AR/ARK league table of a
// week's assessment (Review.assessment.league), one row per staff member in its order: their
// target split for the year, its realisation and attainment, what its monthly phasing expected
// by the week's Sunday and attainment against that, and their campaign activities and
// registrations in the week and since week 1. In the dialect of `lang` (csv-format.ts); read by
// whoever reads the branch's reviews; it names staff, so no shared cache keeps it.
import type { Express, Request } from 'express';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { principalOf } from '../auth/identify.ts';
import { type StaffStanding, weekAssessment } from '../domains/reviews/assessment/assessment.ts';
import { weekArgument } from '../domains/reviews/input.ts';
import { demandReviewReader } from '../domains/reviews/reader-access.ts';
import { BadInputError } from '../errors.ts';
import { isLocale, type Locale } from '../../common/i18n/format.ts';
import { leagueCsv } from '../../common/i18n/league-csv.ts';
import type { CsvCell } from '../csv/records.ts';
import { queryParam } from './query-param.ts';
import { CSV_CONTENT_TYPE, CSV_DEFAULT_LANG, spreadsheetCell, writeCsv } from './csv-format.ts';

export const LEAGUE_CSV_PATH = '/api/reviews/league.csv';

/** The file's rows, header first, in the league's order. Figures as the API gives them, or as Excel reads them in Indonesian. */
export function leagueRows(week: string, league: readonly StaffStanding[], source: string | null, lang: Locale): CsvCell[][] {
  const { headers: h, onTrack } = leagueCsv[lang];
  const cell = (value: number | string | null, digits: number | null = 0): CsvCell =>
    // A number stays a number (a text cell starting with '-' would be neutralised as a formula).
    lang === 'id' ? spreadsheetCell(value, digits) : value === null ? '' : value;
  return [
    [h.week, h.rank, h.staff, h.name, h.target, h.realised, h.attainmentPct, h.expectedToDate, h.attainmentToDatePct, h.gapToDate, h.onTrack, h.weekActivities, h.weekRegistrations, h.yearActivities, h.yearRegistrations, h.source],
    ...league.map((s, i) => [
      week, cell(i + 1), s.staff, s.name ?? '',
      cell(s.attainment?.target ?? null), cell(s.attainment?.realised ?? null),
      cell(s.attainment && s.attainment.status !== 'NO_DATA' ? s.attainment.attainmentPct : null, 2),
      cell(s.expectedToDate), cell(s.attainmentToDatePct, 2), cell(s.gapToDate), s.onTrack === null ? '' : s.onTrack ? onTrack.yes : onTrack.no,
      cell(s.week.activities), cell(s.week.registrations), cell(s.yearToDate.activities), cell(s.yearToDate.registrations),
      s.attainment?.source ?? source ?? '',
    ]),
  ];
}

/** One query parameter of this download (query-param.ts). */
const param = (req: Request, name: string, required: boolean) => queryParam(req, name, { required, usage: `${LEAGUE_CSV_PATH}?branch=MADIUN&week=2026-W49&lang=id` });

export function registerLeagueCsvRoute(app: Express, deps: { db: Database; config: Config }): void {
  app.get(LEAGUE_CSV_PATH, async (req, res) => {
    const langText = param(req, 'lang', false)?.toLowerCase() ?? CSV_DEFAULT_LANG.api;
    if (!isLocale(langText)) throw new BadInputError('lang', `"${langText}" is not a language: id or en`);
    const branch = await demandReviewReader(deps.db, principalOf(req), deps.config.authRead, param(req, 'branch', true)!);
    const week = weekArgument('week', param(req, 'week', true)!);
    const assessment = await weekAssessment(deps.db, branch.code, week);
    res.set({
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="pantau-league-${branch.code}-${week.key}-${langText}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(writeCsv(leagueRows(week.key, assessment.league, assessment.source, langText), langText));
  });
}
