// Entry of the dashboard (served at /): Apollo provider around the app shell.
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/client.ts';
import { primeCache } from './apollo/prime-cache.ts';
import { takeBootAnswers } from './app/boot.ts';
import { App } from './app/app.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Pantau: #root element missing from index.html');
const client = createApolloClient();
primeCache(client, takeBootAnswers());
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
