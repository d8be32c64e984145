// `npm run build:server`: compiles the server for production, so that `node dist/server/main.js`
// runs with `npm ci --omit=dev` (no tsx, no TypeScript, no Vite). esbuild bundles the server's
// own code and the chart and i18n code it shares with the dashboard (common/charts, common/i18n)
// into ES modules under dist/server, mirroring the sources' paths (server/main.ts →
// dist/server/main.js, server/import/cli.ts → dist/server/import/cli.js); packages stay
// imports resolved from node_modules at run time, so each behaves as it does under tsx.
// The build fails when the bundle imports a package that is not a production dependency
// (one in devDependencies, or not declared), as `npm ci --omit=dev` would not install it.
//
//   npm run build:server [-- --outdir DIR]     (default dist/server)
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { ROOT_DIR } from '../config.ts';

/** The processes an operator starts: the HTTP server and the import, export and report command lines. */
export const SERVER_ENTRIES = ['server/main.ts', 'server/import/cli.ts', 'server/export/cli.ts', 'server/report/weekly/cli.ts'];

/** The package a bare import names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare packages the bundle imports at run time, each with the output files that import it. */
export function importedPackages(metafile: Metafile): Map<string, string[]> {
  const builtins = new Set(builtinModules);
  const found = new Map<string, string[]>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || imp.path.startsWith('node:') || imp.path.startsWith('.') || builtins.has(imp.path)) continue;
      const name = packageOf(imp.path);
      found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

/** Imported packages that `npm ci --omit=dev` would not install, with why. */
export function missingInProduction(imported: Map<string, string[]>, pkg: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }): string[] {
  const problems: string[] = [];
  for (const [name, files] of imported) {
    if (pkg.dependencies?.[name]) continue;
    const where = pkg.devDependencies?.[name] ? 'is only a devDependency' : 'is not declared in package.json';
    problems.push(`${name} ${where} (imported by ${[...new Set(files)].map((f) => path.relative(ROOT_DIR, f)).join(', ')})`);
  }
  return problems;
}

export async function buildServer(outdir = path.join(ROOT_DIR, 'dist', 'server')): Promise<{ outdir: string; metafile: Metafile; ms: number }> {
  const started = performance.now();
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT_DIR,
    entryPoints: SERVER_ENTRIES,
    outbase: 'server',
    outdir,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    jsx: 'automatic',
    // Readable output with the original names (stack traces, error names, class names).
    minify: false,
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8'));
  const problems = missingInProduction(importedPackages(result.metafile), pkg);
  if (problems.length) {
    throw new Error(`the compiled server imports packages that \`npm ci --omit=dev\` does not install; move them to "dependencies":\n  ${problems.join('\n  ')}`);
  }
  return { outdir, metafile: result.metafile, ms: performance.now() - started };
}

function outdirArgument(argv: string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--outdir' || a.startsWith('--outdir='));
  if (at < 0) return undefined;
  const value = argv[at].includes('=') ? argv[at].slice(argv[at].indexOf('=') + 1) : argv[at + 1];
  if (!value) throw new Error('--outdir needs a directory');
  return path.resolve(value);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { outdir, metafile, ms } = await buildServer(outdirArgument(process.argv.slice(2)));
    const bytes = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js')).reduce((sum, [, o]) => sum + o.bytes, 0);
    console.log(`Compiled the server into ${path.relative(process.cwd(), outdir) || '.'} (${(bytes / 1024).toFixed(0)} KiB of JS, ${(ms / 1000).toFixed(1)} s)`);
  } catch (err) {
    console.error(`build:server failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
