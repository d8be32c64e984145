// Lint: the layer rules first. Imports run one way, shared → features → app:
//
//   shared/          pure code the server and the dashboard both run (charts, i18n, the
//                    dashboard's URL state and first queries, generated GraphQL documents);
//                    imports nothing of client/, server/ or tests/
//   client/features  the dashboard's features; may import shared/, never client/app
//   client/app       the dashboard shell; composes features
//   server/          never imports client/ (what it shares with the dashboard is in shared/)
//   tests/, bench/   may import anything; nothing imports them
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'data/**', 'shared/gql/**', 'server/graphql/generated/**'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./shared', './client', 'shared/ is imported by the server too: it may not import the dashboard.'),
            zone('./shared', './server', 'shared/ runs in the browser too: it may not import the server.'),
            zone('./server', './client', 'The server imports only shared/ of the dashboard code: move what both need to shared/.'),
            zone('./client', './server', 'The dashboard talks to the server over GraphQL, never by import.'),
            zone('./client/features', './client/app', 'Features may not import the app shell: move what they share to shared/.'),
            zone(['./server', './client', './shared'], './tests', 'Product code may not import tests/.'),
            zone(['./server', './client', './shared'], './bench', 'Product code may not import bench/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.tsx', 'shared/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
