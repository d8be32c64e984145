// Lint: the layer rules first. Imports run one way, shared → features → app, the shared layer
// being common/:
//
//   common/          pure code the server and the dashboard both run (charts, i18n, the
//                    dashboard's URL state and first queries, generated GraphQL documents);
//                    imports nothing of client/, server/ or tests/
//   client/lib       what the dashboard's features share (refusals said, the way back after a
//                    login); may import common/
//   client/features  the dashboard's features; may import common/ and client/lib, never
//                    another feature or client/app
//   client/app       the dashboard shell; composes features
//   server/          never imports client/ (what it shares with the dashboard is in common/)
//   tests/, bench/   may import anything; nothing imports them
import fs from 'node:fs';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });
/** The dashboard's features (client/features/*), each importing only itself of them. */
const FEATURES = fs.readdirSync(new URL('./client/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'data/**', 'common/gql/**', 'common/vocabulary/schema-enums.ts', 'server/graphql/generated/**'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX },
    rules: {
      // Dead code out: an unused import, variable or function is an error (a leading _ marks a
      // parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./common', './client', 'common/ is imported by the server too: it may not import the dashboard.'),
            zone('./common', './server', 'common/ runs in the browser too: it may not import the server.'),
            zone('./server', './client', 'The server imports only common/ of the dashboard code: move what both need to common/.'),
            zone('./client', './server', 'The dashboard talks to the server over GraphQL, never by import.'),
            zone('./client/features', './client/app', 'Features may not import the app shell: move what they share to common/.'),
            zone('./client/lib', ['./client/features', './client/app'], 'client/lib is below the features: it may not import them or the app shell.'),
            ...FEATURES.map((f) => ({
              target: `./client/features/${f}`,
              from: './client/features',
              except: [`./${f}`],
              message: 'A feature may not import another feature: move what they share to client/lib/ (or common/ when the server needs it too).',
            })),
            zone(['./server', './client', './common'], './tests', 'Product code may not import tests/.'),
            zone(['./server', './client', './common'], './bench', 'Product code may not import bench/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.tsx', 'common/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
