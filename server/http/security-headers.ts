// The Content-Security-Policy of the dashboard's pages (/, /import, /about and the built HTML
// files), and the frame-ancestors rule every page carries: Pantau's own pages may be framed
// only by Pantau (no clickjacking of the import page), while embeds are made to be framed by
// any site (server/embed/routes.ts says so with `frame-ancestors * file:`).
import type { Response } from 'express';

export const FRAME_SELF = "frame-ancestors 'self'";
/** `*` matches http(s) pages only: `file:` keeps a snippet tried in a local HTML file working. */
export const FRAME_ANYWHERE = 'frame-ancestors * file:';

/**
 * Scripts and styles come from this server only (Vite's hashed files); inline styles are
 * allowed because the charts' SVG carries a <style> element. The boot data is a JSON
 * <script type="application/json">, which a CSP does not treat as a script.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  FRAME_SELF,
].join('; ');

export function setDashboardHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
}
