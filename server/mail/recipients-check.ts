// The branches of REPORT_RECIPIENTS must exist: a typo would otherwise mail nothing, every week,
// without anyone noticing. Checked once at start, against the database's branch list.
import type { Database } from '../db/orm.ts';
import { SettingError, type ScheduledReports } from './settings.ts';

export async function checkRecipientBranches(db: Database, reports: ScheduledReports): Promise<void> {
  const codes = [...reports.recipients.keys()];
  const rows = (await db.read('branch').whereIn('code', codes).select('code')) as { code: string }[];
  const known = new Set(rows.map((r) => String(r.code)));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw new SettingError(`REPORT_RECIPIENTS: no branch ${unknown.join(', ')} in the database (branch codes as the branches query lists them, e.g. MADIUN)`);
}
