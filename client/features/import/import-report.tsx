// The validation report of the file last checked or stored: the outcome, the notes on an
// accepted file, and the problems found (each with its line, column, value and reason).
import type { ImportPageDataMutation } from '../../../common/gql/graphql.ts';
import type { ImportPageTexts } from '../../../common/i18n/import-page.ts';

export type Report = ImportPageDataMutation['importData'];

export function ImportReportView({ report, t }: { report: Report; t: ImportPageTexts }) {
  return (
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
      {report.notes.length ? (
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
  );
}
