// The year's target split: per program and segment, the branch target head office set, the
// shares of the AR/ARK with their monthly phasing, and what is still unassigned. The Kabid (or
// an admin) edits one line at a time; everyone else who reads the plan reads.
import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import { formatInteger, type Locale, monthName } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { planProblem } from './plan-errors.ts';
import { type PlanLine, TargetPlanQuery } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { SplitEditor } from './split-editor.tsx';

export interface TargetSplitProps {
  branch: string;
  year: number;
  writer: boolean;
  t: PlanningTexts;
  locale: Locale;
}

const lineKey = (l: Pick<PlanLine, 'program' | 'segment'>) => `${l.program}-${l.segment}`;

function Phasing({ share, t, locale }: { share: PlanLine['shares'][number]; t: PlanningTexts; locale: Locale }) {
  return (
    <>
      <span className="badge">{share.phased ? t.phasedMark : t.evenMark}</span>
      <ol className="split-phasing" aria-label={t.phasing}>
        {share.monthly.map((m, k) => (
          <li key={k}>
            <abbr title={monthName(k + 1, locale)}>{monthName(k + 1, locale, true)}</abbr> {formatInteger(m, locale)}
          </li>
        ))}
      </ol>
    </>
  );
}

function Line({ line, branch, year, writer, editing, onEdit, team, t, locale }: {
  line: PlanLine; branch: string; year: number; writer: boolean; editing: boolean; onEdit: (key: string | null, saved?: boolean) => void;
  team: { code: string; name: string; role: string }[]; t: PlanningTexts; locale: Locale;
}) {
  const ids = useId();
  const roles = (accountTexts[locale] ?? accountTexts.id).roles as Record<string, string>;
  const title = t.lineTitle(line.program, t.segmentNames[line.segment] ?? line.segment);
  const n = (v: number) => formatInteger(v, locale);
  return (
    <section className="split-line" aria-labelledby={`${ids}-title`} data-testid="split-line" data-line={lineKey(line)}>
      <div className="split-line-head">
        <h4 id={`${ids}-title`} tabIndex={-1} data-line-title={lineKey(line)}>
          {title}
        </h4>
        <dl className="split-figures">
          <div>
            <dt>{t.branchTarget}</dt>
            <dd data-testid="line-target">{line.branchTarget === null || line.branchTarget === undefined ? t.noBranchTarget : n(line.branchTarget)}</dd>
          </div>
          <div>
            <dt>{t.assigned}</dt>
            <dd data-testid="line-assigned">{n(line.assigned)}</dd>
          </div>
          {line.unassigned === null || line.unassigned === undefined ? null : (
            <div>
              <dt>{t.unassigned}</dt>
              <dd data-testid="line-unassigned">{n(line.unassigned)}</dd>
            </div>
          )}
        </dl>
        {writer && !editing ? (
          <button type="button" className="button button-quiet" onClick={() => onEdit(lineKey(line))} aria-label={t.editSplit(title)} data-testid="split-edit">
            {t.edit}
          </button>
        ) : null}
      </div>
      {editing ? (
        <SplitEditor branch={branch} year={year} line={line} title={title} team={team} roles={roles} t={t} locale={locale} onDone={(saved) => onEdit(null, saved)} />
      ) : line.shares.length ? (
        <div className="table-scroll" role="region" aria-labelledby={`${ids}-title`} tabIndex={0}>
          <table className="data-table split-table">
            <thead>
              <tr>
                <th scope="col">{t.staff}</th>
                <th scope="col">{t.role}</th>
                <th scope="col" className="num">{t.share}</th>
                <th scope="col">{t.phasing}</th>
              </tr>
            </thead>
            <tbody>
              {line.shares.map((s) => (
                <tr key={s.staff} data-testid="share-row" data-staff={s.staff}>
                  <th scope="row">{s.name ?? s.staff}</th>
                  <td>{s.role ? (roles[s.role] ?? s.role) : ''}</td>
                  <td className="num" data-testid="share-target">{n(s.target)}</td>
                  <td className="split-phasing-cell">
                    <Phasing share={s} t={t} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t.noShares}</p>
      )}
    </section>
  );
}

export function TargetSplit({ branch, year, writer, t, locale }: TargetSplitProps) {
  const ids = useId();
  const { data, error, refetch } = useQuery(TargetPlanQuery, { variables: { branch, year }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  // The branch's AR/ARK: the only staff a share may go to.
  const team = (data?.reviewStaff ?? []).filter((s) => s.role === 'AR' || s.role === 'ARK');

  const onEdit = (key: string | null, wasSaved = false) => {
    const closing = editing;
    setEditing(key);
    if (key !== null || !closing) return setSaved('');
    const line = data?.targetPlan.find((l) => lineKey(l) === closing);
    if (wasSaved && line) setSaved(t.splitSaved(t.lineTitle(line.program, t.segmentNames[line.segment] ?? line.segment)));
    // Back to the line's heading: the editor is gone.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-line-title="${closing}"]`)?.focus());
  };

  let body;
  if (error && !data) {
    body = (
      <div className="state state-error" data-testid="split-error">
        <strong>{t.errorTitle}</strong>
        <ProblemNote kind="plan" id={`${ids}-problem`} problem={planProblem(error, t, locale)} t={t} locale={locale} />
        <button type="button" className="button" onClick={() => void refetch()}>
          {t.retry}
        </button>
      </div>
    );
  } else if (!data) {
    body = (
      <div className="state state-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t.loading}
      </div>
    );
  } else if (!data.targetPlan.length) {
    body = <p className="muted" data-testid="split-none">{t.noLines(year)}</p>;
  } else {
    body = (
      <div className="split-lines" ref={listRef}>
        {data.targetPlan.map((line) => (
          <Line key={lineKey(line)} line={line} branch={branch} year={year} writer={writer} editing={editing === lineKey(line)} onEdit={onEdit} team={team} t={t} locale={locale} />
        ))}
      </div>
    );
  }
  return (
    <section className="plan-section" aria-labelledby={`${ids}-title`} data-testid="target-split">
      <h3 id={`${ids}-title`}>{t.splitTitle}</h3>
      <p className="panel-subtitle">{t.splitIntro(year)}</p>
      <p className="sr-only" role="status">
        {saved}
      </p>
      {body}
    </section>
  );
}
