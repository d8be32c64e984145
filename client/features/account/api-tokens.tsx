// The account's API tokens, in the account menu: the list (name, prefix, created, last used,
// revoked), a form to create one, whose secret is shown once with a copy button and a warning,
// and revoking with a confirmation in place. The new secret lives in this component's state
// only: the mutation bypasses Apollo's cache, and the list never asks for it.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { AccountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { copyText } from '../../lib/copy-text.ts';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from '../../lib/account-api.ts';

interface NewToken {
  name: string;
  secret: string;
}

export function ApiTokens({ t, locale }: { t: AccountTexts; locale: Locale }) {
  const ids = useId();
  const { data, error, refetch } = useQuery(ApiTokensDocument, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating, error: createError }] = useMutation(CreateApiTokenDocument, { fetchPolicy: 'no-cache' });
  const [revoke, { error: revokeError }] = useMutation(RevokeApiTokenDocument);
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<NewToken | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const dateTime = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string) => dateTime.format(new Date(iso));

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return nameRef.current?.focus();
    const result = await create({ variables: { name: trimmed } }).catch(() => null);
    const token = result?.data?.createApiToken;
    if (!token?.secret) return;
    setFresh({ name: token.name, secret: token.secret });
    setCopied(false);
    setName('');
    void refetch();
    // The secret is what the person must act on now: focus it (selected, ready to copy).
    requestAnimationFrame(() => secretRef.current?.select());
  };

  const onRevoke = async (id: string) => {
    setConfirming(null);
    await revoke({ variables: { id } }).catch(() => null);
  };

  const tokens = data?.apiTokens ?? [];
  const failure = createError ?? revokeError ?? (!data ? error : undefined);
  return (
    <section className="api-tokens" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t.tokensTitle}</h3>
      <p className="hint">{t.tokensIntro}</p>

      {fresh ? (
        <div className="api-token-secret" data-testid="api-token-secret">
          <p className="api-token-warning" role="alert">
            <strong>{t.secretTitle} “{fresh.name}”.</strong> {t.secretWarning}
          </p>
          <div className="api-token-row">
            <input ref={secretRef} type="text" readOnly value={fresh.secret} aria-label={`${t.secretTitle} “${fresh.name}”`} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button button-quiet" onClick={() => void copyText(fresh.secret).then(setCopied)}>
              {copied ? t.copied : t.copy}
            </button>
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFresh(null);
              nameRef.current?.focus();
            }}
          >
            {t.secretDone}
          </button>
        </div>
      ) : null}

      <form className="api-token-create" onSubmit={(e) => void onCreate(e)}>
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t.tokenName}</label>
          <div className="api-token-row">
            <input ref={nameRef} id={`${ids}-name`} type="text" maxLength={100} required value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${ids}-name-hint`} />
            <button type="submit" className="button" disabled={creating}>
              {creating ? t.creating : t.create}
            </button>
          </div>
          <p className="hint" id={`${ids}-name-hint`}>
            {t.tokenNameHint}
          </p>
        </div>
      </form>

      {failure ? (
        <p className="state-error api-token-failure" role="alert">
          {data ? failure.message : t.tokensFailed}
        </p>
      ) : null}

      {confirming ? (
        <div className="api-token-confirm" role="group" aria-labelledby={`${ids}-confirm`} data-testid="api-token-confirm">
          <p id={`${ids}-confirm`}>{t.confirmRevoke(confirming.name)}</p>
          <button type="button" className="button" onClick={() => void onRevoke(confirming.id)}>
            {t.confirmRevokeYes}
          </button>{' '}
          {/* Cancel has the focus: the safe choice is the one Enter takes. */}
          <button type="button" className="button button-quiet" autoFocus onClick={() => setConfirming(null)}>
            {t.cancel}
          </button>
        </div>
      ) : null}

      {data && tokens.length === 0 ? <p className="muted">{t.noTokens}</p> : null}
      {tokens.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="api-token-list">
            <caption className="sr-only">{t.tokensCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.nameCol}</th>
                <th scope="col">{t.prefixCol}</th>
                <th scope="col">{t.createdCol}</th>
                <th scope="col">{t.lastUsedCol}</th>
                <th scope="col">{t.statusCol}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{when(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? when(token.lastUsedAt) : t.never}</td>
                  <td>
                    {token.revokedAt ? (
                      t.revokedOn(when(token.revokedAt))
                    ) : (
                      <>
                        {t.active}{' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`${t.revoke}: ${token.name}`}
                          onClick={() => setConfirming({ id: token.id, name: token.name })}
                        >
                          {t.revoke}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
