// Serves the built dashboard (dist/client) with long caching for hashed assets, and index.html
// for the dashboard's own routes (the login page /login among them) so that shared URLs open the
// right view. index.html carries boot data: each branch's latest year with data, the answers of
// the view the URL asks for (first-view.ts), and the caller's account (what GraphQL `me` answers),
// so that a fresh tab draws its charts and its header without waiting for queries.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { agencyTimeZone } from '../../common/time/agency-time.ts';
import { ROOT_DIR } from '../config.ts';
import { accountMe } from '../auth/account-me.ts';
import { principalOf } from '../auth/identify.ts';
import type { ReadAccess } from '../auth/permissions.ts';
import { inByteOrder } from '../analytics/byte-order.ts';
import type { Database } from '../db/orm.ts';
import { encode, wholeEncoding } from './compress-whole.ts';
import { type FirstView, withinBudget } from './first-view.ts';
import { type PageData, pageDataCache } from './page-data-cache.ts';
import { setDashboardHeaders } from './security-headers.ts';

export const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');

/**
 * Each branch's latest year with membership data. One max() per branch, each a single seek on
 * the natural key (branch_code, year, …), rather than a GROUP BY that reads every row: this runs
 * on every page load, and the table may hold millions of rows.
 */
async function bootData(db: Database): Promise<{ latestYear: Record<string, number> }> {
  const latest = db.read('membership_snapshot').max('year').where('branch_code', db.read.ref('branch.code'));
  const rows: { branch: string; year: number | null }[] = await db.read('branch').select({ branch: 'code', year: latest }).orderBy(inByteOrder(db, 'branch', 'code'));
  return { latestYear: Object.fromEntries(rows.filter((r) => r.year !== null).map((r) => [r.branch, Number(r.year)])) };
}

/** index.html as built, read again only when the file changes (a rebuild while serving). */
function builtPage(file: string): () => Promise<string> {
  let cached: { mtimeMs: number; html: string } | undefined;
  return async () => {
    const { mtimeMs } = await fs.promises.stat(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: await fs.promises.readFile(file, 'utf8') };
    return cached.html;
  };
}

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The boot data's JSON up to its `me`, serialized once per shared page data (page-data-cache.ts)
 * rather than on every load: the first view's answers are most of a page.
 */
const sharedJson = new WeakMap<PageData, string>();
function bootJson(page: PageData, me: unknown): string {
  let shared = sharedJson.get(page);
  if (shared === undefined) sharedJson.set(page, (shared = scriptJson({ latestYear: page.latestYear, timeZone: agencyTimeZone(), answers: page.answers }).slice(0, -1)));
  return `${shared},"me":${scriptJson(me)}}`;
}

/**
 * The page of a caller without an account is the same bytes for everyone until the page data or
 * the built HTML change: it is kept with its ETag and compressed once per encoding, instead of
 * being put together, hashed and compressed again on every load (compressing it was most of a
 * load's work). Keyed by the shared page data, so it goes when they go.
 */
interface AnonymousPage {
  html: string;
  body: Buffer;
  etag: string | undefined;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}
const anonymousPages = new WeakMap<PageData, AnonymousPage>();

function anonymousPage(req: express.Request, html: string, shared: PageData, me: unknown): AnonymousPage {
  const kept = anonymousPages.get(shared);
  if (kept?.html === html) return kept;
  const body = Buffer.from(withBoot(html, shared, me));
  // Express's own ETag function, as res.send would set it.
  const etagOf = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string | undefined) | undefined;
  const page = { html, body, etag: etagOf?.(body), encoded: {} };
  anonymousPages.set(shared, page);
  return page;
}

function withBoot(html: string, shared: PageData, me: unknown): string {
  const boot = `<script id="pantau-boot" type="application/json">${bootJson(shared, me)}</script>`;
  // A function, not a string: `$&`, `$'` and the like in the data must stay as they are.
  return html.replace('</head>', () => `${boot}</head>`);
}

/** A page that may carry no facts of the data (AUTH_READ=login, anonymous). */
const NO_DATA: PageData = { latestYear: {}, answers: [] };

/** How long index.html may wait for the first view's answers before going out without them. */
const FIRST_VIEW_BUDGET_MS = 400;

export interface ClientOptions {
  firstView?: FirstView;
  dist?: string;
  /** True when the page may carry no facts of the data for this caller (AUTH_READ=login, anonymous). */
  private?: (req: express.Request) => boolean;
  /** The server's AUTH_READ, for `me` in the boot data (whether the account reads only its own scope). */
  readAccess?: ReadAccess;
}

export function serveClient(app: Express, db: Database, options: ClientOptions = {}): void {
  const dist = options.dist ?? CLIENT_DIST;
  // Vite names every file in assets/ after a hash of its content: a browser may keep it a year
  // without asking again (Cache-Control: public, max-age=31536000, immutable).
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  // The built HTML files, if asked for by name, carry the dashboard's policy too.
  app.use(
    express.static(dist, {
      index: false,
      maxAge: 0,
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) setDashboardHeaders(res as unknown as express.Response);
      },
    }),
  );
  const index = path.join(dist, 'index.html');
  const page = builtPage(index);
  const firstView = options.firstView;
  // Shared by every caller: the first view's answers are an anonymous caller's, the latest years public.
  const pageData = pageDataCache(db, async (withAnswers, search) => {
    const [data, answers] = await Promise.all([bootData(db), withAnswers && firstView ? withinBudget(firstView, search, FIRST_VIEW_BUDGET_MS) : []]);
    return { ...data, answers };
  });
  // The dashboard's pages: its panels (the first view's answers go with `/` only), the import,
  // login and about pages, the weekly review and the plan.
  app.get(['/', '/import', '/login', '/about', '/review', '/plan'], async (req, res, next) => {
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built yet: run `npm run build:client` (npm start does it).\n');
      return;
    }
    try {
      const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const [html, shared] = await Promise.all([page(), options.private?.(req) ? NO_DATA : pageData(req.path === '/' && !!firstView, search)]);
      // As `me` answers it: the account of the session (or API token), null for anyone else.
      const principal = principalOf(req);
      const me = accountMe(principal, options.readAccess ?? 'public');
      setDashboardHeaders(res);
      // A page naming its account is that person's: no shared cache may keep it.
      res.type('html').set('Cache-Control', me ? 'private, no-cache' : 'no-cache');
      if (me === null && req.method === 'GET') {
        const kept = anonymousPage(req, html, shared, me);
        if (kept.etag) res.setHeader('ETag', kept.etag);
        // Compressed once per page data whatever its size: no longer on every load.
        const method = wholeEncoding(req, kept.body.length, Number.POSITIVE_INFINITY);
        // A revalidation (304), another encoding or none: as res.send and the compression middleware do it.
        if (!method || req.fresh) return void res.send(kept.body);
        const packed = (kept.encoded[method] ??= encode(method, kept.body));
        res.vary('Accept-Encoding');
        res.setHeader('Content-Encoding', method);
        res.setHeader('Content-Length', packed.length);
        return void res.end(packed);
      }
      res.send(withBoot(html, shared, me));
    } catch (err) {
      next(err);
    }
  });
}
