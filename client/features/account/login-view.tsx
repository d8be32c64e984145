// The login view (Masuk / Log in): username and password, sent to POST /auth/login; the server
// sets the session cookie. A wrong password and a throttled login are said in words (the wait
// too), announced to screen readers and tied to the fields. After a login the page loads `next`
// again from the server (a same-origin path only, see next-path.ts), so that every query and the
// first view's data are those of the account and nothing of the anonymous view stays in memory.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { type Account, logIn, type LoginResult } from '../../lib/account-api.ts';
import { safeNextPath } from '../../lib/next-path.ts';
import './account.css';

export interface LoginViewProps {
  locale: Locale;
  /** Where to go after the login (checked by safeNextPath). */
  next: string | null;
  /** The server needs a login to show any data (AUTH_READ=login): say so above the form. */
  required?: boolean;
  /** Who is logged in already, if anyone (logging in again replaces the session). */
  account?: Account | null;
}

type Failure = Exclude<LoginResult, { ok: true }> | { ok: false; reason: 'NETWORK' };

export function LoginView({ locale, next, required = false, account = null }: LoginViewProps) {
  const t = accountTexts[locale] ?? accountTexts.id;
  const ids = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The view is what the person came for: the cursor starts in the first field.
  useEffect(() => usernameRef.current?.focus(), []);

  const message = (f: Failure): string => {
    switch (f.reason) {
      case 'BAD_CREDENTIALS':
        return t.badCredentials;
      case 'LOGIN_THROTTLED':
        return t.throttled(f.retryAfterSeconds);
      case 'MALFORMED':
        return t.missingFields;
      case 'NETWORK':
        return t.network;
      default:
        return t.unexpected(f.status);
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const name = username.trim();
    if (!name || !password) {
      setFailure({ ok: false, reason: 'MALFORMED' });
      (name ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    let result: LoginResult;
    try {
      result = await logIn(name, password);
    } catch {
      setBusy(false);
      setFailure({ ok: false, reason: 'NETWORK' });
      return;
    }
    if (result.ok) {
      window.location.assign(safeNextPath(next, window.location.origin));
      return;
    }
    setBusy(false);
    setFailure(result);
    // A wrong password is retyped, not the username.
    if (result.reason === 'BAD_CREDENTIALS') {
      setPassword('');
      passwordRef.current?.focus();
    }
  };

  const errorId = `${ids}-error`;
  const invalid = failure?.reason === 'BAD_CREDENTIALS' || failure?.reason === 'MALFORMED';
  return (
    <section className="panel login-view" aria-labelledby={`${ids}-title`} data-testid="login-view">
      <div className="panel-header">
        <div className="panel-titles">
          <h2 id={`${ids}-title`}>{t.loginTitle}</h2>
          <p className="panel-subtitle">{required ? t.loginNeeded : t.loginIntro}</p>
        </div>
      </div>
      {account ? (
        <p className="hint" data-testid="login-signed-in">
          {t.signedInAs(account.username)}
        </p>
      ) : null}
      <form className="login-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-username`}>{t.username}</label>
          <input
            ref={usernameRef}
            id={`${ids}-username`}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={failure ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-password`}>{t.password}</label>
          <input
            ref={passwordRef}
            id={`${ids}-password`}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={failure ? errorId : undefined}
          />
          <label className="login-show">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
            {t.showPassword}
          </label>
        </div>
        {/* Always in the page, so that the alert is announced when its text arrives. */}
        <div id={errorId} className={failure ? 'login-error' : undefined} role="alert" data-testid="login-error" data-reason={failure?.reason}>
          {failure ? message(failure) : null}
        </div>
        <div className="filter-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.working : t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
