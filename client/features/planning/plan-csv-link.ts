// The address of plan against realisation as CSV (server/api/plan-csv.ts), in the reader's
// language: Indonesian Excel's dialect for `id`, the machine format for `en`.
import type { Locale } from '../../../common/i18n/format.ts';

export const PLAN_CSV_PATH = '/api/plan/realisation.csv';

export function planCsvHref(args: { branch: string; from: string; to: string; groupBy: string; lang: Locale }): string {
  const p = new URLSearchParams({ branch: args.branch, from: args.from, to: args.to, groupBy: args.groupBy, lang: args.lang });
  return `${PLAN_CSV_PATH}?${p.toString()}`;
}
