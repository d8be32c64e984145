// The server side of the charts: data from the chart's question (server/domains/questions.ts),
// drawing by the dashboard's own chart code (common/charts/registry.ts) through
// renderToStaticMarkup, then the standalone SVG document, its PNG (resvg, from that same SVG)
// and the CSV of the data behind it.
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { CHARTS, type ChartName, chartTable, renderChart } from '../../common/charts/registry.ts';
import { labels } from '../../common/charts/labels.ts';
import type { ChartTable } from '../../common/charts/types.ts';
import { chartCaptions } from '../../common/i18n/chart-captions.ts';
import { formatPeriod, type Locale } from '../../common/i18n/format.ts';
import { shownDigits, spreadsheetCell, UNIT_WORDS_ID, withUnitId, writeCsv } from '../api/csv-format.ts';
import type { Database } from '../db/orm.ts';
import { branchName, regionName } from '../domains/branches/query.ts';
import type { DataMeta } from '../domains/question.ts';
import { chartQuestion } from '../domains/questions.ts';
import { fontSetup } from './fonts.ts';
import { withChartOfficeNames } from './office-names.ts';
import { headerWithUnit, unitOf } from './units.ts';

export const DEFAULT_SIZE = { width: 800, height: 480 };

export interface PreparedChart {
  chart: ChartName;
  locale: Locale;
  data: unknown;
  meta: DataMeta;
  /** "Peserta aktif · Kantor Cabang Madiun · 2016–2020": the standalone chart's visible title. */
  title: string;
  /** "Pantau · data per Desember 2020 · Sumber: …": states the source, study or synthetic. */
  caption: string;
}

export function captionText(meta: DataMeta, locale: Locale): string {
  const parts = ['Pantau'];
  const C = chartCaptions[locale];
  if (meta.asOf) parts.push(C.dataAsOf(formatPeriod(meta.asOf, locale)));
  else parts.push(C.noData);
  if (meta.source) parts.push(`${C.source}: ${C.sources[meta.source] ?? meta.source}`);
  return parts.join(' · ');
}

function periodText(args: Record<string, unknown>, locale: Locale): string | null {
  if (typeof args.year === 'number') return String(args.year);
  const from = typeof args.from === 'string' ? formatPeriod(args.from, locale, true) : null;
  const to = typeof args.to === 'string' ? formatPeriod(args.to, locale, true) : null;
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return chartCaptions[locale].since(from);
  if (to) return chartCaptions[locale].until(to);
  return null;
}

/** Answers the chart's question (validating its arguments) and works out title and caption. */
export async function prepareChart(db: Database, chart: ChartName, args: Record<string, unknown>, locale: Locale): Promise<PreparedChart> {
  const question = chartQuestion(chart);
  if (!question) throw new Error(`no question in server/domains/questions.ts has the chart ${chart}`);
  const answer = await question.answer(db, args);
  const meta = await question.chart.meta(db, args, answer);
  // Branch and office rows named as the dashboard names them, for the picture, its table and CSV.
  const data = await withChartOfficeNames(db, chart, args, answer, locale);
  // The scope as people name it: the branch's name, the regional office's, or all branches.
  const branch = (await branchName(db, args.branch)) ?? (await regionName(db, args.region)) ?? chartCaptions[locale].allBranches;
  const title = [CHARTS[chart].title(locale, args), branch, periodText(args, locale)].filter(Boolean).join(' · ');
  return { chart, locale, data, meta, title, caption: captionText(meta, locale) };
}

export interface SvgOptions {
  width: number;
  height: number;
  /** Draw the title at the top (standalone files); the report page and embeds have their own headings. */
  withTitle?: boolean;
  /** Element id prefix, when several charts share one page. */
  id?: string;
  /** Chart-specific options from the URL (e.g. campaign-reach `measure`). */
  options?: Record<string, unknown>;
}

/** The chart's <svg> element as markup (for inline use in HTML pages). */
export function svgMarkup(prepared: PreparedChart, opts: SvgOptions): string {
  const element = renderChart(prepared.chart, prepared.data as never, {
    ...(opts.options ?? {}),
    width: opts.width,
    height: opts.height,
    locale: prepared.locale,
    caption: prepared.caption,
    ...(opts.withTitle ? { title: prepared.title } : {}),
    ...(opts.id ? { id: opts.id } : {}),
  } as never);
  return renderToStaticMarkup(element);
}

/** A standalone SVG document: XML prolog, namespace, inline styles, <title>/<desc>. */
export function svgDocument(prepared: PreparedChart, opts: SvgOptions): string {
  const markup = svgMarkup(prepared, { withTitle: true, ...opts });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${markup}\n`;
}

function resvgOptions(width: number, scale: number): ResvgRenderOptions {
  const fonts = fontSetup();
  return {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: fonts.files.length === 0,
      fontFiles: fonts.files,
      ...(fonts.family ? { defaultFontFamily: fonts.family, sansSerifFamily: fonts.family } : {}),
    },
  };
}

/** The PNG of an SVG document, `width × scale` pixels wide, text set in the fonts of fonts.ts. */
export function pngFromSvg(svg: string, width: number, scale: number): Buffer {
  return new Resvg(svg, resvgOptions(width, scale)).render().asPng();
}

/** The same, rasterised on libuv's thread pool so the server keeps answering meanwhile. */
export async function pngFromSvgAsync(svg: string, width: number, scale: number): Promise<Buffer> {
  return (await renderAsync(svg, resvgOptions(width, scale))).asPng();
}

/** The chart's own table (text alternative) for a prepared chart. */
export function preparedTable(prepared: PreparedChart): ChartTable {
  return chartTable(prepared.chart, prepared.data as never, prepared.locale);
}

/**
 * CSV of the data behind a chart: the table's raw values. `en`, the machine format: keys as
 * headers with units. `id`, for Indonesian Excel (server/api/csv-format.ts): the table's
 * Indonesian labels as headers (with Rp or % where the label does not say it), numbers with a
 * decimal comma, rounded to the precision the table shows; codes (segments, statuses, sources)
 * stay the codes, as in `en`, so both files mean the same.
 */
export function chartCsv(table: ChartTable, lang: Locale = 'en'): string {
  const cell = (v: string | number | null) => (v === null ? '' : v);
  const measures = table.columns[0]?.key === 'measure';
  if (lang === 'id') {
    // Only the units that change how a number reads: counts say theirs in the label or in the
    // Satuan column (a program's series counts enrolments, not persons).
    const unitLabel = (label: string, unit: string) => (unit === '%' || unit === 'IDR' ? withUnitId(label, unit) : label);
    if (measures) {
      const [first, ...rest] = table.columns;
      const header = [first.label, labels('id').unit, ...rest.map((c) => c.label)];
      return writeCsv(
        [header, ...table.values.map(([m, ...vs], i) => {
          const unit = unitOf(String(m));
          return [table.rows[i]?.[0] ?? String(m), UNIT_WORDS_ID[unit] ?? unit, ...vs.map((v) => spreadsheetCell(v, shownDigits(unit, String(m))))];
        })],
        'id',
      );
    }
    const digits = table.columns.map((c) => shownDigits(unitOf(c.key), c.key));
    return writeCsv(
      [table.columns.map((c) => unitLabel(c.label, unitOf(c.key))), ...table.values.map((row) => row.map((v, j) => (table.columns[j].numeric ? spreadsheetCell(v, digits[j]) : spreadsheetCell(v, null))))],
      'id',
    );
  }
  // Tables with one row per measure (effectiveness) get the unit in a column of its own.
  if (measures) {
    const header = ['measure', 'unit', ...table.columns.slice(1).map((c) => c.key)];
    return writeCsv([header, ...table.values.map(([m, ...rest]) => [cell(m), unitOf(String(m)), ...rest.map(cell)])], 'en');
  }
  return writeCsv([table.columns.map((c) => headerWithUnit(c.key)), ...table.values.map((row) => row.map(cell))], 'en');
}
