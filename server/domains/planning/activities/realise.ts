// A planned activity done: its results go in as a campaign activity through the importer (kind
// campaigns), with every check, the rollups, the history and the data version of any import.
// The row's name starts with the plan's id. A realisation claims its planned activity first
// (graphql-resolvers.ts, store.ts claimPlanned), so only one import per activity runs, and one
// refused gives the claim back: no second row is stored for one activity.
import type { Locale } from '../../../../common/i18n/format.ts';
import { BadInputError } from '../../../errors.ts';
import type { Database } from '../../../db/orm.ts';
import { importFile } from '../../../import/importer.ts';
import type { PlannedActivity } from './store.ts';

export interface Results {
  date: string;
  reach: number;
  registrations: number;
  costIdr: number;
  leads: number | null;
}

const CSV_HEADER = 'branch,date,activity,channel,reach,registrations,name,cost_idr,leads,segment,staff';

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The activity's name in the campaign data: the plan's id first, so that it is its own key. */
export function realisedName(planned: PlannedActivity): string {
  return `Rencana #${planned.id}: ${planned.audience} — ${planned.location}`.slice(0, 300);
}

export async function importResults(
  db: Database,
  planned: PlannedActivity,
  results: Results,
  who: { actor: string; branchScope?: { allows(code: string): boolean; text: string }; lang: Locale },
): Promise<number> {
  const row = [
    planned.branchCode, results.date, 'SOCIALISATION', planned.channel, String(results.reach), String(results.registrations),
    realisedName(planned), String(results.costIdr), results.leads === null ? '' : String(results.leads), planned.segment ?? '', planned.staffCode ?? '',
  ].map(field).join(',');
  const report = await importFile(db, {
    kind: 'campaigns',
    source: { buffer: Buffer.from(`${CSV_HEADER}\n${row}\n`, 'utf8') },
    fileName: `realisasi rencana ${planned.id}.csv`,
    actor: who.actor,
    branchScope: who.branchScope,
    lang: who.lang,
  });
  if (report.outcome !== 'STORED' || report.runId === null) {
    const reasons = report.problems.map((p) => p.reason).join('; ');
    const said = reasons || 'the import refused the results';
    throw new BadInputError('results', `not stored: ${said}`, 'RESULTS_NOT_STORED', { reasons: said });
  }
  return report.runId;
}
