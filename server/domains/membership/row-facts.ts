// Facts about one membership_snapshot row that need another table's row: its branch's regional
// office, whether its branch reported the same series the month before, and the next month it
// reported that series in. The cube computes
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
 * 1 when the row's branch has a row of the same segment and program in the month before, else
 * 0: summed over a month's rows, how many of its branches reported the month before too. Looked
 * up by the natural key (branch, year, month, segment, program), whose unique index makes it one
 * seek.
 */
export function reportedMonthBefore(table = 'membership_snapshot'): string {
  const before = `${table}.period_index - 1`;
  return (
    `CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot pm WHERE pm.branch_code = ${table}.branch_code ` +
    `AND pm.year = (${before}) / 12 AND pm.month = (${before}) % 12 + 1 ` +
    `AND pm.segment = ${table}.segment AND pm.program = ${table}.program) THEN 1 ELSE 0 END`
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
    `COALESCE(CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot nm WHERE nm.branch_code = ${table}.branch_code ` +
    `AND nm.year = (${after}) / 12 AND nm.month = (${after}) % 12 + 1 ` +
    `AND nm.segment = ${table}.segment AND nm.program = ${table}.program) THEN ${after} END, ` +
    `(SELECT nl.period_index FROM membership_snapshot nl WHERE nl.branch_code = ${table}.branch_code AND nl.year >= ${table}.year ` +
    `AND nl.period_index > ${table}.period_index AND nl.segment = ${table}.segment AND nl.program = ${table}.program ` +
    `ORDER BY nl.year, nl.month LIMIT 1), ${NO_NEXT_MONTH})`
  );
}

/**
 * The month (index) of the row's branch's previous row of the same segment and program, null
 * when there is none: its next month is this row's, so a refresh that writes this row rebuilds
 * that month too. The month before is the common case and needs no lookup beyond one seek.
 */
export function previousReportedMonth(table = 'membership_snapshot'): string {
  const before = `${table}.period_index - 1`;
  return (
    `CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot pm WHERE pm.branch_code = ${table}.branch_code ` +
    `AND pm.year = (${before}) / 12 AND pm.month = (${before}) % 12 + 1 ` +
    `AND pm.segment = ${table}.segment AND pm.program = ${table}.program) THEN ${before} ELSE ` +
    `(SELECT pl.period_index FROM membership_snapshot pl WHERE pl.branch_code = ${table}.branch_code AND pl.year <= ${table}.year ` +
    `AND pl.period_index < ${table}.period_index AND pl.segment = ${table}.segment AND pl.program = ${table}.program ` +
    `ORDER BY pl.year DESC, pl.month DESC LIMIT 1) END`
  );
}
