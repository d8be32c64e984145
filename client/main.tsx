// Entry of the dashboard (served at /): Apollo provider around the app shell.
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/client.ts';
import { primeCache } from './apollo/prime-cache.ts';
import { bootData, takeBootAnswers } from './app/boot.ts';
import { setAgencyTimeZone } from '../common/time/agency-time.ts';
import { AccountMeDocument } from './lib/account-api.ts';
import { reportGraphqlError } from './features/account/login-required.ts';
import { App } from './app/app.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Pantau: #root element missing from index.html');
const client = createApolloClient('/graphql', { onError: reportGraphqlError });
primeCache(client, takeBootAnswers());
// The caller's account came with the page: the header shows it without asking `me` first.
const { me, timeZone } = bootData();
// "Today" and "this week" on the agency's calendar (the server's PANTAU_TIME_ZONE), not the browser's.
if (timeZone) setAgencyTimeZone(timeZone);
if (me !== undefined) client.writeQuery({ query: AccountMeDocument, data: { me } });
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
