// Where the login view sends a person back to: `?next=` names a path of this site only. Anything
// else (an absolute URL, `//host`, `/\host`, a javascript: URL, the login page itself) falls back
// to the dashboard, so that a link to Pantau's login cannot forward to another site (open
// redirect) or loop.
import type { Locale } from '../../common/i18n/format.ts';

export const LOGIN_PATH = '/login';

/** The same-origin path (with its query and fragment) that `next` names, or '/'. */
export function safeNextPath(next: string | null | undefined, origin: string): string {
  // Only a single leading slash followed by a path character: rules out `//evil`, `/\evil`
  // (browsers read a backslash as a slash) and every scheme, before the URL parser is asked.
  if (!next || !/^\/(?![/\\])/.test(next) || /[\u0000-\u001f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname === LOGIN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that returns to `next` (the current page) afterwards, in the same language. */
export function loginHref(locale: Locale, next: string): string {
  const search = new URLSearchParams({ lang: locale });
  if (next && next !== '/') search.set('next', next);
  return `${LOGIN_PATH}?${search.toString()}`;
}

/** The current page as a `next` value. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}
