// Run first by `npm start` (plain JavaScript, so that it runs where tsx is not installed): `npm
// start` runs the TypeScript sources through tsx and builds the dashboard with Vite, both dev
// dependencies. In an install without them (`npm ci --omit=dev`) it says what to run instead of
// failing with "tsx: not found".
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
if (!fs.existsSync(path.join(root, 'node_modules', 'tsx', 'package.json'))) {
  const built = fs.existsSync(path.join(root, 'dist', 'server', 'main.js')) && fs.existsSync(path.join(root, 'dist', 'client', 'index.html'));
  console.error(
    [
      '`npm start` runs the sources with the dev dependencies (tsx, Vite), which this install does not have (npm ci --omit=dev).',
      built
        ? 'Start the compiled server instead: NODE_ENV=production node dist/server/main.js   (or npm run start:prod)'
        : 'Build on a machine with the dev dependencies (npm ci && npm run build), bring dist/ here, then: NODE_ENV=production node dist/server/main.js',
      'See "Production" in README.md.',
    ].join('\n'),
  );
  process.exit(1);
}
