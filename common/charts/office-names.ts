// What a chart and its table call a row grouped by branch or by regional office. The API keys
// those rows by code (MADIUN, JATIM, `(none)` for branches without an office) and names only
// staff; the branch and office names come from the directory (the branches and regions
// questions), which the dashboard has loaded anyway and the server reads for the charts it
// draws (server/charts/office-names.ts), so that both read "Kantor Cabang Madiun", never
// MADIUN, through this one file. A code missing from the directory keeps the row's own label.
import type { Locale } from '../i18n/format.ts';
import { FIELDS } from '../vocabulary/fields.ts';
import type { TableColumn } from './types.ts';
// The row of branches without an office is named as the dashboard's filters and ranking name
// it: one text for it, whoever draws the chart.
import { dashboard } from '../i18n/dashboard.ts';

/** The key the API gives the group of branches that belong to no regional office. */
export const NO_REGION_KEY = '(none)';

export interface OfficeNames {
  /** Branch code → name. */
  branches: ReadonlyMap<string, string>;
  /** Regional office code → name. */
  regions: ReadonlyMap<string, string>;
  /** The label of the row of branches without an office (key `(none)`), in the reader's language. */
  noRegion: string;
}

/** The offices as the branches and regions questions list them (only code and name are read). */
export interface OfficeDirectory {
  branches?: readonly { code: string; name: string }[] | null;
  regions?: readonly { code: string; name: string }[] | null;
}

/** The names of a directory, with the office-less row's label in `locale`. */
export function officeNames(directory: OfficeDirectory | null | undefined, locale: Locale): OfficeNames {
  return {
    branches: new Map((directory?.branches ?? []).map((b) => [b.code, b.name])),
    regions: new Map((directory?.regions ?? []).map((r) => [r.code, r.name])),
    noRegion: (dashboard[locale] ?? dashboard.id).noRegion,
  };
}

/** Whether rows of this grouping are offices, which this file names. */
export function groupsOffices(groupBy: unknown): groupBy is 'BRANCH' | 'REGION' {
  return groupBy === 'BRANCH' || groupBy === 'REGION';
}

/** The name of one key of a BRANCH or REGION grouping; undefined for other groupings and unknown codes. */
export function officeName(key: string, groupBy: unknown, names: OfficeNames): string | undefined {
  if (groupBy === 'BRANCH') return names.branches.get(key);
  if (groupBy === 'REGION') return key === NO_REGION_KEY ? names.noRegion : names.regions.get(key);
  return undefined;
}

/** The name of one key of a BRANCH or REGION grouping, else the key itself (a code the directory does not know). */
export function officeLabel(key: string, groupBy: unknown, names: OfficeNames): string {
  return officeName(key, groupBy, names) ?? key;
}

type Labelled = { key: string; label?: string | null };

/** The rows with their branch or office names as labels, for rows grouped by BRANCH or REGION. */
export function withOfficeNames<T extends Labelled>(rows: readonly T[], groupBy: unknown, names: OfficeNames): readonly T[] {
  if (!groupsOffices(groupBy)) return rows;
  return rows.map((row) => {
    const name = officeName(row.key, groupBy, names);
    return name === undefined ? row : { ...row, label: name };
  });
}

/**
 * Whether the rows carry names of their own beside their codes (offices, staff): their tables
 * then have a name column and a code column, so that the row reads by its name (the table's row
 * header, a screen reader's too) and a CSV stays joinable by code.
 */
export function hasNames(rows: readonly Labelled[]): boolean {
  return rows.some((r) => !!r.label && r.label !== r.key);
}

/** The first columns of a table whose rows may carry names: the name, then the code (`key`, as unnamed tables call it). */
export function keyColumns(named: boolean, keyLabel: string, locale: Locale): TableColumn[] {
  if (!named) return [{ key: 'key', label: keyLabel, numeric: false }];
  return [
    { key: 'name', label: FIELDS.name[locale], numeric: false },
    { key: 'key', label: FIELDS.code[locale], numeric: false },
  ];
}

/** A row's cells under keyColumns: name and code when named, else the name people read for the key (its code in the values). */
export function keyCells(key: string, name: string, named: boolean): { rows: string[]; values: string[] } {
  return named ? { rows: [name, key], values: [name, key] } : { rows: [name], values: [key] };
}
