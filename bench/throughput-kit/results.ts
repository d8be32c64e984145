// Results files under bench/results/: one JSON per bench, holding one entry per label
// (BENCH_LABEL, e.g. `before` and `after` a change), so that a run replaces only its own entry
// and the comparison with the other label stays in the file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

export const runLabel = (): string => process.env.BENCH_LABEL ?? 'latest';

export function writeResult(file: string, label: string, entry: unknown): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const target = path.join(RESULTS_DIR, file);
  const existing = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, 'utf8')) : {};
  const runs = { ...(existing.runs ?? {}), [label]: entry };
  fs.writeFileSync(target, JSON.stringify({ ...existing, runs }, null, 2) + '\n');
  return target;
}
