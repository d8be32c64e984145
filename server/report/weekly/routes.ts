// GET /report/week?branch=MADIUN&week=2026-W05&lang=en: one week's report as a print page, and
// /report/week.pdf (same parameters) as a PDF. Read by whoever reads the branch's weekly
// reviews (the reviews query's check: an account covering the branch that may see staff,
// never anonymously); `week` defaults to the last complete week, `branch` to the account's own.
import crypto from 'node:crypto';
import type { Express, Request } from 'express';
import type { Locale } from '../../../common/i18n/format.ts';
import type { IsoWeek } from '../../../common/time/iso-week.ts';
import { principalOf } from '../../auth/identify.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/orm.ts';
import { demandReviewReader } from '../../domains/reviews/reader-access.ts';
import { weekArgument } from '../../domains/reviews/input.ts';
import { BadInputError } from '../../errors.ts';
import { LANG_PARAM, parseParams, searchParamsOf, toQueryString } from '../../http/params.ts';
import { FRAME_SELF } from '../../http/security-headers.ts';
import { lastCompleteWeek, weeklyReportData } from './data.ts';
import { weeklyHtml } from './html.ts';
import { weeklyPdf } from './pdf.ts';
import { inReportTurn } from './render-turns.ts';
import { weeklyTexts } from './texts.ts';

export const WEEKLY_REPORT_PATH = '/report/week';

async function weeklyRequest(req: Request, deps: { db: Database; config: Config }): Promise<{ branch: string; week: IsoWeek; locale: Locale }> {
  const parsed = parseParams(searchParamsOf(req.originalUrl), null, {
    branch: { kind: 'string', maxLength: 40 },
    week: { kind: 'string', maxLength: 20 },
    ...LANG_PARAM,
  });
  const principal = principalOf(req);
  const asked = (parsed.extras.branch as string | undefined) ?? (principal.kind === 'account' ? principal.account.branch : undefined) ?? undefined;
  if (!asked) throw new BadInputError('branch', `is missing: ${WEEKLY_REPORT_PATH}?branch=MADIUN&week=2026-W05`);
  const branch = await demandReviewReader(deps.db, principal, deps.config.authRead, asked);
  const week = parsed.extras.week ? weekArgument('week', parsed.extras.week as string) : lastCompleteWeek();
  return { branch: branch.code, week, locale: parsed.extras.lang as Locale };
}

export function registerWeeklyReportRoutes(app: Express, deps: { db: Database; config: Config }): void {
  app.get(WEEKLY_REPORT_PATH, async (req, res) => {
    const { branch, week, locale } = await weeklyRequest(req, deps);
    const data = await inReportTurn(res, () => weeklyReportData(deps.db, branch, week, locale));
    if (!data) return;
    const nonce = crypto.randomBytes(16).toString('base64');
    const pdfHref = `${WEEKLY_REPORT_PATH}.pdf${toQueryString({ branch, week: week.key, lang: locale })}`;
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; ${FRAME_SELF}`,
      // It names staff members: no shared cache keeps it.
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(weeklyHtml(data, { nonce, pdfHref }));
  });

  app.get(`${WEEKLY_REPORT_PATH}.pdf`, async (req, res) => {
    const { branch, week, locale } = await weeklyRequest(req, deps);
    const pdf = await inReportTurn(res, async () => weeklyPdf(await weeklyReportData(deps.db, branch, week, locale)));
    if (!pdf) return;
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${weeklyTexts[locale].mail.fileName(branch, week.key)}"`,
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(pdf);
  });
}
