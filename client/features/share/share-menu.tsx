// The "share / embed" action of a dashboard panel: the iframe snippet and SVG, PNG and CSV links
// for exactly the current view (its arguments, language and size), to copy or download. The
// links come from POST /embed/sign, so they are signed when the server has EMBED_SECRET; when
// the server cannot be asked, public links are built locally (they work on a public server).
// Signing is for a logged-in account allowed to share the branch's data: when the server
// refuses (nobody logged in, or not allowed), the menu says so and offers no links. The
// printable report of the view's scope and year is linked beside them: it is a page anyone who
// may read the scope opens, so it needs no signature.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { CHARTS, type ChartName } from '../../../common/charts/registry.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { share } from '../../../common/i18n/share.ts';
import { report as reportTexts } from '../../../common/i18n/report.ts';
import { absoluteUrl, iframeSnippet, requestLinks, SignRefused, type ShareLinks, type ShareParams, shareParams, unsignedLinks } from './share-links.ts';
import { currentPath, loginHref } from '../../lib/next-path.ts';
import { copyText } from '../../lib/copy-text.ts';
import { reportHref, reportYear } from './report-link.ts';
import './share-menu.css';

export interface ShareMenuProps {
  /** Which chart the panel shows. */
  chart: ChartName;
  /** The view's arguments, as given to the GraphQL root field (lists as arrays, null/undefined left out). */
  params: ShareParams;
  locale: Locale;
  /** The chart's size in the panel, in CSS px: used for the image and the iframe. */
  width: number;
  height: number;
}

export function ShareMenu({ chart, params, locale, width, height }: ShareMenuProps) {
  const t = share[locale];
  const r = reportTexts[locale];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState<ShareLinks | null>(null);
  const [note, setNote] = useState<string>('');
  const [refused, setRefused] = useState<401 | 403 | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const url = shareParams(params, locale);
  const key = JSON.stringify([chart, url, Math.round(width), Math.round(height)]);

  // Links for exactly the current view; asked again whenever the view changes while open.
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setLinks(null);
    setRefused(null);
    setNote(t.loading);
    requestLinks(chart, url, { width, height })
      .then((answer) => {
        if (cancelled) return;
        setLinks(answer.links);
        setNote(answer.signed && answer.exp ? t.signed(new Date(answer.exp).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')) : t.public);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        if (e instanceof SignRefused) {
          setRefused(e.status);
          setNote(e.status === 401 ? t.refusedAnonymous : t.refusedForbidden);
          return;
        }
        setLinks(unsignedLinks(chart, url, { width, height }));
        setNote(t.failed(e instanceof Error ? e.message : String(e)));
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key]);

  // Closes on Escape and on a click outside.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => rootRef.current && !rootRef.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const copy = useCallback(async (what: string, text: string) => {
    if (await copyText(text)) {
      setCopied(what);
      setTimeout(() => setCopied((c) => (c === what ? null : c)), 1500);
    }
  }, []);

  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const abs = (path: string) => absoluteUrl(origin, path);
  const snippet = links ? iframeSnippet(abs(links.embed), { width, height }, CHARTS[chart].title(locale)) : '';
  const files: [keyof ShareLinks, string][] = [
    ['svg', t.svg],
    ['png', t.png],
    ['csv', t.csv],
  ];

  return (
    <div className="share-menu" ref={rootRef}>
      <button type="button" className="share-button" aria-expanded={open} aria-controls={`${id}-panel`} aria-label={t.label} onClick={() => setOpen((o) => !o)}>
        {t.button}
      </button>
      {open ? (
        <div className="share-panel" id={`${id}-panel`} role="dialog" aria-label={t.label}>
          <p className={refused ? 'share-note share-refused' : 'share-note'} aria-live="polite" data-testid="share-note">
            {note}
            {refused === 401 ? (
              <>
                {' '}
                <a href={loginHref(locale, currentPath())}>{t.login}</a>
              </>
            ) : null}
          </p>
          <label className="share-label" htmlFor={`${id}-snippet`}>
            {t.embed}
          </label>
          <div className="share-row">
            <textarea id={`${id}-snippet`} className="share-snippet" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" disabled={!links} onClick={() => copy('embed', snippet)}>
              {copied === 'embed' ? t.copied : t.copy}
            </button>
          </div>
          <ul className="share-files">
            {files.map(([kind, label]) => (
              <li key={kind}>
                <span className="share-file-label">{label}</span>
                <button type="button" disabled={!links} onClick={() => links && copy(kind, abs(links[kind]))}>
                  {copied === kind ? t.copied : t.copyLink}
                </button>
                {links ? (
                  <a href={links[kind]} download className="share-download">
                    {t.download}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="share-report">
            <a href={reportHref(params, locale)} title={r.openReportTitle(reportYear(params))} data-testid="share-report">
              {r.openReport}
            </a>
          </p>
          <button type="button" className="share-close" onClick={() => setOpen(false)}>
            {t.close}
          </button>
        </div>
      ) : null}
    </div>
  );
}
