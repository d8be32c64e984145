// What the targets chart and table call a row. The API keys a row by its group's code (a program,
// a segment, a staff member's code, a branch or regional office code) and labels staff by name;
// branches and offices are named here, from the directory the dashboard has loaded anyway (the
// ranking table names them the same way), so that the chart reads "Kantor Cabang Madiun", not
// MADIUN. A code missing from the directory keeps the API's label.
import type { AttainmentRow } from './types.ts';

export interface OfficeNames {
  /** Branch code → name. */
  branches: ReadonlyMap<string, string>;
  /** Regional office code → name. */
  regions: ReadonlyMap<string, string>;
  /** The label of the row of branches without an office (key `(none)`), in the reader's language. */
  noRegion: string;
}

type Labelled = Pick<AttainmentRow, 'key' | 'label'>;

/** The rows with their branch or office names as labels, for rows grouped by BRANCH or REGION. */
export function withOfficeNames<T extends Labelled>(rows: readonly T[], groupBy: string, names: OfficeNames): readonly T[] {
  const nameOf = (key: string): string | undefined =>
    groupBy === 'BRANCH' ? names.branches.get(key) : groupBy === 'REGION' ? (key === '(none)' ? names.noRegion : names.regions.get(key)) : undefined;
  if (groupBy !== 'BRANCH' && groupBy !== 'REGION') return rows;
  return rows.map((row) => {
    const name = nameOf(row.key);
    return name === undefined ? row : { ...row, label: name };
  });
}
