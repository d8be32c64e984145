// Facts about one membership_snapshot row that need another table's row: its branch's regional
// office, and the next month its branch reported the same series in. The cube computes
// them per row when it reads the months, and the month rollup (month-rollup.ts) stores their
// sums: written once here, so that both read them alike.

/**
 * The regional office of the row's branch as the branch table names it now; `''` for a branch
 * without one (or missing from the table), so that it is a value a key can hold.
 */
export function officeOf(table = 'membership_snapshot'): string {
  return `COALESCE((SELECT rb.region_code FROM branch rb WHERE rb.code = ${table}.branch_code), '')`;
}

/**
 * Whether the row's branch has a row of the same segment and program in the month after: one
 * seek of the natural key (branch, year, month, segment, program).
 */
export function reportsMonthAfter(table = 'membership_snapshot'): string {
  const after = `${table}.period_index + 1`;
  return (
    `EXISTS (SELECT 1 FROM membership_snapshot nm WHERE nm.branch_code = ${table}.branch_code ` +
    `AND nm.year = (${after}) / 12 AND nm.month = (${after}) % 12 + 1 ` +
    `AND nm.segment = ${table}.segment AND nm.program = ${table}.program)`
  );
}

/** The month index standing for "no later month" in nextReportedMonth: past every real month. */
export const NO_NEXT_MONTH = 9_999_999;

/**
 * The next month (index) with a row of the row's branch, segment and program, NO_NEXT_MONTH when
 * there is none: a row is its branch's latest of a period exactly when this lies past the
 * period's end, so that sums of rows keyed by it give stocks of any period (month-rollup.ts).
 * The month after is one seek of the natural key, as most rows have it; else the branch's later
 * months are read in the natural key's order up to the first of the series.
 */
export function nextReportedMonth(table = 'membership_snapshot'): string {
  const after = `${table}.period_index + 1`;
  return (
    `COALESCE(CASE WHEN ${reportsMonthAfter(table)} THEN ${after} END, ` +
    `(SELECT nl.period_index FROM membership_snapshot nl WHERE nl.branch_code = ${table}.branch_code AND nl.year >= ${table}.year ` +
    `AND nl.period_index > ${table}.period_index AND nl.segment = ${table}.segment AND nl.program = ${table}.program ` +
    `ORDER BY nl.year, nl.month LIMIT 1), ${NO_NEXT_MONTH})`
  );
}
