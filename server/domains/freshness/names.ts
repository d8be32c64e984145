// The branches whose data lag behind, as people name them: dataFreshness answers them by code
// (`staleBranches`, what scripts join on), and the report's warning names them as the charts and
// the dashboard name branches (common/charts/office-names.ts), the code where the directory has
// no name. Like the dashboard's notice, it names the first few and counts the rest
// (common/coverage/lagging-branches.ts).
import { officeNames } from '../../../common/charts/office-names.ts';
import { laggingBranches } from '../../../common/coverage/lagging-branches.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { Database } from '../../db/orm.ts';
import { listBranches } from '../branches/query.ts';

/** The names of the first of these branch codes, in their order, and how many more; the directory is read only when there are some. */
export async function staleBranchNames(db: Database, codes: readonly string[], locale: Locale): Promise<{ shown: string[]; more: number }> {
  if (codes.length === 0) return { shown: [], more: 0 };
  return laggingBranches(codes, false, officeNames({ branches: await listBranches(db) }, locale));
}
