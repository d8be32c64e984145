// Plan against realisation for the range shown, by ISO week, month or staff member (the URL's
// `by=`): planned, done, cancelled, still open and done as a share of those closed, beside every
// socialisation the branch recorded (planned or not) and its registrations. A table with a
// caption, readable at phone width by scrolling its own region; its CSV is the server's, in
// the reader's language.
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { formatInteger, formatPercent, formatPeriod, type Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { daysOfWeek, weekNumber } from '../../../common/time/week-days.ts';
import { planProblem } from './plan-errors.ts';
import { PLAN_GROUPS, type PlanGroup } from './plan-url.ts';
import { PlanRealisationQuery } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { planCsvHref } from './plan-csv-link.ts';

export interface PlanRealisationProps {
  branch: string;
  bounds: { from: string; to: string };
  /** The range's name as the switch says it, for the caption. */
  rangeName: string;
  by: PlanGroup;
  onBy: (by: PlanGroup) => void;
  staffName: (code: string) => string | null;
  t: PlanningTexts;
  locale: Locale;
}

function keyText(key: string, by: PlanGroup, staffName: PlanRealisationProps['staffName'], t: PlanningTexts, locale: Locale) {
  if (by === 'WEEK') {
    if (!/^\d{4}-W\d{2}$/.test(key)) return key;
    return (
      <>
        {t.weekLabel(weekNumber(key), key)}
        <span className="plan-week-days"> {daysOfWeek(key, locale)}</span>
      </>
    );
  }
  if (by === 'MONTH') return formatPeriod(key, locale);
  return key === '(none)' ? t.noStaffGroup : (staffName(key) ?? key);
}

export function PlanRealisation({ branch, bounds, rangeName, by, onBy, staffName, t, locale }: PlanRealisationProps) {
  const ids = useId();
  const { data, error, refetch } = useQuery(PlanRealisationQuery, { variables: { branch, ...bounds, groupBy: by }, fetchPolicy: 'cache-and-network' });
  const n = (v: number) => formatInteger(v, locale);
  const rows = data?.planRealisation ?? [];
  return (
    <section className="plan-section" aria-labelledby={`${ids}-title`} data-testid="plan-realisation">
      <h3 id={`${ids}-title`}>{t.realisationTitle}</h3>
      <p className="panel-subtitle">{t.realisationIntro}</p>
      <div className="plan-toolbar">
        <fieldset className="segmented" data-testid="plan-group">
          <legend>{t.groupBy}</legend>
          {PLAN_GROUPS.map((g) => (
            <label key={g}>
              <input type="radio" name={`${ids}-by`} value={g} checked={by === g} onChange={() => onBy(g)} />
              <span>{t.groupNames[g]}</span>
            </label>
          ))}
        </fieldset>
        <a className="button button-quiet" href={planCsvHref({ branch, ...bounds, groupBy: by, lang: locale })} download data-testid="plan-csv">
          {t.downloadCsv}
        </a>
      </div>
      {error && !data ? (
        <div className="state state-error">
          <strong>{t.errorTitle}</strong>
          <ProblemNote kind="plan" id={`${ids}-problem`} problem={planProblem(error, t, locale)} t={t} locale={locale} />
          <button type="button" className="button" onClick={() => void refetch()}>
            {t.retry}
          </button>
        </div>
      ) : !data ? (
        <div className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t.loading}
        </div>
      ) : rows.length ? (
        <div className="table-scroll" role="region" aria-labelledby={`${ids}-caption`} tabIndex={0}>
          <table className="data-table plan-table" data-testid="plan-realisation-table">
            <caption id={`${ids}-caption`}>
              {t.realisationTitle} · {rangeName}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.key[by]}</th>
                <th scope="col" className="num">{t.planned}</th>
                <th scope="col" className="num">{t.done}</th>
                <th scope="col" className="num">{t.cancelled}</th>
                <th scope="col" className="num">{t.open}</th>
                <th scope="col" className="num">{t.donePct}</th>
                <th scope="col" className="num">{t.socialisations}</th>
                <th scope="col" className="num">{t.recordedRegistrations}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid="plan-row" data-key={r.key}>
                  <th scope="row">{keyText(r.key, by, staffName, t, locale)}</th>
                  <td className="num" data-col="planned">{n(r.planned)}</td>
                  <td className="num" data-col="done">{n(r.done)}</td>
                  <td className="num" data-col="cancelled">{n(r.cancelled)}</td>
                  <td className="num" data-col="open">{n(r.open)}</td>
                  <td className="num" data-col="donePct">{r.donePct === null || r.donePct === undefined ? '—' : formatPercent(r.donePct, locale, 0)}</td>
                  <td className="num" data-col="socialisations">{n(r.socialisations)}</td>
                  <td className="num" data-col="registrations">{n(r.registrations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted" data-testid="plan-rows-none">
          {t.noRows}
        </p>
      )}
    </section>
  );
}
