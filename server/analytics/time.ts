// A cube's time, defined once: the month index a window filters on, and its labels at each
// granularity of the API (periods.ts), which a query chooses by naming it (YEAR, QUARTER or
// MONTH). For cubes whose rows carry integer year and month columns beside the month index
// (index = year*12 + month-1).
import { DIMENSIONS } from '../../common/vocabulary/fields.ts';
import { quarterOf } from './dialects/dialect.ts';
import type { DescribedCube } from './model.ts';
import type { Granularity } from './periods.ts';

type TimeDimensions = Record<'periodIndex' | Granularity, DescribedCube['dimensions'][string]>;

export function timeDimensions(columns: { index: string; year: string; month: string }): TimeDimensions {
  const { index, year, month } = columns;
  return {
    periodIndex: { sql: index, title: DIMENSIONS.periodIndex },
    // Labels are grouped by the columns they are made of, which an index can deliver in order
    // (membership_stock_flow_idx); grouping by a computed label never can. A month is one
    // time point, so a stock by MONTH is a plain sum.
    // `last`: the bucket's last month index, which tells a bucket's latest rows in a rollup
    // keyed by the next month (Rollup.latestBy).
    YEAR: { sql: (d) => d.yearLabel(year), groupBy: [year], last: `${year} * 12 + 11`, title: DIMENSIONS.year },
    QUARTER: { sql: (d) => d.quarterLabel(year, month), groupBy: [year, quarterOf(month)], last: `${year} * 12 + ${quarterOf(month)} * 3 - 1`, title: DIMENSIONS.quarter },
    MONTH: { sql: (d) => d.monthLabel(year, month), groupBy: [year, month], pinsTime: true, last: index, title: DIMENSIONS.month },
  };
}
