// The schema-first SDL: every schema/*.graphql file, read once at start-up.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

export function loadTypeDefs(dir = path.join(ROOT_DIR, 'schema')): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
