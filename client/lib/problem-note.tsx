// Where a refused request is said, on the review and planning pages alike: always in the page
// (so that the alert is announced when its text arrives), in the reader's language, with the
// server's own words when the page has no sentence for them, and a login link when logging in
// again is the remedy.
import type { Locale } from '../../common/i18n/format.ts';
import { currentPath, loginHref } from './next-path.ts';

/** A refusal as a page says it. */
export interface PageProblem {
  text: string;
  /** The server's own words, when the page has no sentence of its own for them. */
  detail?: string;
  /** Logging in (again) is the remedy. */
  login?: boolean;
}

/** `kind` names the page: its class (`review-problem`) and test id. */
export function ProblemNote({ id, problem, t, locale, kind }: { id: string; problem: PageProblem | null; t: { login: string }; locale: Locale; kind: 'review' | 'plan' }) {
  return (
    <div id={id} role="alert" className={problem ? `${kind}-problem` : undefined} data-testid={`${kind}-problem`}>
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
