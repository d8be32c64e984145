// The app shell: header (Pantau, the scope shown, navigation, language toggle, account menu), the
// synthetic-data notice, the scope's breadcrumbs, the filter bar, the ranked offices of a
// national or regional view and the four panels; the import page is loaded only when
// opened. The login view is the /login page, and takes the panels' place when the server shows
// its data only to logged-in users (AUTH_READ=login: the first query answers UNAUTHENTICATED).
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { graphql } from '../../common/gql/index.ts';
import { messages } from '../../common/i18n/messages.ts';
import { bootData } from './boot.ts';
import { Filters, ScopeBreadcrumbs } from './filters.tsx';
import { useUrlState } from './use-url-state.ts';
import { SourcesContext, type SourceCode } from '../features/dashboard/sources.tsx';
import type { DashboardView } from '../features/dashboard/view.ts';
import { MembershipPanel } from '../features/dashboard/membership-panel.tsx';
import { CampaignReachPanel } from '../features/dashboard/campaign-reach-panel.tsx';
import { TargetsPanel } from '../features/dashboard/targets-panel.tsx';
import { EffectivenessPanel } from '../features/dashboard/effectiveness-panel.tsx';
import { FreshnessNotice } from '../features/dashboard/freshness-notice.tsx';
import { ScopeRanking } from '../features/dashboard/scope-ranking.tsx';
import { WeekUnavailablePanel } from '../features/dashboard/week-unavailable-panel.tsx';
import { confineScope, pickScope, provisionalScope, scopeArgs, yearsVariables, yearsWithData } from '../../common/dashboard/first-view.ts';
import { isWeekRange, type Scope, scopeChange, serialiseState } from '../../common/dashboard/url-state.ts';
import { ShareMenu } from '../features/share/share-menu.tsx';
import { AccountMeDocument } from '../lib/account-api.ts';
import { AccountMenu } from '../features/account/account-menu.tsx';
import { useLoginRequired } from '../features/account/login-required.ts';
import { LoginView } from '../features/account/login-view.tsx';
import { currentPath } from '../lib/next-path.ts';
import { account as accountTexts } from '../../common/i18n/account.ts';
import { review as reviewTexts } from '../../common/i18n/review.ts';
import { planning as planningTexts } from '../../common/i18n/planning.ts';
import { readableBranches } from '../features/review/readable-branches.ts';
import type { ShareParams } from '../features/share/share-links.ts';

export const AppBranchFragment = graphql(`
  fragment App_branch on Branch {
    code
    name
    region
    regionCode
    source
  }
`);

export const AppQuery = graphql(`
  query App {
    branches {
      ...App_branch
    }
    regions {
      code
      name
      source
    }
  }
`);

export const AppYearsQuery = graphql(`
  query AppYears($branch: ID, $region: ID) {
    years: membershipYears(branch: $branch, region: $region)
  }
`);

// The import page is loaded on demand, so it never weighs on the dashboard's first load.
const ImportPage = lazy(() => import('../features/import/import-page.tsx'));
// So is the weekly review page.
const ReviewPage = lazy(() => import('../features/review/review-page.tsx'));
// And the planning page.
const PlanPage = lazy(() => import('../features/planning/plan-page.tsx'));

/** The plan's year: the URL's, else the branch's latest year of data, else this calendar year. */
function planYear(year: number | null, branch: string | null): number {
  return year ?? (branch ? bootData().latestYear?.[branch] : undefined) ?? new Date().getFullYear();
}

export function App() {
  const { state, route, update, navigate } = useUrlState();
  const locale = state.lang;
  const m = messages(locale);
  // The login page asks for no data: it may be all the server shows an anonymous caller.
  const onLogin = route === 'login';
  // `me` is null when anonymous; a server that cannot answer it (an error) is treated the same.
  const { data: me, error: meError } = useQuery(AccountMeDocument);
  const account = me ? me.me : meError ? null : undefined;
  const { data: meta, error: metaError, refetch } = useQuery(AppQuery, { skip: onLogin });
  const branches = useMemo(() => meta?.branches ?? [], [meta]);
  const regions = useMemo(() => meta?.regions ?? [], [meta]);
  // The panels start their queries at once with the scope of the URL (or Madiun, the study's
  // branch) instead of waiting for the lists of branches and offices; the lists only correct an
  // unknown code. Null: no branch at all.
  // An account that reads only its own branch or office sees that scope, whatever the URL says
  // (confineScope); the URL is then rewritten to it below.
  const scope: Scope | null = useMemo(() => {
    // Without a scope in the URL such an account opens on its own, not on the study's branch.
    const named = !!(state.branch || state.region || state.national);
    // The weekly review and the plan are a branch's: a branch account opens on its own branch's.
    if (!named && (route === 'review' || route === 'plan') && account?.branch) return { kind: 'branch', branch: account.branch } as const;
    const asked = !named && account?.readsOwnScopeOnly ? ({ kind: 'nation' } as const) : meta ? pickScope(state, branches, regions) : provisionalScope(state);
    return asked && confineScope(asked, account, meta ? branches : undefined);
  }, [meta, state, branches, regions, account, route]);
  const scopeKey = scope ? JSON.stringify(scope) : '';
  // The arguments change only with the scope (its key), not with every render of the state.
  const args = useMemo(() => (scopeKey ? scopeArgs(JSON.parse(scopeKey) as Scope) : null), [scopeKey]);
  const branch = scope?.kind === 'branch' ? (branches.find((b) => b.code === scope.branch) ?? null) : null;
  const region = scope?.kind === 'region' ? (regions.find((r) => r.code === scope.region) ?? null) : null;
  const scopeName = scope?.kind === 'nation' ? m.national : (branch?.name ?? region?.name ?? null);

  // Write the resolved scope into the URL so the address always names the view shown.
  useEffect(() => {
    if (!meta || !scope) return;
    const change = scopeChange(scope);
    // A URL naming two scopes (an old or hand-made link) is rewritten to the one shown.
    const given = new URLSearchParams(window.location.search);
    const twoScopes = ['branch', 'region', 'scope'].filter((k) => given.has(k)).length > 1;
    if (twoScopes || change.branch !== state.branch || change.region !== state.region || change.national !== state.national) update(change, { replace: true });
  }, [meta, scope, state.branch, state.region, state.national, update]);

  // What the scope picker and breadcrumbs offer: only the account's office and its branches (or
  // its branch alone) when it reads only its own (confineScope).
  const pickable = useMemo(() => {
    if (!account?.readsOwnScopeOnly) return { choice: 'all' as const, branches, regions };
    if (account.branch) return { choice: 'none' as const, branches: branches.filter((b) => b.code === account.branch), regions: regions.filter((r) => branches.some((b) => b.code === account.branch && b.regionCode === r.code)) };
    return { choice: 'office' as const, branches: branches.filter((b) => b.regionCode === account.region), regions: regions.filter((r) => r.code === account.region) };
  }, [account, branches, regions]);

  const setScope = useCallback((next: Scope) => update({ ...scopeChange(next), channel: null }), [update]);
  const scopeHref = (next: Scope) => `/${serialiseState({ ...state, ...scopeChange(next), channel: null })}`;

  const { data: yearsData } = useQuery(AppYearsQuery, { variables: yearsVariables(args ?? {}), skip: !args || onLogin || route === 'review' || route === 'plan' });
  // The server shows its figures to logged-in users only (or the session has ended): the login
  // view instead of the panels' errors.
  const loginNeeded = useLoginRequired() && route === 'dashboard';
  const years = useMemo(() => {
    if (yearsData) return yearsWithData(yearsData);
    // Until the list arrives, the latest year from the boot data lets the targets panel start
    // (several branches: the latest of any).
    const latestYear = bootData().latestYear ?? {};
    const latest = args?.branch ? latestYear[args.branch] : args ? Math.max(0, ...Object.values(latestYear)) || undefined : undefined;
    return latest ? [latest] : [];
  }, [yearsData, args]);

  const [sources, setSources] = useState<Record<string, readonly SourceCode[]>>({});
  const report = useCallback((panel: string, list: readonly SourceCode[]) => {
    setSources((prev) => {
      const before = (prev[panel] ?? []).join(',');
      if (before === list.join(',')) return prev;
      return { ...prev, [panel]: list };
    });
  }, []);
  const shownSources = new Set(Object.values(sources).flat());
  const synthetic = route !== 'review' && route !== 'plan' && (shownSources.has('SYNTHETIC') || shownSources.has('MIXED') || branch?.source === 'SYNTHETIC' || region?.source === 'SYNTHETIC');

  // The app composes features: the share menu is handed to the panels rather than imported by them.
  const share: DashboardView['share'] = (chart, params, size) => (
    <ShareMenu chart={chart} params={params as ShareParams} locale={locale} width={size.width} height={size.height} />
  );
  const view: DashboardView | null = args ? { state, update, scope: args, locale, m, years, yearsKnown: !!yearsData || years.length > 0, share } : null;

  useEffect(() => {
    const loginTitle = (accountTexts[locale] ?? accountTexts.id).loginTitle;
    document.title =
      route === 'import' ? `${m.navImport} · Pantau` : route === 'review' ? `${(reviewTexts[locale] ?? reviewTexts.id).title} · Pantau` : route === 'plan' ? `${(planningTexts[locale] ?? planningTexts.id).title} · Pantau` : onLogin || loginNeeded ? `${loginTitle} · Pantau` : meta && scopeName ? `Pantau · ${scopeName}` : 'Pantau';
  }, [route, onLogin, loginNeeded, meta, scopeName, m, locale]);

  const branchName = (code: string) => branches.find((b) => b.code === code)?.name ?? code;

  const toggleLang = () => update({ lang: locale === 'id' ? 'en' : 'id' });

  return (
    <SourcesContext.Provider value={report}>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            P
          </span>
          <div>
            <h1>Pantau</h1>
            <p className="brand-sub">
              {branch ? (
                <>
                  <span className="sr-only">{m.branchOffice}: </span>
                  <span data-testid="branch-name">{branch.name}</span>
                  {branch.region ? <span className="muted"> · {branch.region}</span> : null}
                </>
              ) : meta && scopeName ? (
                <>
                  {region ? <span className="sr-only">{m.region}: </span> : null}
                  <span data-testid="scope-name">{scopeName}</span>
                </>
              ) : (
                m.tagline
              )}
            </p>
          </div>
        </div>
        <nav className="app-nav" aria-label={m.nav}>
          <a
            href={`/${window.location.search}`}
            aria-current={route === 'dashboard' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('dashboard');
            }}
          >
            {m.navDashboard}
          </a>
          <a
              href={`/import${window.location.search}`}
              aria-current={route === 'import' ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate('import');
              }}
            >
              {m.navImport}
            </a>
          <a
            href={`/review${window.location.search}`}
            aria-current={route === 'review' ? 'page' : undefined}
            data-testid="nav-review"
            onClick={(e) => {
              e.preventDefault();
              navigate('review');
            }}
          >
            {(reviewTexts[locale] ?? reviewTexts.id).nav}
          </a>
          <a
            href={`/plan${window.location.search}`}
            aria-current={route === 'plan' ? 'page' : undefined}
            data-testid="nav-plan"
            onClick={(e) => {
              e.preventDefault();
              navigate('plan');
            }}
          >
            {(planningTexts[locale] ?? planningTexts.id).nav}
          </a>
        </nav>
        <button type="button" className="lang-toggle" onClick={toggleLang} aria-label={`ID EN: ${m.switchToLabel}`} lang={locale === 'id' ? 'en' : 'id'}>
          {/* The accessible name starts with the visible "ID EN" (WCAG 2.5.3, label in name), then says what it does. */}
          <span aria-hidden="true" className={locale === 'id' ? 'on' : undefined}>
            ID
          </span>{' '}
          <span aria-hidden="true" className={locale === 'en' ? 'on' : undefined}>
            EN
          </span>
        </button>
        {/* While the login view shows (no login, or a session that ended), the header offers no other. */}
        <AccountMenu account={loginNeeded ? null : account} locale={locale} branchName={branchName} onLoginPage={onLogin || loginNeeded} />
      </header>
      <main id="main" tabIndex={-1}>
        {synthetic ? (
          <div className="notice notice-synthetic" role="note" data-testid="synthetic-notice">
            <strong>{m.syntheticNotice}</strong>
            <span>{m.syntheticNoticeLong}</span>
          </div>
        ) : null}
        {view && route === 'dashboard' && !loginNeeded ? <FreshnessNotice scope={view.scope} locale={locale} m={m} /> : null}
        {onLogin ? (
          <LoginView locale={locale} next={new URLSearchParams(window.location.search).get('next')} account={account} />
        ) : loginNeeded ? (
          <LoginView locale={locale} next={currentPath()} required />
        ) : route === 'review' ? (
          <Suspense fallback={<div className="state state-loading" role="status"><span className="spinner" aria-hidden="true" />{m.loading}</div>}>
            <ReviewPage
              locale={locale}
              account={account}
              branch={scope?.kind === 'branch' ? scope.branch : null}
              branches={readableBranches(account, pickable.branches)}
              onBranch={(code) => setScope({ kind: 'branch', branch: code })}
              branchName={branchName}
            />
          </Suspense>
        ) : route === 'plan' ? (
          <Suspense fallback={<div className="state state-loading" role="status"><span className="spinner" aria-hidden="true" />{m.loading}</div>}>
            <PlanPage
              locale={locale}
              account={account}
              branch={scope?.kind === 'branch' ? scope.branch : null}
              branches={readableBranches(account, pickable.branches)}
              onBranch={(code) => setScope({ kind: 'branch', branch: code })}
              branchName={branchName}
              year={planYear(state.year, scope?.kind === 'branch' ? scope.branch : null)}
              onYear={(year) => update({ year })}
            />
          </Suspense>
        ) : route === 'import' ? (
          <Suspense fallback={<div className="state state-loading" role="status"><span className="spinner" aria-hidden="true" />{m.importLoading}</div>}>
            <ImportPage locale={locale} account={account} branchName={branchName} />
          </Suspense>
        ) : (
          <>
            {meta && scope ? (
              <>
                <ScopeBreadcrumbs branches={pickable.branches} regions={pickable.regions} scope={scope} onScope={setScope} href={scopeHref} m={m} choice={pickable.choice} />
                <Filters
                  state={state}
                  update={update}
                  branches={pickable.branches}
                  regions={pickable.regions}
                  scope={scope}
                  onScope={setScope}
                  years={years}
                  m={m}
                  locale={locale}
                  choice={pickable.choice}
                />
              </>
            ) : null}
            {metaError && !meta ? (
              <div className="state state-error" role="alert">
                <strong>{m.errorTitle}</strong>
                <span className="state-detail">{metaError.message}</span>
                <button type="button" className="button" onClick={() => void refetch()}>
                  {m.retry}
                </button>
              </div>
            ) : !view ? (
              <div className="state state-loading" role="status">
                <span className="spinner" aria-hidden="true" />
                {m.loading}
              </div>
            ) : meta && branches.length === 0 ? (
              <div className="state state-empty">{m.empty}</div>
            ) : (
              <>
              {meta && scope && scope.kind !== 'branch' ? <ScopeRanking view={view} scope={scope} branches={branches} regions={regions} onScope={setScope} /> : null}
              <div className="grid">
                {/* Weeks: the monthly and yearly panels say why they have no figures (week-unavailable-panel.tsx). */}
                {isWeekRange(state) ? <WeekUnavailablePanel view={view} panel="membership" /> : <MembershipPanel view={view} />}
                <CampaignReachPanel view={view} />
                {isWeekRange(state) ? <WeekUnavailablePanel view={view} panel="targets" /> : <TargetsPanel view={view} onScope={setScope} />}
                <EffectivenessPanel view={view} />
              </div>
              </>
            )}
          </>
        )}
      </main>
      <footer className="app-footer">{m.footer}</footer>
    </SourcesContext.Provider>
  );
}
