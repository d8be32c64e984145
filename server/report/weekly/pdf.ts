// The weekly report as a PDF, made on the server without a browser (pdfkit): its words stay
// text (selectable, searchable, read by pdftotext), set in the fonts the PNG charts use
// (server/charts/fonts.ts); the charts are the same SVGs, rasterised by resvg at twice their
// size. Every page's foot names the branch, the week, the page and, where the data are
// synthetic, says SYNTHETIC.
import PDFDocument from 'pdfkit';
import { formatDate } from '../../../common/i18n/format.ts';
import { CHARTS } from '../../../common/charts/registry.ts';
import { fontSetup } from '../../charts/fonts.ts';
import { pngFromSvgAsync, svgDocument } from '../../charts/render.ts';
import type { WeeklyReportData } from './data.ts';
import { weeklyTitle } from './html.ts';
import { type Section, type TextTable, weeklySections } from './sections.ts';
import { weeklyTexts } from './texts.ts';

const MARGIN = 40;
const CHART = { width: 680, height: 290 };
const BLUE = '#1e3a8a';
const GREY = '#4b5563';

type Doc = InstanceType<typeof PDFDocument>;

/** The fonts: the system's TrueType sans serif when there is one, else the PDF's own Helvetica. */
function setFonts(doc: Doc): (text: string) => string {
  const [regular, bold] = fontSetup().files;
  if (regular) {
    doc.registerFont('body', regular);
    doc.registerFont('bold', bold ?? regular);
    return (text) => text;
  }
  doc.registerFont('body', 'Helvetica');
  doc.registerFont('bold', 'Helvetica-Bold');
  // Helvetica's encoding (WinAnsi) has no true minus sign or narrow spaces.
  return (text) => text.replace(/\u2212/g, '-').replace(/[\u2009\u202f]/g, ' ');
}

export async function weeklyPdf(data: WeeklyReportData): Promise<Buffer> {
  const L = weeklyTexts[data.locale];
  const title = weeklyTitle(data);
  const doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: title, Author: 'Pantau', Subject: `${data.branch} ${data.week.key}` }, lang: data.locale });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const t = setFonts(doc);
  const width = doc.page.width - 2 * MARGIN;
  const room = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };

  doc.font('bold').fontSize(8).fillColor('#1d4ed8').text('Pantau · BPJS Ketenagakerjaan');
  doc.font('bold').fontSize(16).fillColor('#111827').text(t(title));
  const days = L.weekDays(formatDate(data.week.first, data.locale), formatDate(data.week.last, data.locale));
  doc.font('body').fontSize(8.5).fillColor(GREY).text(t(`${days} · ${L.generated(formatDate(data.generated, data.locale))}`));
  if (data.synthetic) {
    doc.moveDown(0.3);
    doc.font('bold').fontSize(9).fillColor('#92400e').text(t(L.synthetic));
  }
  doc.moveDown(0.5);

  for (const s of weeklySections(data)) writeSection(doc, s, width, t, room);

  doc.addPage();
  doc.font('bold').fontSize(13).fillColor(BLUE).text(t(L.charts));
  const pictures = await Promise.all(data.charts.map((p) => pngFromSvgAsync(svgDocument({ ...p, caption: '' }, { ...CHART, withTitle: false }), CHART.width, 2)));
  const pictureHeight = (width * CHART.height) / CHART.width;
  data.charts.forEach((p, i) => {
    room(pictureHeight + 40);
    doc.moveDown(0.4);
    doc.font('bold').fontSize(10).fillColor('#111827').text(t(CHARTS[p.chart].title(data.locale)));
    doc.image(pictures[i], MARGIN, doc.y + 2, { width });
    doc.y += pictureHeight + 4;
    doc.font('body').fontSize(7.5).fillColor(GREY).text(t(p.caption), MARGIN, doc.y, { width });
  });

  // The foot of every page, written once the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const foot = [`${data.branchName} · ${data.week.key}`, data.synthetic ? 'SYNTHETIC' : null, L.page(i + 1, range.count)].filter(Boolean).join(' · ');
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(7.5).fillColor(GREY).text(t(foot), MARGIN, doc.page.height - MARGIN, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function writeSection(doc: Doc, s: Section, width: number, t: (text: string) => string, room: (h: number) => void): void {
  if (s.level === 1) {
    room(60);
    doc.moveDown(0.6);
    doc.font('bold').fontSize(13).fillColor(BLUE).text(t(s.heading), MARGIN, doc.y, { width });
    if (s.note) doc.font('body').fontSize(8.5).fillColor(GREY).text(t(s.note), { width });
    return;
  }
  room(50);
  doc.moveDown(0.4);
  doc.font('bold').fontSize(10.5).fillColor('#111827').text(t(s.heading), MARGIN, doc.y, { width });
  if (s.note) doc.font('body').fontSize(8.5).fillColor(GREY).text(t(s.note), { width });
  if (s.text !== undefined) doc.font('body').fontSize(9.5).fillColor('#111827').text(t(s.text), { width });
  if (s.table && s.table.rows.length) writeTable(doc, s.table, width, t, room);
  else if (s.empty && (s.table || s.text === undefined)) doc.font('body').fontSize(9).fillColor(GREY).text(t(s.empty), { width });
}

/**
 * A table whose columns get the width of what they hold: each at least its longest word, the
 * rest shared by how much more each would need to set its cells on one line. Rows never split
 * across pages.
 */
function writeTable(doc: Doc, table: TextTable, width: number, t: (text: string) => string, room: (h: number) => void): void {
  const size = 8;
  const pad = 3;
  const measure = (text: string, font: 'body' | 'bold') => doc.font(font).fontSize(size).widthOfString(t(text)) + 2 * pad;
  const cells = (i: number) => [{ text: table.columns[i].label, font: 'bold' as const }, ...table.rows.map((r) => ({ text: r[i], font: 'body' as const }))];
  const natural = table.columns.map((_, i) => Math.max(...cells(i).map((c) => measure(c.text, c.font))));
  const least = table.columns.map((_, i) => Math.max(...cells(i).flatMap((c) => c.text.split(/\s+/).map((w) => measure(w, c.font)))));
  const spare = width - least.reduce((a, b) => a + b, 0);
  const wanted = natural.map((n, i) => n - least[i]);
  const totalWanted = wanted.reduce((a, b) => a + b, 0);
  const widths =
    natural.reduce((a, b) => a + b, 0) <= width
      ? natural.map((n) => (n * width) / natural.reduce((a, b) => a + b, 0))
      : least.map((l, i) => l + (spare > 0 && totalWanted > 0 ? (spare * wanted[i]) / totalWanted : 0));
  const row = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(size);
    const heights = cells.map((c, i) => doc.heightOfString(t(c), { width: widths[i] - 2 * pad }));
    const h = Math.max(...heights) + 2 * pad;
    room(h);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.fillColor('#111827').text(t(c), x + pad, y + pad, { width: widths[i] - 2 * pad, align: table.columns[i].numeric ? 'right' : 'left' });
      x += widths[i];
    });
    doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor(font === 'bold' ? '#9ca3af' : '#e5e7eb').stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  doc.moveDown(0.2);
  row(table.columns.map((c) => c.label), 'bold');
  for (const r of table.rows) row(r, 'body');
}
