// The registry of the four import kinds (server/import/README.md). Each kind is defined with its
// domain (server/domains/<domain>/import-kind.ts): columns, Indonesian header aliases, zod row
// schema, natural key, and how a row maps to and from its table, keyed by column name. Here the
// keyed mappings are put in column order once, for the store stage and the export
// (server/export reads the same definitions, so export → import round-trips).
import { branchesKind } from '../domains/branches/import-kind.ts';
import { campaignsKind } from '../domains/campaigns/import-kind.ts';
import { membershipKind } from '../domains/membership/import-kind.ts';
import { targetsKind } from '../domains/targets/import-kind.ts';
import { enumKey } from './fields.ts';
import { IMPORT_KINDS, type DbValue, type ImportKind, type KindDefinition, type KindSpec } from './kind-parts.ts';

export { IMPORT_KINDS };
export type { DbValue, ImportKind, KindDefinition, KindSpec, RowCheck, RowProblem } from './kind-parts.ts';

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Values of a keyed record in the given column order. */
function inOrder<V>(columns: readonly string[], record: Record<string, V>): V[] {
  const out = new Array<V>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = record[columns[i]];
  return out;
}

/** A domain's definition as the importer and the export use it. */
export function kindSpec<Row>(def: KindDefinition<Row>): KindSpec<Row> {
  const { toCsv, ...rest } = def;
  return {
    ...rest,
    toDbValues: (row, importId) => inOrder<DbValue>(def.dbColumns, def.toDb(row, importId)),
    toCsv: (dbRow) => inOrder(def.columns, toCsv(dbRow)),
    toCsvRecord: toCsv,
  };
}

export const KINDS: Record<ImportKind, KindSpec> = {
  branches: kindSpec(branchesKind),
  membership: kindSpec(membershipKind),
  campaigns: kindSpec(campaignsKind),
  targets: kindSpec(targetsKind),
};

/** Normalises a header cell: BOM and surrounding space removed, lower case, spaces/hyphens → '_'. */
export function normaliseHeader(cell: string): string {
  return cell.replace(/^\ufeff/, '').trim().toLowerCase().replace(/[\s\-/.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The canonical column a header cell names for a kind, or undefined. */
export function canonicalColumn(spec: KindSpec, cell: string): string | undefined {
  const h = normaliseHeader(cell);
  if (spec.columns.includes(h)) return h;
  return spec.aliases[h] ?? spec.aliases[enumKey(h).toLowerCase()];
}
