// Run before `npm start`: builds the client only when dist/client is missing or older than a
// source file, so that a restart is instant and a fresh clone still gets a dashboard.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

const built = path.join(ROOT_DIR, 'dist', 'client', 'index.html');
const sources = [path.join(ROOT_DIR, 'client'), path.join(ROOT_DIR, 'common'), path.join(ROOT_DIR, 'vite.config.ts'), path.join(ROOT_DIR, 'package-lock.json')];
const stale = !fs.existsSync(built) || sources.some((s) => fs.existsSync(s) && newestMtime(s) > fs.statSync(built).mtimeMs);

if (stale) {
  console.log('Building the dashboard (client/ changed or dist/client is missing)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    // Always React's production build, whatever NODE_ENV the caller's shell has.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  process.exit(result.status ?? 1);
}
