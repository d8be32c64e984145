// The weekly report as a print page (A4): heading with the branch and the week, the SYNTHETIC
// label where the data are synthetic, the review, the assessment and the branch's charts.
import { formatDate } from '../../../common/i18n/format.ts';
import { CHARTS } from '../../../common/charts/registry.ts';
import { captionText, svgMarkup } from '../../charts/render.ts';
import { escapeHtml } from '../../embed/page.ts';
import { FAVICON_LINK } from '../../http/favicon.ts';
import type { WeeklyReportData } from './data.ts';
import { type Section, weeklySections } from './sections.ts';
import { weeklyTexts } from './texts.ts';

export function weeklyTitle(data: WeeklyReportData): string {
  return weeklyTexts[data.locale].title(data.branchName, data.week.key);
}

function sectionHtml(s: Section): string {
  if (s.level === 1) return `<h2>${escapeHtml(s.heading)}</h2>${s.note ? `<p class="note">${escapeHtml(s.note)}</p>` : ''}`;
  const parts = [`<h3>${escapeHtml(s.heading)}</h3>`];
  if (s.note) parts.push(`<p class="note">${escapeHtml(s.note)}</p>`);
  if (s.text !== undefined) parts.push(`<p class="notes">${escapeHtml(s.text).replace(/\n/g, '<br>')}</p>`);
  if (s.table && s.table.rows.length) {
    const head = s.table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
    const body = s.table.rows.map((r) => `<tr>${r.map((v, i) => `<td${s.table!.columns[i].numeric ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`).join('');
    parts.push(`<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`);
  } else if (s.empty && (s.table || s.text === undefined)) parts.push(`<p class="empty">${escapeHtml(s.empty)}</p>`);
  return `<section>${parts.join('\n')}</section>`;
}

/** The page; `nonce` lets its one script (the print button) run under the page's CSP. */
export function weeklyHtml(data: WeeklyReportData, opts: { nonce: string; pdfHref: string }): string {
  const L = weeklyTexts[data.locale];
  const title = weeklyTitle(data);
  const days = L.weekDays(formatDate(data.week.first, data.locale), formatDate(data.week.last, data.locale));
  const charts = data.charts
    .map((p, i) => `<section class="chart" data-chart="${p.chart}"><h3>${escapeHtml(CHARTS[p.chart].title(data.locale))}</h3><figure>${svgMarkup(p, { width: 680, height: 290, id: `week-${i}` })}</figure></section>`)
    .join('\n');
  const caption = captionText({ asOf: data.charts.map((p) => p.meta.asOf).filter((a): a is string => !!a).sort().at(-1) ?? null, source: null }, data.locale);
  return `<!doctype html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
${FAVICON_LINK}
<style>${STYLE}</style>
</head>
<body>
<div class="toolbar screen-only"><a href="${escapeHtml(opts.pdfHref)}">${escapeHtml(L.pdf)}</a> <button type="button" id="print">${escapeHtml(L.print)}</button></div>
<div class="sheet">
<header>
<div class="brand">Pantau · BPJS Ketenagakerjaan</div>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(`${days} · ${caption} · ${L.generated(formatDate(data.generated, data.locale))}`)}</p>
${data.synthetic ? `<p class="synthetic" role="note">${escapeHtml(L.synthetic)}</p>` : ''}
</header>
<main>
${weeklySections(data).map(sectionHtml).join('\n')}
<h2>${escapeHtml(L.charts)}</h2>
${charts}
</main>
</div>
<script nonce="${opts.nonce}">document.getElementById('print').addEventListener('click',function(){window.print();});</script>
</body>
</html>
`;
}

const STYLE = `
@page{size:A4;margin:14mm}
*{box-sizing:border-box}
html{background:#e5e7eb}
body{margin:0;color:#111827;font:10pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sheet{width:210mm;margin:0 auto 12mm;padding:14mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.toolbar{width:210mm;margin:8mm auto 3mm;text-align:right}
.toolbar a,.toolbar button{font:inherit;padding:6px 14px;border:1px solid #1d4ed8;border-radius:4px;background:#fff;color:#1d4ed8;cursor:pointer;text-decoration:none;margin-left:2mm}
.toolbar button{background:#2563eb;color:#fff}
header{border-bottom:2px solid #1d4ed8;margin-bottom:5mm;padding-bottom:2mm}
.brand{font-size:8.5pt;color:#1d4ed8;font-weight:600}
h1{font-size:16pt;margin:1mm 0}
h2{font-size:13pt;margin:5mm 0 1mm;color:#1e3a8a}
h3{font-size:10.5pt;margin:3mm 0 1mm}
.subtitle,.note,.empty{margin:0 0 1.5mm;color:#4b5563;font-size:8.5pt}
.synthetic{margin:1.5mm 0 0;padding:1.5mm 2.5mm;border:1px solid #d97706;border-radius:1.5mm;background:#fffbeb;color:#92400e;font-size:8.5pt;font-weight:600}
.notes{white-space:normal;margin:0 0 2mm}
table{width:100%;border-collapse:collapse;font-size:8pt;margin-bottom:2mm}
th,td{padding:.6mm 1.5mm;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{border-bottom:1px solid #9ca3af;font-weight:600;overflow-wrap:normal}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
section{break-inside:avoid}
figure{margin:0 0 1mm}
figure svg{display:block;width:100%;height:auto}
@media print{html{background:#fff}.sheet{width:auto;margin:0;padding:0;box-shadow:none}.screen-only{display:none!important}}
@media screen and (max-width:820px){.sheet,.toolbar{width:auto;margin-left:2mm;margin-right:2mm}.sheet{padding:5mm}}
`;
