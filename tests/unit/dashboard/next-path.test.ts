// Where the login view returns to: a path of this site, never another site (open redirect),
// never the login page itself (a loop), whatever a link puts in `?next=`.
import { describe, expect, it } from 'vitest';
import { loginHref, safeNextPath } from '../../../client/lib/next-path.ts';

const ORIGIN = 'https://pantau.example';

describe('safeNextPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeNextPath('/import?lang=en&branch=MADIUN', ORIGIN)).toBe('/import?lang=en&branch=MADIUN');
    expect(safeNextPath('/?branch=KEDIRI&segments=PU,BPU#panel-reach', ORIGIN)).toBe('/?branch=KEDIRI&segments=PU,BPU#panel-reach');
    expect(safeNextPath('/a/../import', ORIGIN)).toBe('/import');
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['an absolute URL', 'https://evil.example/'],
    ['an absolute URL of this very site', `${ORIGIN}/import`],
    ['a scheme-relative URL', '//evil.example/x'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a backslash after the slash, encoded by nobody', '/\\/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'import'],
    ['a tab inside the scheme-relative form', '/\t/evil.example'],
    ['a line break', '/\n/evil.example'],
    ['the login page itself', '/login?next=/import'],
  ])('sends %s to the dashboard', (_what, next) => {
    expect(safeNextPath(next, ORIGIN)).toBe('/');
  });
});

describe('loginHref', () => {
  it('names the language and the page to return to', () => {
    const href = new URL(loginHref('en', '/import?lang=en'), ORIGIN);
    expect(href.pathname).toBe('/login');
    expect(href.searchParams.get('lang')).toBe('en');
    expect(href.searchParams.get('next')).toBe('/import?lang=en');
  });
  it('leaves next out for the dashboard, where a login returns anyway', () => {
    expect(loginHref('id', '/')).toBe('/login?lang=id');
  });
});
