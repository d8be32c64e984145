// The registry of the import kinds (server/import/README.md). Each kind is defined with its
// domain (server/domains/<domain>/import-kind.ts): columns, Indonesian header aliases, zod row
// schema, natural key, and how a row maps to and from its table, keyed by column name. Here the
// keyed mappings are put in column order once, for the store stage and the export
// (server/export reads the same definitions, so export → import round-trips).
import { branchesKind } from '../domains/branches/import-kind.ts';
import { campaignsKind } from '../domains/campaigns/import-kind.ts';
import { membershipKind } from '../domains/membership/import-kind.ts';
import { targetsKind } from '../domains/targets/import-kind.ts';
import { regionsKind } from '../domains/branches/regions-import-kind.ts';
import { enumKey } from './fields.ts';
import { IMPORT_KINDS, type ImportKind, type KindDefinition, type KindSpec } from './kind-parts.ts';

export { IMPORT_KINDS };
export type { DbValue, ImportKind, KindDefinition, KindSpec, RowCheck, RowProblem } from './kind-parts.ts';

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Each kind as its domain defines it. */
export const DEFINITIONS: Record<ImportKind, KindDefinition> = {
  regions: regionsKind,
  branches: branchesKind,
  membership: membershipKind,
  campaigns: campaignsKind,
  targets: targetsKind,
};

/** A domain's definition as the importer and the export use it. */
function kindSpec<Row>(def: KindDefinition<Row>): KindSpec<Row> {
  const { toCsv, ...rest } = def;
  return {
    ...rest,
    toCsv: (dbRow) => {
      const cells = toCsv(dbRow);
      return def.columns.map((column) => cells[column]);
    },
  };
}

export const KINDS = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, kindSpec(DEFINITIONS[kind])])) as Record<ImportKind, KindSpec>;

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
