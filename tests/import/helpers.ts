// Shared helpers of the import tests: databases, imports from text or fixture files, table dumps.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { importFile, type ImportOptions, type ImportReport } from '../../server/import/importer.ts';
import type { ImportKind } from '../../server/import/kinds.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
export const fixture = (name: string) => path.join(FIXTURES, name);

export async function memoryDb(): Promise<Database> {
  return openDatabase({ dialect: 'sqlite', file: ':memory:' } satisfies DatabaseTarget);
}

export function importText(
  db: Database,
  kind: ImportKind,
  text: string | Buffer,
  opts: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  return importFile(db, {
    kind,
    source: { buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') },
    fileName: `${kind}.csv`,
    lang: 'en',
    actor: 'test',
    ...opts,
  });
}

/** Imports text that must be stored whole; throws with the problems otherwise (test set-up). */
export async function storeText(db: Database, kind: ImportKind, text: string): Promise<void> {
  const report = await importText(db, kind, text);
  if (report.outcome !== 'STORED') throw new Error(`${kind} not stored: ${JSON.stringify(report.problems)}`);
}

export function importFixture(db: Database, kind: ImportKind, name: string, opts: Partial<ImportOptions> = {}): Promise<ImportReport> {
  return importFile(db, { kind, source: { path: fixture(name) }, fileName: name, lang: 'en', actor: 'test', ...opts });
}

export const DATA_TABLES = ['branch', 'staff', 'membership_snapshot', 'campaign_activity', 'target'] as const;

/** Every row of every data table (not the import history), in a stable order, as JSON. */
export async function dumpTables(db: Database): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of DATA_TABLES) {
    const rows = (await db.knex(t).select('*')) as Record<string, unknown>[];
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}

export async function withBranches(db: Database, codes = ['MADIUN']): Promise<void> {
  const r = await importText(db, 'branches', `code,name\n${codes.map((c) => `${c},Kantor Cabang ${c}`).join('\n')}\n`);
  if (r.outcome !== 'STORED') throw new Error(`branches not stored: ${JSON.stringify(r.problems)}`);
}

/** An .xlsx workbook in memory: one sheet per entry, rows as given (ExcelJS, as a spreadsheet writes it). */
export async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
