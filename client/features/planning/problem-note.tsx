// Where a refused request is said: always in the page (so that the alert is announced when its
// text arrives), in the reader's language, with the server's own words when the page has no
// sentence for them, and a login link when logging in again is the remedy.
import type { Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { currentPath, loginHref } from '../account/next-path.ts';
import type { PlanProblem } from './plan-errors.ts';

export function ProblemNote({ id, problem, t, locale }: { id: string; problem: PlanProblem | null; t: PlanningTexts; locale: Locale }) {
  return (
    <div id={id} role="alert" className={problem ? 'plan-problem' : undefined} data-testid="plan-problem">
      {problem ? (
        <>
          <span>{problem.text}</span>
          {problem.detail ? <span className="state-detail"> {problem.detail}</span> : null}
          {problem.login ? (
            <>
              {' '}
              <a href={loginHref(locale, currentPath())}>{t.login}</a>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
