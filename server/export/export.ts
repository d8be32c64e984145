// Exports each import kind as CSV in exactly the import format (same columns, `,` delimiter,
// LF, plain numbers, `YYYY` periods for year-end rows), so that export → import changes nothing.
// Rows are read in keyset pages so memory stays flat whatever the table size.
import { csvRecords } from '../csv/records.ts';
import { compareValues, inByteOrder, type SqlValue } from '../analytics/byte-order.ts';
import type { Database } from '../db/orm.ts';
import { KINDS, type ImportKind } from '../import/kinds.ts';

export { IMPORT_KINDS as EXPORT_KINDS, isImportKind as isExportKind } from '../import/kinds.ts';

const PAGE = 5000;

export interface ExportOptions {
  /** Only rows of this branch (code, case-insensitive). */
  branch?: string;
}

/** The CSV text of a kind, in chunks: the header line first, then pages of rows. */
export async function* exportCsv(db: Database, kind: ImportKind, opts: ExportOptions = {}): AsyncGenerator<string> {
  const spec = KINDS[kind];
  yield csvRecords([spec.columns], { delimiter: ',', newline: '\n' });
  const branchColumn = kind === 'branches' ? 'code' : 'branch_code';
  // Sorted by the natural key (unique), text in byte order whatever the database's collation
  // (the same file from either database). Read one value of the key's first column (the branch)
  // at a time, in byte order, each paged by keyset on the rest of the key: no index of a
  // database with another collation follows byte order, so a page then sorts what is left of
  // one branch instead of the whole table (quadratic on a large one).
  const scoped = () => {
    if (!opts.branch) return db.knex(spec.table);
    // A branch's regional office is the one its row names.
    if (kind === 'regions') return db.knex(spec.table).whereIn('code', db.knex('branch').whereRaw('upper(code) = ?', [opts.branch.toUpperCase()]).select('region_code'));
    return db.knex(spec.table).whereRaw(`upper(??) = ?`, [branchColumn, opts.branch.toUpperCase()]);
  };
  const [lead, ...rest] = spec.orderBy;
  const cols = rest.length ? rest : spec.orderBy;
  const key = cols.map((c) => inByteOrder(db, spec.table, c));
  const leads = rest.length
    ? ((await scoped().distinct(lead)) as Record<string, SqlValue>[]).map((r) => r[lead]).sort(compareValues)
    : [undefined];
  for (const value of leads) {
    let last: Record<string, unknown> | undefined;
    for (;;) {
      let q = scoped().select('*');
      if (value !== undefined) q = q.where(lead, value as string | number);
      if (last) {
        const tuple = `(${cols.map(() => '?').join(', ')}) > (${cols.map(() => '?').join(', ')})`;
        q = q.whereRaw(tuple, [...key, ...cols.map((c) => last![c] as string | number)]);
      }
      for (const c of key) q = q.orderBy(c, 'asc');
      const rows = (await q.limit(PAGE)) as Record<string, unknown>[];
      if (rows.length === 0) break;
      yield csvRecords(rows.map((r) => spec.toCsv(r)), { delimiter: ',', newline: '\n' });
      if (rows.length < PAGE) break;
      last = rows[rows.length - 1];
    }
  }
}

/** The whole CSV as one string (small tables, tests). */
export async function exportCsvText(db: Database, kind: ImportKind, opts: ExportOptions = {}): Promise<string> {
  let out = '';
  for await (const chunk of exportCsv(db, kind, opts)) out += chunk;
  return out;
}
