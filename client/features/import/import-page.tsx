// Upload page: choose a kind, drop or choose a CSV/XLSX file, check it (dry run) and read the
// validation report, then confirm to store it. Writes need the admin token (ADMIN_TOKEN), typed
// in a password field and sent as a bearer token; it is kept for this tab only. Plain fetch to
// POST /graphql (importData, importHistory), no Apollo cache involved: after a stored import the
// page reloads the history, and the dashboard's queries see the new data on their next fetch.
import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { TEXT } from './import-page-text.ts';

import type { Locale } from '../../../shared/i18n/format.ts';
type Kind = 'branches' | 'membership' | 'campaigns' | 'targets';
const KINDS: Kind[] = ['branches', 'membership', 'campaigns', 'targets'];

interface Problem {
  line: number | null;
  column: string | null;
  value: string | null;
  code: string;
  reason: string;
}
interface Report {
  runId: string | null;
  outcome: 'STORED' | 'REJECTED' | 'DRY_RUN';
  rows: number;
  rejectedRows: number;
  problemCount: number;
  problemsTruncated: boolean;
  storedRows: number;
  format: string | null;
  delimiter: string | null;
  sheet: string | null;
  columns: string[];
  problems: Problem[];
  /** What the import did to an accepted file (cost values rounded to whole Rupiah…), in the report's language. */
  notes?: { code: string; count: number; line: number | null; column: string | null; text: string }[];
}
interface Run {
  id: string;
  kind: string;
  fileName: string;
  outcome: string;
  rows: number;
  rejectedRows: number;
  actor: string;
  startedAt: string;
  sha256: string;
}

const IMPORT_MUTATION = `mutation ImportData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {
  importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {
    runId outcome rows rejectedRows problemCount problemsTruncated storedRows format delimiter sheet columns
    problems { line column value code reason }
    notes { code count line column text }
  }
}`;
const HISTORY_QUERY = `query ImportHistory { importHistory(limit: 20) { id kind fileName outcome rows rejectedRows actor startedAt sha256 } }`;

const COLUMNS: Record<Kind, { required: string[]; optional: string[] }> = {
  branches: { required: ['code', 'name'], optional: ['region'] },
  membership: { required: ['branch', 'period', 'segment', 'active_participants'], optional: ['program', 'new_participants', 'lapsed_participants'] },
  campaigns: { required: ['branch', 'date', 'activity', 'channel', 'reach', 'registrations'], optional: ['name', 'cost_idr', 'leads', 'segment', 'staff'] },
  targets: { required: ['branch', 'year', 'program', 'segment', 'target'], optional: ['metric', 'staff'] },
};

const TOKEN_KEY = 'pantau.adminToken';

async function graphqlRequest<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const e = new Error(body.errors[0].message) as Error & { code?: string };
    e.code = body.errors[0].extensions?.code;
    throw e;
  }
  if (!body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export default function ImportPage({ locale = 'id' }: { locale?: Locale }) {
  const t = TEXT[locale] ?? TEXT.id;
  const ids = useId();
  const [kind, setKind] = useState<Kind>('membership');
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [token, setToken] = useState(() => {
    try {
      return sessionStorage.getItem(TOKEN_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [history, setHistory] = useState<Run[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const loadHistory = useCallback(async () => {
    try {
      const data = await graphqlRequest<{ importHistory: Run[] }>(HISTORY_QUERY, {});
      setHistory(data.importHistory);
    } catch {
      setHistory([]);
    }
  }, []);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  useEffect(() => {
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      /* storage unavailable: keep it in memory only */
    }
  }, [token]);

  const pick = (f: File | null) => {
    setFile(f);
    setReport(null);
    setError(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return setError(t.needFile);
    if (!token) return setError(t.needToken);
    setBusy(true);
    setError(null);
    try {
      const content = toBase64(await file.arrayBuffer());
      const data = await graphqlRequest<{ importData: Report }>(
        IMPORT_MUTATION,
        { kind, fileName: file.name, content, dryRun, sheet: sheet.trim() || null, lang: locale === 'en' ? 'EN' : 'ID' },
        token,
      );
      setReport(data.importData);
      void loadHistory();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      const e = err as Error & { code?: string };
      setError(e.code === 'FORBIDDEN' ? t.errorForbidden : e instanceof TypeError ? t.errorNetwork : e.message);
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

  const dateFormat = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
  const canConfirm = report?.outcome === 'DRY_RUN' && !busy;

  return (
    <section className="panel import-page" aria-labelledby={`${ids}-title`}>
      <div className="panel-header">
        <div className="panel-titles">
          <h2 id={`${ids}-title`}>{t.title}</h2>
          <p className="panel-subtitle">{t.intro}</p>
        </div>
      </div>
      <div className="panel-body">
        <form onSubmit={onSubmit} className="import-form">
          <div className="field">
            <label htmlFor={`${ids}-kind`}>{t.kind}</label>
            <select
              id={`${ids}-kind`}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as Kind);
                setReport(null);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
            <p className="hint">
              {t.columns}: <code>{COLUMNS[kind].required.join(', ')}</code> ({t.required})
              {COLUMNS[kind].optional.length > 0 && (
                <>
                  {' · '}
                  <code>{COLUMNS[kind].optional.join(', ')}</code> ({t.optional})
                </>
              )}
            </p>
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

          <div className="field">
            <label htmlFor={`${ids}-token`}>{t.token}</label>
            <input
              id={`${ids}-token`}
              type="password"
              autoComplete="current-password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              aria-describedby={`${ids}-token-hint`}
            />
            <p className="hint" id={`${ids}-token-hint`}>
              {t.tokenHint}
            </p>
          </div>

          <div className="filter-actions">
            <button type="submit" className="button" disabled={busy || !file}>
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
          <div className="state state-error" role="alert">
            {error}
          </div>
        )}

        <div ref={resultRef} tabIndex={-1} aria-live="polite">
          {report && (
            <div className={`import-report import-${report.outcome.toLowerCase()}`}>
              <p className={report.outcome === 'REJECTED' ? 'notice state-error' : 'notice'}>
                <strong>{t.outcome[report.outcome]}</strong>
                {': '}
                {report.outcome === 'REJECTED'
                  ? t.summaryRejected(report.rejectedRows, report.rows, report.problemCount)
                  : report.outcome === 'STORED'
                    ? t.summaryStored(report.rows, report.storedRows)
                    : t.summaryOk(report.rows)}
                {report.format && (
                  <span className="muted">
                    {' '}
                    ({report.format}
                    {report.delimiter ? ` "${report.delimiter === '\t' ? 'TAB' : report.delimiter}"` : ''}
                    {report.sheet ? ` · ${report.sheet}` : ''})
                  </span>
                )}
              </p>
              {report.notes?.length ? (
                <ul className="import-notes" data-testid="import-notes">
                  {report.notes.map((n, i) => (
                    <li key={i} className="notice" data-code={n.code}>
                      {n.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              {report.problems.length > 0 && (
                <div className="table-scroll">
                  <table className="data-table">
                    <caption>
                      {t.reportCaption}
                      {report.problemsTruncated ? ` — ${t.truncated(report.problems.length, report.problemCount)}` : ''}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.line}</th>
                        <th scope="col">{t.column}</th>
                        <th scope="col">{t.value}</th>
                        <th scope="col">{t.reason}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.problems.map((p, i) => (
                        <tr key={i}>
                          <td>{p.line ?? '—'}</td>
                          <td>{p.column ?? '—'}</td>
                          <td>
                            <code>{p.value ?? ''}</code>
                          </td>
                          <td>{p.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          )}
        </div>

        <h3>{t.history}</h3>
        {history && history.length === 0 && <p className="muted">{t.noHistory}</p>}
        {history && history.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">{t.history}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.file}</th>
                  <th scope="col">{t.rowsCol}</th>
                  <th scope="col">{t.rejectedCol}</th>
                  <th scope="col">{t.actor}</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {history.map((r) => (
                  <tr key={r.id}>
                    <td>{dateFormat.format(new Date(r.startedAt))}</td>
                    <td>{(t.kinds as Record<string, string>)[r.kind] ?? r.kind}</td>
                    <td title={`sha256 ${r.sha256}`}>{r.fileName}</td>
                    <td>{number.format(r.rows)}</td>
                    <td>{number.format(r.rejectedRows)}</td>
                    <td>{r.actor}</td>
                    <td>{(t.outcome as Record<string, string>)[r.outcome] ?? r.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
