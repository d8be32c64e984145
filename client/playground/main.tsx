// The researchers' GraphQL playground: GraphiQL against Pantau's own /graphql, bundled with
// its editor workers and fonts so that it works with no internet access. The example
// operations open as tabs on first visit and stay listed in the Examples panel.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples.ts';
import { examplesPlugin } from './examples-plugin.tsx';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const examples = examplesPlugin(EXAMPLES);

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[examples]}
      visiblePlugin={examples}
      defaultTabs={EXAMPLES.map((e) => ({ query: e.query }))}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a href="/" className="pantau-logo" title="Back to the Pantau dashboard">
          Pantau
        </a>{' '}
        GraphQL
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
