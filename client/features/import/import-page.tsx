// Upload page: choose a kind, drop or choose a CSV/XLSX file, check it (dry run) and read the
// validation report, then confirm to store it. Imports are made by the logged-in account (the
// session cookie goes with every request): nobody logged in, or an account whose role only
// reads, sees why it cannot import and a link to log in; the server decides every import itself
// and its refusal (which branch, which role) is shown. The history is for logged-in accounts
// only. The columns of each kind come from the server (importKinds), as the import contract
// defines them.
import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ImportPageKindsQuery } from '../../../common/gql/graphql.ts';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { importPage, type ImportPageTexts } from '../../../common/i18n/import-page.ts';
import { ImportKind } from '../../../common/vocabulary/schema-enums.ts';
import { GraphqlError, graphqlRequest, ImportPageDataMutation, ImportPageHistoryQuery, ImportPageKindsQuery as KindsQuery, toBase64 } from './import-api.ts';
import { ImportHistory, type Run } from './import-history.tsx';
import { ImportReportView, type Report } from './import-report.tsx';
import type { Account } from '../../lib/account-api.ts';
import { mayImport } from '../../lib/may.ts';
import { currentPath, loginHref } from '../../lib/next-path.ts';

const KINDS: ImportKind[] = Object.values(ImportKind);
type KindInfo = ImportPageKindsQuery['importKinds'][number];

/** The columns of the chosen kind, required then optional; nothing until the server has said. */
function ColumnsHint({ info, t }: { info: KindInfo | undefined; t: ImportPageTexts }) {
  if (!info) return null;
  const required = info.columns.filter((c) => c.required).map((c) => c.name);
  const optional = info.columns.filter((c) => !c.required).map((c) => c.name);
  return (
    <p className="hint">
      {t.columns}: <code>{required.join(', ')}</code> ({t.required})
      {optional.length > 0 && (
        <>
          {' · '}
          <code>{optional.join(', ')}</code> ({t.optional})
        </>
      )}
    </p>
  );
}

export interface ImportPageProps {
  locale?: Locale;
  /** The logged-in account; null when anonymous; undefined while `me` has not answered. */
  account: Account | null | undefined;
  /** A branch's name from its code (the dashboard's list). */
  branchName: (code: string) => string;
}

/** Who imports here, or why nobody can: the account and its scope, or the reason and a login link. */
function WhoImports({ id, account, t, locale, branchName }: { id: string; account: Account | null; t: ImportPageTexts; locale: Locale; branchName: (code: string) => string }) {
  const login = (text: string) => (
    <a href={loginHref(locale, currentPath())} data-testid="import-login">
      {text}
    </a>
  );
  if (!account)
    return (
      <div className="notice notice-stale" role="note" id={id} data-testid="import-who">
        <span>{t.needLogin}</span> {login(t.login)}
      </div>
    );
  if (!mayImport(account)) {
    const role = (accountTexts[locale] ?? accountTexts.id).roles[account.role] ?? account.role;
    return (
      <div className="notice notice-stale" role="note" id={id} data-testid="import-who">
        <span>{t.roleCannotImport(role)}</span> {login(t.loginOther)}
      </div>
    );
  }
  const scope = account.branch ? branchName(account.branch) : t.allBranches;
  return (
    <p className="hint" id={id} data-testid="import-who">
      {t.importingAs(account.username, scope)}
    </p>
  );
}

export default function ImportPage({ locale = 'id', account, branchName }: ImportPageProps) {
  const t = importPage[locale] ?? importPage.id;
  const allowed = !!account && mayImport(account);
  const ids = useId();
  const [kind, setKind] = useState<ImportKind>('membership');
  const [kinds, setKinds] = useState<KindInfo[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; detail?: string; login?: boolean } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [history, setHistory] = useState<Run[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The history is for accounts only: not asked for while nobody is logged in.
  const loggedIn = !!account;
  const loadHistory = useCallback(async () => {
    if (!loggedIn) return setHistory(null);
    try {
      const data = await graphqlRequest(ImportPageHistoryQuery, {});
      setHistory(data.importHistory);
    } catch {
      setHistory([]);
    }
  }, [loggedIn]);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);
  useEffect(() => {
    graphqlRequest(KindsQuery, {}).then(
      (data) => setKinds(data.importKinds),
      () => setKinds([]),
    );
  }, []);

  const pick = (f: File | null) => {
    setFile(f);
    setReport(null);
    setError(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return setError({ text: t.needFile });
    setBusy(true);
    setError(null);
    try {
      const content = toBase64(await file.arrayBuffer());
      const data = await graphqlRequest(
        ImportPageDataMutation,
        { kind, fileName: file.name, content, dryRun, sheet: sheet.trim() || null, lang: locale === 'en' ? 'EN' : 'ID' },
      );
      setReport(data.importData);
      void loadHistory();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      const code = err instanceof GraphqlError ? err.code : undefined;
      // The server's message names why (the role, the branch of the rows): shown under our sentence.
      if (code === 'UNAUTHENTICATED') setError({ text: t.errorUnauthenticated, detail: (err as Error).message, login: true });
      else if (code === 'FORBIDDEN') setError({ text: t.errorForbidden, detail: (err as Error).message });
      else setError({ text: err instanceof TypeError ? t.errorNetwork : (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files?.[0];
    if (f) pick(f);
  };

  const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
  const canConfirm = allowed && report?.outcome === 'DRY_RUN' && !busy;

  return (
    <section className="panel import-page" aria-labelledby={`${ids}-title`}>
      <div className="panel-header">
        <div className="panel-titles">
          <h2 id={`${ids}-title`}>{t.title}</h2>
          <p className="panel-subtitle">{t.intro}</p>
        </div>
      </div>
      <div className="panel-body">
        {account !== undefined ? <WhoImports id={`${ids}-who`} account={account} t={t} locale={locale} branchName={branchName} /> : null}
        <form onSubmit={onSubmit} className="import-form">
          <div className="field">
            <label htmlFor={`${ids}-kind`}>{t.kind}</label>
            <select
              id={`${ids}-kind`}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                setReport(null);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
            <ColumnsHint info={kinds?.find((k) => k.kind === kind)} t={t} />
          </div>

          <div className="field">
            <span id={`${ids}-file-label`}>{t.file}</span>
            <div
              className={`dropzone${dragging ? ' dropzone-active' : ''}`}
              role="group"
              aria-labelledby={`${ids}-file-label`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              style={{ border: '2px dashed currentColor', borderRadius: 8, padding: '1rem', opacity: dragging ? 1 : 0.9 }}
            >
              <p>{file ? `${file.name} (${number.format(file.size)} B)` : t.drop}</p>
              <button type="button" className="button button-quiet" onClick={() => inputRef.current?.click()}>
                {t.choose}
              </button>
              <input
                ref={inputRef}
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className="sr-only"
                aria-label={t.choose}
                onChange={(e) => pick(e.target.files?.[0] ?? null)}
              />
            </div>
          </div>

          {file && /\.xlsx$/i.test(file.name) && (
            <div className="field">
              <label htmlFor={`${ids}-sheet`}>{t.sheet}</label>
              <input id={`${ids}-sheet`} type="text" value={sheet} onChange={(e) => setSheet(e.target.value)} />
            </div>
          )}

          <div className="filter-actions">
            {/* A refused visitor hears why the check is off (the note above) on reaching it. */}
            <button type="submit" className="button" disabled={busy || !file || !allowed} aria-describedby={account !== undefined && !allowed ? `${ids}-who` : undefined}>
              {busy ? t.working : t.check}
            </button>
            <button type="button" className="button" disabled={!canConfirm} onClick={() => void run(false)}>
              {t.confirm}
            </button>
            {(file || report) && (
              <button type="button" className="button button-quiet" onClick={() => pick(null)}>
                {t.reset}
              </button>
            )}
          </div>
        </form>

        {error && (
          <div className="state state-error" role="alert" data-testid="import-error">
            <span>{error.text}</span>
            {error.detail ? <span className="state-detail">{error.detail}</span> : null}
            {error.login ? (
              <a href={loginHref(locale, currentPath())} data-testid="import-login">
                {t.login}
              </a>
            ) : null}
          </div>
        )}

        <div ref={resultRef} tabIndex={-1} aria-live="polite">
          {report && <ImportReportView report={report} t={t} />}
        </div>

        {account ? <ImportHistory history={history} t={t} locale={locale} /> : account === null ? <p className="muted">{t.historyNeedsLogin}</p> : null}
      </div>
    </section>
  );
}
