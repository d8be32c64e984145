// The server's charts name branch and office rows as the dashboard does (common/charts/
// office-names.ts): campaign-reach and target-attainment grouped by BRANCH or REGION key their
// rows by code, and the SVG, PNG, embed, report table and CSV drawn from them would otherwise
// read MADIUN and JATIM where the dashboard reads Kantor Cabang Madiun and Kantor Wilayah Jawa
// Timur. The directory is read only for those groupings.
import type { ChartName } from '../../common/charts/registry.ts';
import { groupsOffices, officeNames, withOfficeNames } from '../../common/charts/office-names.ts';
import type { Locale } from '../../common/i18n/format.ts';
import type { Database } from '../db/orm.ts';
import { listBranches, listRegions } from '../domains/branches/query.ts';

/** The charts whose rows a groupBy may make branches or offices. */
const GROUPED: ReadonlySet<ChartName> = new Set<ChartName>(['campaign-reach', 'target-attainment']);

/** The chart's data with its branch or office rows named in `locale`; any other data as it is. */
export async function withChartOfficeNames(db: Database, chart: ChartName, args: Record<string, unknown>, data: unknown, locale: Locale): Promise<unknown> {
  if (!GROUPED.has(chart) || !groupsOffices(args.groupBy) || !Array.isArray(data)) return data;
  const directory = args.groupBy === 'BRANCH' ? { branches: await listBranches(db) } : { regions: await listRegions(db) };
  return withOfficeNames(data as { key: string; label?: string | null }[], args.groupBy, officeNames(directory, locale));
}
