// Words the target-attainment chart and table share: what the figures count (program
// enrolments or persons), "no data yet" instead of a false 0 %, "incomplete data" where only
// some of a row's targets have data (its attainment is over those only), and the as-of months
// of rows whose branches report up to different months.
import { formatInteger, formatPeriod, type Locale } from '../i18n/format.ts';
import { labels } from './labels.ts';
import type { AttainmentRow } from './types.ts';

/** The one CountUnit of the rows, null when they carry none or differ. */
export function rowsUnit(rows: readonly AttainmentRow[]): string | null {
  const units = new Set(rows.map((r) => r.unit).filter((u): u is string => !!u));
  return units.size === 1 ? [...units][0] : null;
}

/** "kepesertaan program" / "program enrolments", "orang" / "persons"; null for an unknown unit. */
export function unitWord(unit: string | null | undefined, locale: Locale): string | null {
  return unit ? (labels(locale).countUnits[unit] ?? null) : null;
}

/** A target for which no branch has data yet: its 0 % means nothing. */
export const hasNoData = (row: AttainmentRow): boolean => row.status === 'NO_DATA';

/** A row only some of whose targets have data: its attainment is over those targets only. */
export const hasPartialData = (row: AttainmentRow): boolean => row.status === 'PARTIAL_DATA';

/** The target the row's realisation is measured against: the part with data when given. */
export const measuredTarget = (row: AttainmentRow): number => row.targetWithData ?? row.target;

/** "1 dari 3 target ada datanya, target 24.000 belum ada data" for a PARTIAL_DATA row; null otherwise. */
export function partialCounts(row: AttainmentRow, locale: Locale): string | null {
  if (!hasPartialData(row)) return null;
  const n = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : formatInteger(v, locale));
  const without = row.targetWithoutData ?? (row.targetWithData === null || row.targetWithData === undefined ? null : row.target - row.targetWithData);
  return labels(locale).attainmentPartialCounts(n(row.keysWithData), n(row.keysWithTargets), n(without));
}

/** "data belum lengkap: 1 dari 3 target ada datanya, target 24.000 belum ada data"; null unless PARTIAL_DATA. */
export function partialText(row: AttainmentRow, locale: Locale): string | null {
  const counts = partialCounts(row, locale);
  return counts === null ? null : `${labels(locale).attainmentPartial}: ${counts}`;
}

/** "Oktober 2031", or "Agustus 2031 – Oktober 2031" when the branches report up to different months. */
export function asOfText(row: Pick<AttainmentRow, 'asOf' | 'earliestAsOf'>, locale: Locale): string | null {
  if (!row.asOf) return null;
  const latest = formatPeriod(row.asOf, locale);
  return row.earliestAsOf && row.earliestAsOf !== row.asOf ? `${formatPeriod(row.earliestAsOf, locale)} – ${latest}` : latest;
}

/** "1 dari 2 cabang melapor" when some branches with targets have no data yet; null otherwise. */
export function reportingText(row: AttainmentRow, locale: Locale): string | null {
  const all = row.branchesWithTargets ?? null;
  const reporting = row.reportingBranches ?? null;
  if (all === null || reporting === null || reporting >= all) return null;
  return labels(locale).reportingOf(formatInteger(reporting, locale), formatInteger(all, locale));
}
