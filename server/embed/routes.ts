// GET /embed/<chart>: the interactive page for iframes. POST /embed/sign: signed links for the
// dashboard's share menu, for accounts allowed to share the chart's branch (and scripts holding
// an API token of one, or the ADMIN_TOKEN), when EMBED_SECRET is set.
import crypto from 'node:crypto';
import express, { type Express } from 'express';
import { audit } from '../auth/audit.ts';
import { principalOf } from '../auth/identify.ts';
import { demand } from '../auth/permissions.ts';
import { actorName } from '../auth/principal.ts';
import type { Locale } from '../../common/i18n/format.ts';
import { cached } from '../cache/answers.ts';
import { prepareChart, preparedTable, svgMarkup } from '../charts/render.ts';
import { chartOptionsOf, chartParamSpecs, chartRequest, contentParams, type ChartDeps, notFoundText } from '../charts/routes.ts';
import { CHART_QUESTIONS, chartQuestion } from '../domains/questions.ts';
import { BadInputError } from '../errors.ts';
import { parseParams, toQueryString } from '../http/params.ts';
import { FRAME_ANYWHERE } from '../http/security-headers.ts';
import { DEFAULT_TOKEN_SECONDS, MAX_TOKEN_SECONDS, signToken } from '../http/signing.ts';
import { EMBED_CSP, embedPage, withNonce } from './page.ts';

/** Embeds default to the frame size the share menu proposes; the page refits at once anyway. */
const EMBED_DEFAULT = { width: 640, height: 400 };

/** The share menu's parameters (strings, numbers or lists) as a query string to validate. */
function paramsToSearch(params: unknown): URLSearchParams {
  const search = new URLSearchParams();
  if (params === undefined || params === null) return search;
  if (typeof params !== 'object' || Array.isArray(params)) throw new BadInputError('params', 'must be an object of parameter names to values');
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.map(String).join(','));
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') search.set(key, String(value));
    else throw new BadInputError(key, 'must be a string, a number or a list');
  }
  return search;
}

export function registerEmbedRoutes(app: Express, deps: ChartDeps): void {
  app.get('/embed/:chart', async (req, res) => {
    const question = chartQuestion(String(req.params.chart));
    if (!question) {
      res.status(404).type('text/plain; charset=utf-8').send(`${notFoundText(String(req.params.chart))}\n`);
      return;
    }
    const chart = question.chart.name;
    const parsed = await chartRequest(req, deps, question, 'embed');
    const locale = parsed.extras.lang as Locale;
    const width = Number(parsed.extras.width ?? EMBED_DEFAULT.width);
    const height = Number(parsed.extras.height ?? EMBED_DEFAULT.height);
    // The page is cached for every caller of these parameters, so it carries no token: its
    // script adds the token of its own address when it refits.
    const { width: _w, height: _h, token: _t, ...refit } = parsed.canonical;
    const page = await cached(deps.cache, { kind: 'embed', resource: chart, params: contentParams(parsed) }, 'text/html; charset=utf-8', async () => {
      const prepared = await prepareChart(deps.db, chart, parsed.args, locale);
      return embedPage({
        lang: locale,
        title: prepared.title,
        svg: svgMarkup(prepared, { width, height, withTitle: true, options: chartOptionsOf(question, parsed) }),
        table: preparedTable(prepared),
        refitUrl: `/charts/${chart}.svg${toQueryString(refit)}`,
        width,
        height,
      });
    });
    const nonce = crypto.randomBytes(16).toString('base64');
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      // Made to be framed by any page: the frame-ancestors rule says so explicitly.
      'Content-Security-Policy': `${EMBED_CSP(nonce)}; ${FRAME_ANYWHERE}`,
      'Cache-Control': 'no-cache',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(withNonce(page.body.toString('utf8'), nonce));
  });

  app.post('/embed/sign', express.json({ limit: '16kb' }), async (req, res) => {
    const body = (req.body ?? {}) as { chart?: unknown; params?: unknown; expiresIn?: unknown };
    const chart = String(body.chart ?? '');
    const question = chartQuestion(chart);
    if (!question) throw new BadInputError('chart', `unknown chart "${chart}"; charts: ${CHART_QUESTIONS.map((q) => q.chart.name).join(', ')}`);
    let expiresIn = DEFAULT_TOKEN_SECONDS;
    if (body.expiresIn !== undefined) {
      const n = Number(body.expiresIn);
      if (!Number.isInteger(n) || n < 60 || n > MAX_TOKEN_SECONDS) throw new BadInputError('expiresIn', `must be whole seconds between 60 and ${MAX_TOKEN_SECONDS}`);
      expiresIn = n;
    }
    const search = paramsToSearch(body.params);
    search.delete('token');
    const parsed = parseParams(search, question.field, chartParamSpecs(question, 'png'));
    const params = parsed.canonical;
    const { width: _w, height: _h, scale: _s, ...data } = params;
    let token: string | null = null;
    let exp: number | null = null;
    // Without a secret the links are public anyway: anyone may ask for them. With one, only
    // who may share the chart's branch; headers such as Origin prove nothing (a script sets them).
    if (deps.config.embedSecret) {
      const principal = principalOf(req);
      demand(principal, { do: 'sign', branch: params.branch ?? null }, deps.config.authRead);
      const signed = signToken(deps.config.embedSecret, `chart:${chart}`, params, expiresIn);
      token = signed.token;
      exp = signed.claims.exp;
      await audit(deps.db, { actor: actorName(principal), action: 'embed.signed', target: chart, detail: { params, expiresAt: new Date(exp * 1000).toISOString() }, ip: req.ip });
    }
    const size = { width: params.width, height: params.height };
    const q = (extra: Record<string, string | undefined>) => toQueryString({ ...data, ...extra, token: token ?? undefined });
    res.json({
      signed: token !== null,
      token,
      exp: exp === null ? null : new Date(exp * 1000).toISOString(),
      links: {
        svg: `/charts/${chart}.svg${q(size)}`,
        png: `/charts/${chart}.png${q({ ...size, scale: params.scale })}`,
        csv: `/charts/${chart}.csv${q({})}`,
        embed: `/embed/${chart}${q(size)}`,
      },
    });
  });
}

