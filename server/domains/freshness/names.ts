// The branches whose data lag behind, as people name them: dataFreshness answers them by code
// (`staleBranches`, what scripts join on), and the report's warning names them as the charts and
// the dashboard name branches (common/charts/office-names.ts), the code where the directory has
// no name.
import { officeLabel, officeNames } from '../../../common/charts/office-names.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { Database } from '../../db/orm.ts';
import { listBranches } from '../branches/query.ts';

/** The names of these branch codes, in their order; the directory is read only when there are some. */
export async function staleBranchNames(db: Database, codes: readonly string[], locale: Locale): Promise<string[]> {
  if (codes.length === 0) return [];
  const names = officeNames({ branches: await listBranches(db) }, locale);
  return codes.map((code) => officeLabel(code, 'BRANCH', names));
}
