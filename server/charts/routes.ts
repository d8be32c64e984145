// GET /charts/<chart>.svg|.png|.csv: the dashboard's charts as files for reports. Parameters are
// the GraphQL root field's arguments plus lang, width, height (and scale for PNG); bad ones
// answer 400 naming the parameter (never a broken image), an unknown chart 404 with the list.
// Answers are cached by parameters and data version, with ETags (304 on revalidation). The
// charts are the questions with a chart part (server/domains/questions.ts).
import type { Express, Request, Response } from 'express';
import type { ChartName } from '../../common/charts/registry.ts';
import type { Locale } from '../../common/i18n/format.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { BadInputError } from '../errors.ts';
import { type ExtraSpecs, LANG_PARAM, type ParsedParams, parseParams, searchParamsOf, SIZE_PARAMS } from '../http/params.ts';
import { requireSignature } from '../http/signing.ts';
import { principalOf } from '../auth/identify.ts';
import { authorizeQuestion, withDefaults } from '../auth/question-access.ts';
import { type AnswerCache, cached, type Rendered } from '../cache/answers.ts';
import type { ChartQuestion } from '../domains/question.ts';
import { CHART_QUESTIONS, chartQuestion } from '../domains/questions.ts';
import { chartCsv, DEFAULT_SIZE, pngFromSvgAsync, prepareChart, preparedTable, svgDocument } from './render.ts';

export interface ChartDeps {
  db: Database;
  config: Config;
  cache: AnswerCache;
}

export const FORMATS = ['svg', 'png', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

/** Largest PNG side in pixels (width × scale), so one request cannot ask for a huge bitmap. */
export const MAX_PNG_SIDE = 4800;

/** The parameters a chart URL accepts for a format. */
export function chartParamSpecs(question: ChartQuestion, format: Format | 'embed'): ExtraSpecs {
  const specs: ExtraSpecs = { ...LANG_PARAM, ...SIZE_PARAMS, ...question.chart.options, token: { kind: 'string', maxLength: 4096 } };
  if (format === 'png') specs.scale = { kind: 'number', min: 1, max: 4, default: 2 };
  return specs;
}

export function notFoundText(name: string): string {
  return (
    `Unknown chart "${name}". Charts: ${CHART_QUESTIONS.map((q) => q.chart.name).join(', ')}.\n` +
    `Formats: /charts/<chart>.svg, /charts/<chart>.png, /charts/<chart>.csv and /embed/<chart>.`
  );
}

/**
 * Parses the parameters of a chart URL and checks who may see it: a valid signed token grants
 * exactly the view it was signed for (the signer was allowed to share it); without a token the
 * caller's own read permissions apply, and with EMBED_SECRET set charts are private, so an
 * anonymous caller needs a token.
 */
export async function chartRequest(req: Request, deps: Pick<ChartDeps, 'db' | 'config'>, question: ChartQuestion, format: Format | 'embed'): Promise<ParsedParams> {
  const parsed = parseParams(searchParamsOf(req.originalUrl), question.field, chartParamSpecs(question, format));
  const token = parsed.extras.token as string | undefined;
  const principal = principalOf(req);
  if (token || (deps.config.embedSecret && principal.kind === 'anonymous')) {
    requireSignature(deps.config.embedSecret, `chart:${question.chart.name}`, parsed.canonical, token);
    return parsed;
  }
  const scoped = await authorizeQuestion(deps, principal, question, parsed.args);
  // An account's default branch or office is part of what the answer is, so of its cache key too.
  return { ...parsed, args: scoped, canonical: withDefaults(parsed.canonical, scoped) };
}

/** Canonical parameters without the token: what the content depends on. */
export function contentParams(parsed: ParsedParams): Record<string, string> {
  const { token: _token, ...rest } = parsed.canonical;
  return rest;
}

export function sizeOf(parsed: ParsedParams): { width: number; height: number } {
  return { width: Number(parsed.extras.width ?? DEFAULT_SIZE.width), height: Number(parsed.extras.height ?? DEFAULT_SIZE.height) };
}

export function chartOptionsOf(question: ChartQuestion, parsed: ParsedParams): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const name of Object.keys(question.chart.options)) if (parsed.extras[name] !== undefined) options[name] = parsed.extras[name];
  return options;
}

/** A file name that says what is in the file: pantau-membership-trend-MADIUN-2016-2020.svg (JATIM for an office's). */
export function fileName(chart: string, args: Record<string, unknown>, ext: string): string {
  const parts = ['pantau', chart, args.branch, args.region, args.year, args.from, args.to, args.lang].filter((p) => p !== undefined && p !== null).map(String);
  return `${parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '_')}.${ext}`;
}

/** Sends a rendered answer with its ETag; Express answers 304 when the client's copy is fresh. */
export function sendRendered(res: Response, rendered: Rendered, extraHeaders: Record<string, string> = {}): void {
  res.set({
    'Content-Type': rendered.contentType,
    ETag: rendered.etag,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.send(rendered.body);
}

export async function renderChartFile(deps: ChartDeps, question: ChartQuestion, format: Format, parsed: ParsedParams): Promise<Rendered> {
  const chart: ChartName = question.chart.name;
  const locale = parsed.extras.lang as Locale;
  const { width, height } = sizeOf(parsed);
  const { scale: _scale, ...svgParams } = contentParams(parsed);
  const svg = () =>
    cached(deps.cache, { kind: 'svg', resource: chart, params: svgParams }, CONTENT_TYPES.svg, async () =>
      svgDocument(await prepareChart(deps.db, chart, parsed.args, locale), { width, height, options: chartOptionsOf(question, parsed) }),
    );
  switch (format) {
    case 'svg':
      return svg();
    case 'png':
      return cached(deps.cache, { kind: 'png', resource: chart, params: contentParams(parsed) }, CONTENT_TYPES.png, async () =>
        pngFromSvgAsync((await svg()).body.toString('utf8'), width, Number(parsed.extras.scale ?? 2)),
      );
    case 'csv': {
      // The data does not depend on the picture's size.
      const { width: _w, height: _h, ...dataParams } = svgParams;
      return cached(deps.cache, { kind: 'csv', resource: chart, params: { ...dataParams, lang: locale } }, CONTENT_TYPES.csv, async () =>
        chartCsv(preparedTable(await prepareChart(deps.db, chart, parsed.args, locale)), locale),
      );
    }
  }
}

export function registerChartRoutes(app: Express, deps: ChartDeps): void {
  app.get('/charts', (_req, res) => {
    res.json({
      charts: CHART_QUESTIONS.map(({ chart: { name }, field }) => ({
        name,
        query: field,
        svg: `/charts/${name}.svg`,
        png: `/charts/${name}.png`,
        csv: `/charts/${name}.csv`,
        embed: `/embed/${name}`,
      })),
    });
  });

  app.get('/charts/:file', async (req, res) => {
    const file = String(req.params.file);
    const m = /^([a-z-]+)\.([a-z]+)$/.exec(file);
    const name = m?.[1] ?? file;
    const question = m ? chartQuestion(name) : undefined;
    if (!m || !question || !(FORMATS as readonly string[]).includes(m[2])) {
      res.status(404).type('text/plain; charset=utf-8').send(`${notFoundText(name)}\n`);
      return;
    }
    const format = m[2] as Format;
    const parsed = await chartRequest(req, deps, question, format);
    if (format === 'png') {
      const { width, height } = sizeOf(parsed);
      const scale = Number(parsed.extras.scale);
      if (width * scale > MAX_PNG_SIDE || height * scale > MAX_PNG_SIDE) {
        throw new BadInputError('scale', `${scale} × ${Math.max(width, height)} px is more than ${MAX_PNG_SIDE} px; lower scale, width or height`);
      }
    }
    const rendered = await renderChartFile(deps, question, format, parsed);
    const disposition = format === 'csv' ? 'attachment' : 'inline';
    // A CSV's name says its language too (pantau-membership-trend-MADIUN-2016-2020-id.csv): the
    // id and en files of one view differ in delimiter and decimals.
    const download = format === 'csv' ? fileName(name, { ...parsed.args, lang: parsed.extras.lang }, 'csv') : fileName(name, parsed.args, format);
    sendRendered(res, rendered, { 'Content-Disposition': `${disposition}; filename="${download}"`, ...(format === 'svg' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}) });
  });
}
