// GET /report?branch=MADIUN&year=2020&lang=id: a print-ready A4 report of one branch, one
// regional office (`region=JATIM`) or all branches (`scope=national`, or no scope), and one year: the period's key figures,
// then the charts whose question has a report section (server/domains/questions.ts: args,
// options, note, printed columns), each with a short table.
// The charts are the dashboard's chart code rendered inline (same pipeline as /charts/*.svg).
import crypto from 'node:crypto';
import type { Express } from 'express';
import { CHARTS } from '../../common/charts/registry.ts';
import type { ChartTable } from '../../common/charts/types.ts';
import { formatDate, formatInteger, formatPercent, formatPeriod, formatRupiah, formatSigned, type Locale } from '../../common/i18n/format.ts';
import { messages } from '../../common/i18n/messages.ts';
import { report as REPORT_TEXTS, type ReportTexts } from '../../common/i18n/report.ts';
import { captionText, prepareChart, type PreparedChart, preparedTable, svgMarkup } from '../charts/render.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { campaignReach } from '../domains/campaigns/query.ts';
import { membershipTrend, type MembershipSeries } from '../domains/membership/query.ts';
import { targetAttainment } from '../domains/targets/query.ts';
import { dataFreshness, type DataFreshness } from '../domains/freshness/query.ts';
import { staleBranchNames } from '../domains/freshness/names.ts';
import { latestMonthCoverage, type PeriodCoverage } from '../../common/coverage/period-coverage.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../../common/i18n/period-coverage.ts';
import { latestCoverageText } from '../../common/coverage/latest-coverage-text.ts';
import type { ReportSection } from '../domains/question.ts';
import { CHART_QUESTIONS } from '../domains/questions.ts';
import { escapeHtml } from '../embed/page.ts';
import { reportTableHtml } from './report-table.ts';
import { LANG_PARAM, parseParams, searchParamsOf, toQueryString } from '../http/params.ts';
import { FAVICON_LINK } from '../http/favicon.ts';
import { signToken } from '../http/signing.ts';
import { principalOf } from '../auth/identify.ts';
import { decide } from '../auth/permissions.ts';
import { type ReportScope, reportScope, scopeArgs } from './report-scope.ts';
import { FRAME_SELF } from '../http/security-headers.ts';

const SHORT_ROWS = 8;

/**
 * Reach is printed in its units: attendees and impressions, each in a column of its own (the
 * chart tables have both), never one `reach` column of socialisation attendees and promotion
 * impressions with a unit column beside it (tryout F14). A printed key keeps the name that a
 * table of branches or offices has beside the code (common/charts/office-names.ts).
 */
const PRINTED_AS: Readonly<Record<string, readonly string[]>> = { reach: ['attendees', 'impressions'], reach_unit: [], key: ['name', 'key'] };

/** Whether a printed table keeps a column; a name also matches its count column with a unit suffix (`realised_enrolments`). */
const printed = (names: readonly string[] | undefined, key: string) =>
  !names || names.flatMap((n) => PRINTED_AS[n] ?? [n]).some((n) => key === n || key === `${n}_enrolments` || key === `${n}_persons`);

/** A short version of a chart's table: at most a few rows, without columns that are empty throughout. */
export function shortTable(table: ChartTable, maxRows = SHORT_ROWS, column: (key: string) => boolean = () => true): { table: ChartTable; more: number } {
  const rows = table.rows.slice(0, maxRows);
  const keep = table.columns.map((c, i) => column(c.key) && rows.some((r) => r[i] !== '–' && r[i] !== ''));
  const pick = <T,>(list: T[]) => list.filter((_, i) => keep[i]);
  return {
    table: { columns: pick(table.columns), rows: rows.map(pick), values: table.values.slice(0, maxRows).map(pick) },
    more: Math.max(0, table.rows.length - maxRows),
  };
}

interface KeyFigure {
  label: string;
  value: string;
  note: string;
}

async function defaultYear(db: Database, scope: ReportScope): Promise<number> {
  const series = await membershipTrend(db, scopeArgs(scope));
  const last = series.flatMap((s) => s.points.map((p) => p.period)).sort().at(-1);
  return last ? Number(last.slice(0, 4)) : new Date().getFullYear();
}

function membershipFigures(series: MembershipSeries[], year: number, locale: Locale, coverage: PeriodCoverage | null): KeyFigure[] {
  const L = REPORT_TEXTS[locale];
  const at = (y: number) => series.map((s) => s.points.find((p) => p.period === String(y))).filter((p) => p !== undefined);
  const end = at(year);
  if (!end.length) return [{ label: L.activeAtEnd(year), value: '–', note: '' }];
  const total = end.reduce((a, p) => a + p.activeParticipants, 0);
  // A year whose data stop before December is named by its latest month, not "end of year";
  // by its latest complete month when the latest is one only some branches reported (the
  // headline rule, common/coverage/period-coverage.ts), the later month named in the note.
  const latest = end.map((p) => p.asOf).sort().at(-1)!;
  const partial = coverage?.incomplete.find((p) => p.period === latest);
  const asOf = partial && coverage?.headline && coverage.headline.startsWith(String(year)) ? coverage.headline : latest;
  const label = asOf.endsWith('-12') ? L.activeAtEnd(year) : L.activeAsOf(formatPeriod(asOf, locale));
  const C = COVERAGE_TEXTS[locale];
  const later = !partial ? '' : `${coverage!.incomplete.map((p) => C.incompletePeriod(formatPeriod(p.period, locale), formatInteger(p.reportingBranches, locale), formatInteger(p.of, locale))).join(', ')} · `;
  const bySegment = series
    .map((s) => {
      const p = s.points.find((q) => q.period === String(year));
      return p ? `${s.segment} ${formatInteger(p.activeParticipants, locale)} (${formatSigned(p.change, locale)})` : null;
    })
    .filter(Boolean)
    .join(' · ');
  // Each segment's change is against the year before (null across a gap or a change in the
  // branches reporting), so the total has a change only when every segment has one.
  const change = end.every((p) => p.change !== null) ? end.reduce((a, p) => a + p.change!, 0) : null;
  const previous = change === null ? 0 : total - change;
  const pct = change !== null && previous ? (change / previous) * 100 : null;
  return [
    {
      label,
      value: formatInteger(total, locale),
      note: later + (change === null ? bySegment : `${formatSigned(change, locale)} (${formatPercent(pct, locale)}) ${L.change(year - 1)} · ${bySegment}`),
    },
  ];
}

export function registerReportRoutes(app: Express, deps: { db: Database; config: Config }): void {
  app.get('/report', async (req, res) => {
    const parsed = parseParams(searchParamsOf(req.originalUrl), null, {
      branch: { kind: 'string', maxLength: 40 },
      region: { kind: 'string', maxLength: 40 },
      // The dashboard's `scope=national` (checked in report-scope.ts, in the report's language).
      scope: { kind: 'string', maxLength: 40 },
      year: { kind: 'int', min: 1900, max: 2200 },
      ...LANG_PARAM,
    });
    const locale = parsed.extras.lang as Locale;
    const L = REPORT_TEXTS[locale];
    const principal = principalOf(req);
    // The branch or office as the caller may read it (an account's own by default).
    const scope = await reportScope(deps, principal, { branch: parsed.extras.branch as string | undefined, region: parsed.extras.region as string | undefined, scope: parsed.extras.scope as string | undefined }, L);
    const { branch } = scope;
    const inScope = scopeArgs(scope);
    const year = (parsed.extras.year as number | undefined) ?? (await defaultYear(deps.db, scope));
    const y = String(year);

    // A section's arguments are its question's for the branch (or all), plus the office when
    // the report is one office's: the same questions, asked with `region`.
    const charts = CHART_QUESTIONS.flatMap(({ chart: { name, report } }) =>
      report ? [{ chart: name, report, args: { ...(report.args(branch, year) as Record<string, unknown>), ...(scope.region ? { region: scope.region } : {}) } }] : [],
    );
    const prepared = await Promise.all(charts.map((c) => prepareChart(deps.db, c.chart, c.args, locale)));

    // Key figures, from the same query functions; membership's from the trend the report shows.
    const shown = prepared.find((p) => p.chart === 'membership-trend')?.data as MembershipSeries[] | undefined;
    const membership = shown ?? (await membershipTrend(deps.db, { ...inScope, from: String(year - 4), to: y }));
    const [campaignYear] = await campaignReach(deps.db, { ...inScope, from: y, to: y, groupBy: 'YEAR' });
    const attainment = await targetAttainment(deps.db, { ...inScope, year, groupBy: 'PROGRAM' });
    const freshness = await dataFreshness(deps.db, inScope);
    // One branch covers its own months: only an office or the nation has a month of a few branches.
    const coverage = inScope.branch ? null : latestMonthCoverage(freshness.latestMonths);
    const figures: KeyFigure[] = [...membershipFigures(membership, year, locale, coverage)];
    figures.push({
      label: L.reach,
      value: campaignYear ? L.reachSplit(formatInteger(campaignYear.attendees, locale), formatInteger(campaignYear.impressions, locale)) : '–',
      note: L.reachNote,
    });
    figures.push({
      label: L.registrations,
      value: campaignYear ? formatInteger(campaignYear.registrations, locale) : '–',
      note: campaignYear ? L.activities(formatInteger(campaignYear.activities, locale)) : '',
    });
    figures.push({
      label: L.costPerRegistration,
      value: formatRupiah(campaignYear?.costPerRegistration ?? null, locale),
      note: campaignYear ? L.cost(formatRupiah(campaignYear.costIdr, locale)) : '',
    });
    // Targets with no data yet are left out of the weighted figure (their 0 % means nothing);
    // a program with data for only some of its targets counts with those (targetWithData).
    const reported = attainment.filter((r) => r.status !== 'NO_DATA');
    const target = reported.reduce((a, r) => a + r.targetWithData, 0);
    const realised = reported.reduce((a, r) => a + r.realised, 0);
    const partial = reported.filter((r) => r.status === 'PARTIAL_DATA').length;
    figures.push({
      label: L.attainment,
      value: target ? formatPercent((realised / target) * 100, locale, 1) : attainment.length ? L.attainmentNoData : '–',
      note: attainment.length
        ? L.attainmentNote(reported.filter((r) => r.attainmentPct >= 100).length, reported.length, attainment.length - reported.length, partial)
        : L.noTargets,
    });

    const { name } = scope;
    const warning = staleWarning(freshness, coverage, locale, await staleBranchNames(deps.db, freshness.staleBranches, locale));
    const sourceMeta = {
      asOf: prepared.map((p) => p.meta.asOf).filter((a): a is string => !!a).sort().at(-1) ?? null,
      source: null,
    };
    // Signed links only for a caller who may share this branch's charts (an office's charts,
    // like all branches', carry no branch: as POST /embed/sign decides for them): the report of
    // an anonymous reader links the plain URLs, which work as far as that reader may read.
    const secret = deps.config.embedSecret && decide(principal, { do: 'sign', branch: branch ?? null }, deps.config.authRead).ok ? deps.config.embedSecret : undefined;
    const links = (c: (typeof charts)[number]) => {
      const params: Record<string, string> = { lang: locale };
      for (const [k, v] of Object.entries({ ...c.args, ...(c.report.options ?? {}) })) if (v !== undefined) params[k] = String(v);
      const token = secret ? signToken(secret, `chart:${c.chart}`, params, 7 * 24 * 3600).token : undefined;
      const q = toQueryString({ ...params, token });
      return (['svg', 'png', 'csv'] as const).map((ext) => `<a href="/charts/${c.chart}.${ext}${escapeHtml(q)}">${ext.toUpperCase()}</a>`).join(' ');
    };
    const nonce = crypto.randomBytes(16).toString('base64');
    const sections = charts
      .map((c, i) => section(prepared[i], c.report, i, links(c), L))
      .join('\n');
    // Synthetic figures are said so at the top, as the dashboard says them above its panels
    // (the same words and rule: a chart of synthetic or mixed sources), not only in the legends.
    const synthetic = prepared.some((p) => p.meta.source === 'SYNTHETIC' || p.meta.source === 'MIXED');
    const html = page({
      locale,
      title: `${L.report} ${name} ${year}`,
      synthetic: synthetic ? { short: messages(locale).syntheticNotice, long: messages(locale).syntheticNoticeLong } : null,
      subtitle: `${captionText(sourceMeta, locale)} · ${L.generated} ${formatDate(new Date().toISOString().slice(0, 10), locale)}`,
      warning,
      figures,
      sections,
      nonce,
      printLabel: L.print,
      keyFiguresLabel: L.keyFigures,
    });
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; ${FRAME_SELF}`,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(html);
  });
}

function section(prepared: PreparedChart, report: ReportSection<unknown>, index: number, links: string, L: ReportTexts): string {
  const { chart, locale } = prepared;
  const full = preparedTable(prepared);
  // An empty chart only needs room for its message.
  const svg = svgMarkup(prepared, { width: 680, height: full.rows.length ? 290 : 150, id: `report-${index}`, options: report.options ?? {} });
  const { table, more } = shortTable(full, report.rows ?? SHORT_ROWS, (key) => printed(report.printedColumns, key));
  const note = report.note[locale];
  const heading = CHARTS[chart].title(locale);
  return `<section class="chart" data-chart="${chart}">
<h2>${escapeHtml(heading)}</h2>
<p class="note">${escapeHtml(note)}</p>
<figure>${svg}</figure>
${reportTableHtml(table, prepared.title, locale)}${more ? `<p class="more">${escapeHtml(L.rowsMore(more))}</p>` : ''}
<p class="links screen-only">${L.downloads}: ${links}</p>
</section>`;
}

/**
 * The report's warning when its data lag behind today, or when the latest month of an office or
 * the nation is one only some branches reported (the dashboard's notice says the same words);
 * null when they are current and complete. `staleNames`: the first lagging branches by name and
 * how many more (staleBranchNames), as the dashboard's notice names them.
 */
function staleWarning(freshness: DataFreshness, latestMonths: PeriodCoverage | null, locale: Locale, staleNames: { shown: readonly string[]; more: number }): string | null {
  const coverage = latestMonths ? latestCoverageText(latestMonths, freshness, locale) : null;
  if (!freshness.stale && !coverage) return null;
  const L = REPORT_TEXTS[locale];
  const parts: string[] = [];
  if (coverage) parts.push(coverage);
  else if (freshness.latestMonth && freshness.monthsBehind !== null && freshness.monthsBehind > freshness.staleAfterMonths) {
    parts.push(L.stale(formatPeriod(freshness.latestMonth, locale), freshness.monthsBehind));
  } else if (staleNames.shown.length) parts.push(L.staleBranches(staleNames.shown.join(', '), staleNames.more));
  if (freshness.campaignsStale && freshness.latestCampaignMonth && freshness.campaignMonthsBehind !== null) {
    parts.push(L.staleCampaigns(formatPeriod(freshness.latestCampaignMonth, locale), freshness.campaignMonthsBehind));
  }
  return parts.join(' ');
}

function page(p: { locale: Locale; title: string; subtitle: string; synthetic: { short: string; long: string } | null; warning: string | null; figures: KeyFigure[]; sections: string; nonce: string; printLabel: string; keyFiguresLabel: string }): string {
  const figures = p.figures
    .map((f) => `<div class="figure"><div class="label">${escapeHtml(f.label)}</div><div class="value">${escapeHtml(f.value)}</div><div class="fnote">${escapeHtml(f.note)}</div></div>`)
    .join('');
  return `<!doctype html>
<html lang="${p.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(p.title)}</title>
${FAVICON_LINK}
<style>${REPORT_STYLE}</style>
</head>
<body>
<div class="toolbar screen-only" role="region" aria-label="${escapeHtml(p.printLabel)}"><button type="button" id="print">${escapeHtml(p.printLabel)}</button></div>
<div class="sheet">
<header>
<div class="brand">Pantau · BPJS Ketenagakerjaan</div>
<h1>${escapeHtml(p.title)}</h1>
<p class="subtitle">${escapeHtml(p.subtitle)}</p>
${p.synthetic ? `<p class="synthetic" role="note" data-testid="synthetic-notice"><strong>${escapeHtml(p.synthetic.short)}</strong> ${escapeHtml(p.synthetic.long)}</p>` : ''}
${p.warning ? `<p class="stale" role="note">${escapeHtml(p.warning)}</p>` : ''}
</header>
<main>
<section class="figures" aria-label="${escapeHtml(p.keyFiguresLabel)}">
<h2>${escapeHtml(p.keyFiguresLabel)}</h2>
<div class="grid">${figures}</div>
</section>
${p.sections}
</main>
</div>
<script nonce="${p.nonce}">document.getElementById('print').addEventListener('click',function(){window.print();});</script>
</body>
</html>
`;
}

// Tables lay out by their content (table-layout:auto): a column is as wide as its widest figure,
// and a figure never wraps (td.num nowrap), since "4.893.970.138" split over two lines reads as
// two numbers; an interval sits under its figure (.ci, report-table.ts). Headers, names and
// notes wrap between words instead (break-word only breaks a word longer than its whole
// column), which keeps a table within A4's printable width.
const REPORT_STYLE = `
@page{size:A4;margin:14mm 14mm 16mm}
*{box-sizing:border-box}
html{background:#e5e7eb}
body{margin:0;color:#111827;font:10pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sheet{width:210mm;margin:0 auto 12mm;padding:14mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.toolbar{width:210mm;margin:8mm auto 3mm;text-align:right}
.toolbar button{font:inherit;padding:6px 14px;border:1px solid #1d4ed8;border-radius:4px;background:#2563eb;color:#fff;cursor:pointer}
header{border-bottom:2px solid #1d4ed8;margin-bottom:5mm;padding-bottom:2mm}
.brand{font-size:8.5pt;color:#1d4ed8;font-weight:600;letter-spacing:.02em}
h1{font-size:17pt;margin:1mm 0 1mm}
.subtitle{margin:0;color:#4b5563;font-size:8.5pt}
.stale{margin:1.5mm 0 0;padding:1.5mm 2.5mm;border:1px solid #d97706;border-radius:1.5mm;background:#fffbeb;color:#92400e;font-size:8.5pt}
.synthetic{margin:1.5mm 0 0;padding:1.5mm 2.5mm;border:1px solid #6b7280;border-radius:1.5mm;background:#f3f4f6;color:#1f2937;font-size:8.5pt}
h2{font-size:12pt;margin:0 0 1mm;color:#1e3a8a}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:3mm;margin-top:2mm}
.figure{border:1px solid #d1d5db;border-radius:2mm;padding:2.5mm 3mm;break-inside:avoid}
.figure .label{font-size:8pt;color:#4b5563}
.figure .value{font-size:15pt;font-weight:700;margin:.5mm 0}
.figure .fnote{font-size:7.5pt;color:#4b5563}
section{margin-bottom:6mm}
section.chart h2,section.chart .note{break-after:avoid;page-break-after:avoid}
figure,tr{break-inside:avoid;page-break-inside:avoid}
.note{margin:0 0 2mm;color:#4b5563;font-size:8pt}
figure{margin:0 0 2mm}
figure svg{display:block;width:100%;height:auto;font-family:Arial,"Liberation Sans",Helvetica,sans-serif!important}
table{width:100%;border-collapse:collapse;font-size:7pt;table-layout:auto}
caption{text-align:left;font-size:7.5pt;color:#4b5563;padding-bottom:1mm}
th,td{padding:.5mm .9mm;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}
th{border-bottom:1px solid #9ca3af;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
td .ci{display:block;color:#4b5563}
th .ci{font-weight:400}
.more{margin:1mm 0 0;font-size:7.5pt;color:#6b7280}
.links{font-size:8pt}
.links a{margin-right:2mm}
@media print{
  html{background:#fff}
  .sheet{width:auto;margin:0;padding:0;box-shadow:none}
  .screen-only{display:none!important}
  a{color:inherit;text-decoration:none}
}
@media screen and (max-width:820px){.sheet,.toolbar{width:auto;margin-left:2mm;margin-right:2mm}.sheet{padding:5mm}.grid{grid-template-columns:1fr 1fr}}
`;

