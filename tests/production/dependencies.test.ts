// What `npm ci --omit=dev` installs: build and test tools stay dev dependencies, and the compiled
// server's guard (server/tools/build-server.ts) names any package it imports that a production
// install would lack.
import fs from 'node:fs';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { importedPackages, missingInProduction, packageOf } from '../../server/tools/build-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function metafile(imports: Record<string, string[]>): Metafile {
  const outputs: Metafile['outputs'] = {};
  for (const [file, paths] of Object.entries(imports)) {
    outputs[file] = { bytes: 1, inputs: {}, exports: [], imports: paths.map((p) => ({ path: p, kind: 'import-statement', external: !p.startsWith('chunk:') })) };
  }
  return { inputs: {}, outputs };
}

describe('production dependencies', () => {
  it('keeps the toolchain out of "dependencies"', () => {
    for (const tool of ['tsx', 'typescript', 'vite', 'esbuild', 'vitest', '@vitejs/plugin-react', '@graphql-codegen/cli']) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
      expect(pkg.devDependencies[tool], tool).toBeDefined();
    }
    expect(pkg.dependencies['d3-time-format']).toBeUndefined();
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || >=24.0.0');
  });

  it('names the package of a bare import', () => {
    expect(packageOf('react-dom/server')).toBe('react-dom');
    expect(packageOf('@apollo/client/utilities')).toBe('@apollo/client');
    expect(packageOf('express')).toBe('express');
  });

  it('flags an import of a dev-only or undeclared package, not built-ins or our own chunks', () => {
    const imported = importedPackages(
      metafile({
        [path.join(ROOT, 'dist/server/main.js')]: ['node:fs', 'fs', 'express', 'react-dom/server', 'vite', 'chunk:./chunks/a.js'],
        [path.join(ROOT, 'dist/server/chunks/a.js')]: ['left-pad', '@apollo/client/utilities'],
      }),
    );
    expect([...imported.keys()].sort()).toEqual(['@apollo/client', 'express', 'left-pad', 'react-dom', 'vite']);
    expect(missingInProduction(imported, pkg)).toEqual([
      'vite is only a devDependency (imported by dist/server/main.js)',
      'left-pad is not declared in package.json (imported by dist/server/chunks/a.js)',
    ]);
  });
});
