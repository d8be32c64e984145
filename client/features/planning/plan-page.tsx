// The planning page (/plan?branch=MADIUN&year=2025): the year's target split across the AR/ARK
// team, the planned socialisation of a range (this week by default) and plan against
// realisation. The branch's Kabid (and an admin) splits and plans; whoever may import the
// branch's campaigns records results; everyone else who may read the plan reads. The plan
// names the team, so the server answers nobody anonymous: the page asks to log in instead.
// Loaded only when opened.
import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { planning as planningTexts, type PlanningTexts } from '../../../common/i18n/planning.ts';
import type { Account } from '../../lib/account-api.ts';
import { currentPath, loginHref } from '../../lib/next-path.ts';
import { weeksAround } from '../../../common/time/agency-time.ts';
import { PlannedActivities } from './planned-activities.tsx';
import { rangeBounds, recordsResults, writesPlan } from './plan-model.ts';
import { PlanRealisation } from './plan-realisation.tsx';
import { TargetPlanQuery } from './planning-api.ts';
import { TargetSplit } from './target-split.tsx';
import { usePlanView } from './use-plan-view.ts';
import './planning.css';

export interface PlanPageProps {
  locale?: Locale;
  /** The logged-in account; null when anonymous; undefined while `me` has not answered. */
  account: Account | null | undefined;
  /** The branch whose plan is shown; null when the view's scope is no branch. */
  branch: string | null;
  /** The branches the reader may choose among. */
  branches: readonly { code: string; name: string }[];
  onBranch: (code: string) => void;
  branchName: (code: string) => string;
  /** The plan's year (the URL's `year`, else the branch's latest year of data). */
  year: number;
  onYear: (year: number) => void;
}

function LoginNotice({ t, locale }: { t: PlanningTexts; locale: Locale }) {
  return (
    <div className="notice notice-stale" role="note" data-testid="plan-login">
      <span>{t.needLogin}</span>{' '}
      <a href={loginHref(locale, currentPath())} data-testid="plan-login-link">
        {t.login}
      </a>
    </div>
  );
}

function Pickers({ branch, branches, onBranch, branchName, year, onYear, t }: Pick<PlanPageProps, 'branch' | 'branches' | 'onBranch' | 'branchName' | 'year' | 'onYear'> & { t: PlanningTexts }) {
  const id = useId();
  const thisYear = new Date().getFullYear();
  const years = [];
  for (let y = Math.max(thisYear + 1, year); y >= Math.min(2016, year); y--) years.push(y);
  return (
    <div className="plan-pickers">
      {branches.length <= 1 && branch ? null : (
        <div className="field">
          <label htmlFor={`${id}-branch`}>{t.branch}</label>
          <select id={`${id}-branch`} value={branch ?? ''} onChange={(e) => e.target.value && onBranch(e.target.value)} data-testid="plan-branch">
            {branch ? null : <option value="">{t.chooseBranch}</option>}
            {branch && !branches.some((b) => b.code === branch) ? <option value={branch}>{branchName(branch)}</option> : null}
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-year`}>{t.year}</label>
        <select id={`${id}-year`} value={year} onChange={(e) => onYear(Number(e.target.value))} data-testid="plan-year">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function PlanBoard({ locale, account, branch, year, t }: { locale: Locale; account: Account; branch: string; year: number; t: PlanningTexts }) {
  const { today } = useMemo(() => weeksAround(), []);
  const [view, setView] = usePlanView();
  const bounds = useMemo(() => rangeBounds(view.range, year), [view.range, year]);
  // The team, asked with the plan (a second ask of the same query is answered from the cache).
  const { data } = useQuery(TargetPlanQuery, { variables: { branch, year }, fetchPolicy: 'cache-first' });
  const team = useMemo(() => data?.reviewStaff ?? [], [data]);
  const staffName = (code: string) => team.find((s) => s.code === code)?.name ?? null;
  const writer = writesPlan(account, branch);
  const recorder = recordsResults(account, branch);
  const role = (accountTexts[locale] ?? accountTexts.id).roles[account.role] ?? account.role;
  const rangeName = { week: t.thisWeek, lastWeek: t.lastWeek, month: t.thisMonth, year: t.wholeYear(year) }[view.range];
  return (
    <div className="plan-board">
      {writer ? null : (
        <p className="hint plan-readonly" data-testid="plan-readonly">
          {t.readOnly(role)}
        </p>
      )}
      <TargetSplit branch={branch} year={year} writer={writer} t={t} locale={locale} />
      <PlannedActivities
        branch={branch}
        year={year}
        range={view.range}
        bounds={bounds}
        onRange={(r) => setView('range', r)}
        today={today}
        team={team.filter((s) => s.role !== 'KABID')}
        writer={writer}
        recorder={recorder}
        t={t}
        locale={locale}
      />
      <PlanRealisation branch={branch} bounds={bounds} rangeName={rangeName} by={view.by} onBy={(by) => setView('by', by)} staffName={staffName} t={t} locale={locale} />
    </div>
  );
}

export default function PlanPage({ locale = 'id', account, branch, branches, onBranch, branchName, year, onYear }: PlanPageProps) {
  const t = planningTexts[locale] ?? planningTexts.id;
  const ids = useId();
  return (
    <section className="panel plan-page" aria-labelledby={`${ids}-title`} data-testid="plan-page">
      <div className="panel-header plan-header">
        <div className="panel-titles">
          <h2 id={`${ids}-title`}>
            {t.title}
            {branch ? <span className="plan-branch-name"> · {branchName(branch)}</span> : null}
          </h2>
          <p className="panel-subtitle">{t.intro}</p>
        </div>
        {account ? <Pickers branch={branch} branches={branches} onBranch={onBranch} branchName={branchName} year={year} onYear={onYear} t={t} /> : null}
      </div>
      {account === undefined ? null : account === null ? (
        <LoginNotice t={t} locale={locale} />
      ) : !branch ? (
        <p className="muted">{t.chooseBranch}</p>
      ) : (
        <PlanBoard key={`${branch}-${year}`} locale={locale} account={account} branch={branch} year={year} t={t} />
      )}
    </section>
  );
}
