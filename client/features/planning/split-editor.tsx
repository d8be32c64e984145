// The Kabid's editor of one target line's split: a share per AR/ARK, each spread evenly or phased
// by month; the assigned and unassigned parts follow every keystroke (said politely to screen
// readers), and the over-assignment is said before saving. The server still decides: a split
// beyond the target is refused there, and its refusal said in the reader's language.
import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatInteger, type Locale, monthName } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { evenPhasing } from '../../../common/planning/phasing.ts';
import type { Program, Segment } from '../../../common/vocabulary/schema-enums.ts';
import { type PlanProblem, planProblem } from './plan-errors.ts';
import { lineTotals, monthsSum, readCount } from './plan-model.ts';
import { type PlanLine, SetTargetSplitMutation } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';

export interface TeamMember {
  code: string;
  name: string;
  role: string;
}

interface Row {
  staff: string;
  name: string;
  role: string;
  target: string;
  own: boolean;
  months: string[];
}

export interface SplitEditorProps {
  branch: string;
  year: number;
  line: PlanLine;
  title: string;
  /** The branch's AR/ARK, who may get a share. */
  team: readonly TeamMember[];
  roles: Record<string, string>;
  t: PlanningTexts;
  locale: Locale;
  onDone: (saved: boolean) => void;
}

const rowOf = (s: PlanLine['shares'][number]): Row => ({ staff: s.staff, name: s.name ?? s.staff, role: s.role ?? '', target: String(s.target), own: s.phased, months: s.monthly.map(String) });

export function SplitEditor({ branch, year, line, title, team, roles, t, locale, onDone }: SplitEditorProps) {
  const ids = useId();
  const [rows, setRows] = useState<Row[]>(() => line.shares.map(rowOf));
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [save, { loading }] = useMutation(SetTargetSplitMutation, { refetchQueries: ['PlanTargets'], awaitRefetchQueries: true });
  const totals = useMemo(() => lineTotals(line.branchTarget, rows.map((r) => readCount(r.target))), [line.branchTarget, rows]);
  const free = team.filter((m) => !rows.some((r) => r.staff === m.code));
  const n = (v: number) => formatInteger(v, locale);

  const change = (i: number, patch: Partial<Row>) => setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setOwn = (i: number, own: boolean) => {
    const r = rows[i];
    // Phasing by hand starts from the even spread of the share as it stands.
    change(i, own ? { own, months: evenPhasing(readCount(r.target) ?? 0).map(String) } : { own });
  };
  const add = () => {
    const member = team.find((m) => m.code === adding);
    if (!member) return;
    setRows((prev) => [...prev, { staff: member.code, name: member.name, role: member.role, target: '0', own: false, months: evenPhasing(0).map(String) }]);
    setAdding('');
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const shares = [];
    for (const r of rows) {
      const target = readCount(r.target);
      const monthly = r.own ? r.months.map((m) => readCount(m)) : null;
      const typed = target === null ? r.target : monthly?.some((m) => m === null) ? r.months[monthly.indexOf(null)] : null;
      if (typed !== null || target === null) return setProblem({ text: t.refusals.shareNotCount(r.name, (typed ?? r.target).trim()) });
      shares.push({ staff: r.staff, target, monthly: monthly as number[] | null });
    }
    setProblem(null);
    try {
      await save({ variables: { branch, year, program: line.program as Program, segment: line.segment as Segment, shares } });
    } catch (error) {
      return setProblem(planProblem(error, t, locale));
    }
    onDone(true);
  };

  const problemId = `${ids}-problem`;
  return (
    <form className="plan-form split-editor" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${ids}-title`} data-testid="split-editor">
      <h4 id={`${ids}-title`}>{t.editSplit(title)}</h4>
      <p className="split-live" role="status" data-testid="split-live">
        <span>
          {t.branchTarget}: {line.branchTarget === null || line.branchTarget === undefined ? t.noBranchTarget : n(line.branchTarget)}
        </span>
        <span>
          {t.assigned}: <strong data-testid="split-assigned">{n(totals.assigned)}</strong>
        </span>
        {totals.unassigned === null ? null : (
          <span>
            {t.unassigned}: <strong data-testid="split-unassigned">{n(totals.unassigned)}</strong>
          </span>
        )}
        {totals.over > 0 ? <span className="split-over">{t.overBy(n(totals.over))}</span> : null}
      </p>
      {rows.length ? null : <p className="muted">{t.noShares}</p>}
      {rows.map((r, i) => {
        const rid = `${ids}-${i}`;
        const target = readCount(r.target);
        const months = r.own ? r.months.map((m) => readCount(m)) : evenPhasing(target ?? 0);
        const sum = monthsSum(months);
        const off = r.own && target !== null && sum !== target;
        return (
          <fieldset key={r.staff} className="split-share" data-testid="split-share" data-staff={r.staff}>
            <legend>
              {r.name} <span className="muted">({roles[r.role] ?? r.role})</span>
            </legend>
            <div className="field">
              <label htmlFor={`${rid}-target`}>{t.share}</label>
              <input id={`${rid}-target`} className="num-input" inputMode="numeric" value={r.target} onChange={(e) => change(i, { target: e.target.value })} aria-invalid={target === null ? true : undefined} data-testid="split-target" />
            </div>
            <fieldset className="segmented">
              <legend>{t.phasing}</legend>
              {[
                [false, t.evenSpread],
                [true, t.ownPhasing],
              ].map(([own, label]) => (
                <label key={String(own)}>
                  <input type="radio" name={`${rid}-mode`} checked={r.own === own} onChange={() => setOwn(i, own as boolean)} />
                  <span>{label as string}</span>
                </label>
              ))}
            </fieldset>
            <div className="split-months" role="group" aria-label={`${t.phasing}: ${r.name}`}>
              {months.map((m, k) => (
                <div className="field" key={k}>
                  <label htmlFor={`${rid}-m${k}`}>{monthName(k + 1, locale, true)}</label>
                  {r.own ? (
                    <input
                      id={`${rid}-m${k}`}
                      className="num-input"
                      inputMode="numeric"
                      value={r.months[k]}
                      onChange={(e) => change(i, { months: r.months.map((v, j) => (j === k ? e.target.value : v)) })}
                      aria-invalid={m === null ? true : undefined}
                      data-testid="split-month"
                    />
                  ) : (
                    <output id={`${rid}-m${k}`} className="split-month-even">
                      {n(m ?? 0)}
                    </output>
                  )}
                </div>
              ))}
            </div>
            {off ? (
              <p className="split-over" data-testid="split-months-off">
                {t.monthsOff(sum === null ? '—' : n(sum), n(target))}
              </p>
            ) : null}
            <button type="button" className="button button-quiet" onClick={() => setRows((prev) => prev.filter((_, j) => j !== i))}>
              {t.removeShare(r.name)}
            </button>
          </fieldset>
        );
      })}
      {free.length ? (
        <div className="split-add">
          <div className="field">
            <label htmlFor={`${ids}-add`}>{t.addShare}</label>
            <select id={`${ids}-add`} value={adding} onChange={(e) => setAdding(e.target.value)} data-testid="split-add-staff">
              <option value="">{t.chooseStaff}</option>
              {free.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name} ({roles[m.role] ?? m.role})
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-quiet" onClick={add} disabled={!adding} data-testid="split-add">
            {t.addShare}
          </button>
        </div>
      ) : null}
      <div className="plan-form-actions">
        <button type="submit" className="button" disabled={loading} data-testid="split-save">
          {loading ? t.savingSplit : t.saveSplit}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
      <ProblemNote kind="plan" id={problemId} problem={problem} t={t} locale={locale} />
    </form>
  );
}
