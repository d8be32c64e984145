// The project stands on its own: a clone anywhere runs, tests and documents itself with what it
// holds. No file may read or point at a folder beside the checkout or at an absolute path of one
// machine; the study's figures it ships (examples/study) are the ones the demo data carry.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { STUDY_ACTIVE_PARTICIPANTS } from '../../server/db/seed/study.ts';
import { PROJECT_ROOT, STUDY_EXAMPLE } from '../support/project-files.ts';

const SCANNED = ['README.md', 'package.json', 'codegen.yml', 'vite.config.ts', 'vitest.config.ts', 'tsconfig.json', '.ci', 'bench', 'client', 'common', 'codegen', 'examples', 'schema', 'server', 'tests'];
const SKIPPED = new Set(['node_modules', 'dist', 'data', '__output__']);
const TEXT = /\.(ts|tsx|js|mjs|json|md|graphql|yml|yaml|css|html|csv|sh)$|^run$/;

// Built from parts so that this file does not match itself.
const OUTSIDE = [
  new RegExp(['\\.\\.', 'shared'].join('/')),
  new RegExp(`(^|[\\s'"\`(=])/${'work'}/`),
  new RegExp(`(^|[\\s'"\`(=])/(home|root|Users)/[\\w.-]+/`),
  // The team's reading beside the checkout, named without a path.
  new RegExp(`\\b(${['domain', 'contract', 'architecture'].join('|')})\\.md\\b`),
];

function* files(entry: string): Generator<string> {
  const full = path.join(PROJECT_ROOT, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full)) {
    if (SKIPPED.has(child)) continue;
    yield* files(path.join(entry, child));
  }
}

describe('the project stands on its own', () => {
  it('has no file that reads or points outside the checkout', () => {
    const offending: string[] = [];
    let scanned = 0;
    for (const entry of SCANNED) {
      for (const file of files(entry)) {
        if (!TEXT.test(path.basename(file))) continue;
        scanned++;
        fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (OUTSIDE.some((re) => re.test(line))) offending.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
          });
      }
    }
    expect(scanned).toBeGreaterThan(200);
    expect(offending).toEqual([]);
  });

  it("ships the study's Tabel 1–2 as the demo data carries them", () => {
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(STUDY_EXAMPLE('madiun-membership-2016-2020.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const fromCsv = { PU: {} as Record<number, number>, BPU: {} as Record<number, number> };
    for (const r of rows) {
      expect(r.branch).toBe('MADIUN');
      fromCsv[r.segment as 'PU' | 'BPU'][Number(r.period)] = Number(r.active_participants);
    }
    expect(fromCsv).toEqual(STUDY_ACTIVE_PARTICIPANTS);
  });
});

describe('the import README', () => {
  it('lists the columns of every kind as the importer defines them', async () => {
    const { KINDS } = await import('../../server/import/kinds.ts');
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'server/import/README.md'), 'utf8');
    const names = (cell: string) => [...cell.replace(/\([^)]*\)/g, '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    for (const [kind, spec] of Object.entries(KINDS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${kind}\` |`));
      expect(row, kind).toBeDefined();
      const [, , required, optional] = row!.split('|');
      expect(names(required), kind).toEqual([...spec.required]);
      expect(names(optional).sort(), kind).toEqual(spec.columns.filter((c) => !spec.required.includes(c)).sort());
    }
  });
});
