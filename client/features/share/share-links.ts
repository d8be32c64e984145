// Pure helpers of the share menu: the current view's parameters as URL parameters, the chart,
// embed and CSV links (same shapes as the server's POST /embed/sign answer) and the iframe snippet.
import type { ChartName } from '../../../common/charts/registry.ts';
import type { Locale } from '../../../common/i18n/format.ts';

export type ShareParamValue = string | number | boolean | readonly string[] | null | undefined;
export type ShareParams = Record<string, ShareParamValue>;

export interface ShareLinks {
  svg: string;
  png: string;
  csv: string;
  embed: string;
}

export interface SignAnswer {
  signed: boolean;
  token: string | null;
  exp: string | null;
  links: ShareLinks;
}

/** The view's arguments as URL parameters: lists comma separated, empty values left out, lang added. */
export function shareParams(params: ShareParams, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) out[key] = value.join(',');
    } else out[key] = String(value);
  }
  out.lang = locale;
  // Sorted like the server's canonical parameters, so both build the very same links.
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** Sizes the chart URLs accept (the server answers 400 outside them). */
export function clampSize(size: { width: number; height: number }): { width: number; height: number } {
  const clamp = (v: number, lo: number, hi: number, fallback: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback);
  return { width: clamp(size.width, 200, 2400, 640), height: clamp(size.height, 150, 2400, 400) };
}

/** Public links (a server without signing secret): the same paths POST /embed/sign returns. */
export function unsignedLinks(chart: ChartName, params: Record<string, string>, size: { width: number; height: number }): ShareLinks {
  const { width, height } = clampSize(size);
  const sized = { ...params, width: String(width), height: String(height) };
  return {
    svg: `/charts/${chart}.svg${queryString(sized)}`,
    png: `/charts/${chart}.png${queryString(sized)}`,
    csv: `/charts/${chart}.csv${queryString(params)}`,
    embed: `/embed/${chart}${queryString(sized)}`,
  };
}

export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet to paste into a web page or a CMS. */
export function iframeSnippet(embedUrl: string, size: { width: number; height: number }, title: string): string {
  const { width, height } = clampSize(size);
  return `<iframe src="${escapeAttr(embedUrl)}" width="${width}" height="${height}" title="${escapeAttr(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/**
 * The server refused to sign: 401, nobody is logged in; 403, the account may not share this
 * branch's data. Links made without the server would not open on such a server either.
 */
export class SignRefused extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

/** The message of an error answer: its JSON `error`, else its text. */
async function answerMessage(res: Response): Promise<string> {
  const text = (await res.text()).trim();
  try {
    const error = (JSON.parse(text) as { error?: unknown }).error;
    if (typeof error === 'string' && error) return error;
  } catch {
    // Not JSON: the text is the message.
  }
  return text || `HTTP ${res.status}`;
}

/**
 * Asks the server for (signed, when it has a secret) links of exactly this view, with the
 * session cookie (same origin), since signing is done for a logged-in account allowed to share.
 */
export async function requestLinks(chart: ChartName, params: Record<string, string>, size: { width: number; height: number }, fetchImpl: typeof fetch = fetch): Promise<SignAnswer> {
  const res = await fetchImpl('/embed/sign', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chart, params: { ...params, ...clampSize(size) } }),
  });
  if (res.status === 401 || res.status === 403) throw new SignRefused(res.status, await answerMessage(res));
  if (!res.ok) throw new Error(await answerMessage(res));
  return (await res.json()) as SignAnswer;
}
