// Initial JavaScript of the dashboard route, gzip: the scripts and modulepreloads that
// dist/client/index.html loads before anything is clicked (lazy chunks such as the import page
// are not counted, and the playground is a separate entry). Budget: 300 KB gzip.
// Usage: npm run build:client && npx tsx bench/bundle-size.ts   (exit 1 when over budget)
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'client');

export interface BundleReport {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipKB: number;
  cssGzipKB: number;
}

export function measureInitialJs(distDir = dist): BundleReport {
  const indexPath = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexPath)) throw new Error(`${indexPath} is missing: run \`npm run build:client\` first`);
  const html = fs.readFileSync(indexPath, 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const size = (ref: string) => {
    const buf = fs.readFileSync(path.join(distDir, ref.replace(/^\//, '')));
    return { file: ref, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  };
  const files = [...refs].map(size);
  const cssFiles = css.map(size);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    files,
    totalGzipKB: kb(files.reduce((s, f) => s + f.gzipBytes, 0)),
    cssGzipKB: kb(cssFiles.reduce((s, f) => s + f.gzipBytes, 0)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureInitialJs();
  for (const f of report.files) console.log(`${f.file}  ${(f.bytes / 1024).toFixed(1)} KB  →  ${(f.gzipBytes / 1024).toFixed(1)} KB gzip`);
  console.log(`dashboard initial JS: ${report.totalGzipKB} KB gzip (budget ${BUDGET_KB} KB); CSS ${report.cssGzipKB} KB gzip`);
  if (report.totalGzipKB > BUDGET_KB) {
    console.error(`over budget by ${(report.totalGzipKB - BUDGET_KB).toFixed(1)} KB`);
    process.exitCode = 1;
  }
}
