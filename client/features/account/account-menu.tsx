// The account menu at the end of the dashboard's header. Nobody logged in: a "Masuk / Log in"
// link to the login page, which returns here. Logged in: a button with the username that opens
// a panel with the role (its name in the reader's language), the branch or regional office,
// "Keluar / Log out" and the API tokens. Logging out reloads the page, so that the view is the
// anonymous one and nothing the account could see stays in memory.
import { useEffect, useId, useRef, useState } from 'react';
import { account as accountTexts, type AccountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { type Account, logOut } from '../../lib/account-api.ts';
import { ApiTokens } from './api-tokens.tsx';
import { currentPath, loginHref } from '../../lib/next-path.ts';
import './account.css';

export interface AccountMenuProps {
  /** The logged-in account; null when anonymous; undefined while `me` has not answered. */
  account: Account | null | undefined;
  locale: Locale;
  /** A branch's name from its code (the dashboard's list), the code itself when unknown. */
  branchName: (code: string) => string;
  /** The login page is open: no link to itself. */
  onLoginPage?: boolean;
}

/** The offices the account acts for, as words: its branch's name, its regional office, or the nation. */
export function accountScope(account: Account, t: AccountTexts, branchName: (code: string) => string): string {
  if (account.branch) return branchName(account.branch);
  if (account.region) return `${t.region} ${account.region}`;
  return t.national;
}

export function AccountMenu({ account, locale, branchName, onLoginPage = false }: AccountMenuProps) {
  const t = accountTexts[locale] ?? accountTexts.id;
  const id = useId();
  const [open, setOpen] = useState(false);
  // The panel stays mounted once opened (hidden when closed), so a new token's secret shown in
  // it is not lost by closing the menu; the token list is only asked for once it is opened.
  const [opened, setOpened] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [logoutFailed, setLogoutFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (account === undefined) return null;
  if (account === null) {
    if (onLoginPage) return null;
    return (
      <a className="account-login" href={loginHref(locale, currentPath())} data-testid="account-login">
        {t.login}
      </a>
    );
  }

  const onLogout = async () => {
    setLeaving(true);
    setLogoutFailed(false);
    try {
      await logOut();
      window.location.reload();
    } catch {
      setLeaving(false);
      setLogoutFailed(true);
    }
  };

  return (
    <div className="account-menu">
      <button
        ref={buttonRef}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        data-testid="account-button"
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        <span aria-hidden="true" className="account-initial">
          {account.username.slice(0, 1).toUpperCase()}
        </span>
        {/* The name is the visible username, with "Akun / Account" before it for a screen reader (label in name). */}
        <span className="sr-only">{t.accountWord} </span>
        <span>{account.username}</span>
      </button>
      {opened ? (
        <div className="account-panel" id={`${id}-panel`} role="region" aria-label={`${t.accountWord} ${account.username}`} hidden={!open} data-testid="account-panel">
          <dl className="account-facts">
            <div>
              <dt className="sr-only">{t.username}</dt>
              <dd className="account-username" data-testid="account-username">
                {account.username}
              </dd>
            </div>
            <div>
              <dt>{t.role}</dt>
              <dd data-testid="account-role">{t.roles[account.role] ?? account.role}</dd>
            </div>
            <div>
              <dt>{account.branch ? t.branch : account.region ? t.region : t.scope}</dt>
              <dd data-testid="account-scope">{accountScope(account, t, branchName)}</dd>
            </div>
          </dl>
          <button type="button" className="button button-quiet account-logout" disabled={leaving} onClick={() => void onLogout()} data-testid="account-logout">
            {leaving ? t.loggingOut : t.logout}
          </button>
          {logoutFailed ? (
            <p className="state-error" role="alert">
              {t.logoutFailed}
            </p>
          ) : null}
          <ApiTokens t={t} locale={locale} />
        </div>
      ) : null}
    </div>
  );
}
