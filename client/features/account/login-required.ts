// "The server wants a login" as one signal for the whole page: any GraphQL answer with
// UNAUTHENTICATED (an anonymous visitor of an AUTH_READ=login server, or a session that ended
// while the page was open) turns the dashboard into the login view, whichever panel asked. The
// Apollo client reports every error here (client/main.tsx); the shell listens with a hook. A
// login reloads the page, which starts the signal afresh.
import { useSyncExternalStore } from 'react';
import { isUnauthenticated } from '../../lib/auth-errors.ts';

let required = false;
const listeners = new Set<() => void>();

/** Notes an error of any query; only UNAUTHENTICATED ones count. */
export function reportGraphqlError(error: unknown): void {
  if (required || !isUnauthenticated(error)) return;
  required = true;
  for (const listener of listeners) listener();
}

/** True once any query was refused for want of a login. */
export function useLoginRequired(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => required,
  );
}
