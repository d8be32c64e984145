// Load-testing and peer tools that the project does not depend on (autocannon, PostGraphile 4
// with @graphile/pg-aggregates), installed by the benches into a scratch folder outside the
// repository on first use, then reused. Nothing of the product imports them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Exact versions, so that runs on different days measure the same tools. */
export const TOOL_VERSIONS = {
  autocannon: '8.0.0',
  postgraphile: '4.14.1',
  '@graphile/pg-aggregates': '0.1.1',
} as const;

export const TOOLS_DIR = process.env.BENCH_TOOLS_DIR ?? path.join(os.tmpdir(), 'pantau-bench-tools');

function installed(name: string, version: string): boolean {
  const manifest = path.join(TOOLS_DIR, 'node_modules', name, 'package.json');
  return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).version === version;
}

/** Installs the named tools (npm, into TOOLS_DIR) unless already there at their versions. */
export function ensureTools(names: (keyof typeof TOOL_VERSIONS)[]): void {
  const missing = names.filter((n) => !installed(n, TOOL_VERSIONS[n]));
  if (missing.length === 0) return;
  fs.mkdirSync(TOOLS_DIR, { recursive: true });
  console.log(`installing ${missing.join(', ')} into ${TOOLS_DIR} …`);
  // Every tool at once: an install with --no-save removes what it was not named, so installing
  // PostGraphile alone took autocannon away (and the next load run put it back, taking PostGraphile).
  const all = Object.entries(TOOL_VERSIONS).map(([n, v]) => `${n}@${v}`);
  execFileSync('npm', ['install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', '--no-save', ...all], { stdio: 'inherit' });
}

/** `require` rooted in the scratch folder. */
export const requireTool = createRequire(path.join(TOOLS_DIR, 'package.json'));
