// Facts about one membership_snapshot row that need another table's row: its branch's regional
// office, and whether its branch reported the same series the month before. The cube computes
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
