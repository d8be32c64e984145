// The import history (the server's last 20 attempts), latest first.
import type { ImportPageHistoryQuery } from '../../../common/gql/graphql.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { ImportPageTexts } from '../../../common/i18n/import-page.ts';

export type Run = ImportPageHistoryQuery['importHistory'][number];

export function ImportHistory({ history, t, locale }: { history: Run[] | null; t: ImportPageTexts; locale: Locale }) {
  const dateFormat = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
  return (
    <>
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
                  <td>{t.outcome[r.outcome] ?? r.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
