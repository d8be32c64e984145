import { EntitySchema } from '@mikro-orm/core';
import { quarterOf } from '../../analytics/dialects/dialect.ts';
import type { DataSource } from '../../../common/vocabulary/catalog.ts';

/**
 * Active participants of a branch and segment (and optionally a program) at the end of a month.
 * A year-only period (`2020`) is the year-end value and is stored as its December, with
 * `precision = 'YEAR'` so exports write it back as it came. `periodIndex = year*12 + month-1`
 * makes range filters and "last month of a bucket" plain integer comparisons in every dialect.
 * `program = ''` means the row counts persons across programs (as the study's tables do).
 */
export interface MembershipSnapshot {
  id: number;
  branchCode: string;
  year: number;
  month: number;
  periodIndex: number;
  precision: 'YEAR' | 'MONTH';
  segment: string;
  program: string;
  activeParticipants: number;
  newParticipants?: number | null;
  lapsedParticipants?: number | null;
  source: DataSource;
  /**
   * Where the flows (new/lapsed) come from, which may differ from the stock's source: the study
   * published year-end stocks only, so its December rows carry SYNTHETIC flows beside a STUDY
   * stock. Null when the row has no flows.
   */
  flowSource?: DataSource | null;
  importId?: number | null;
}

export const MembershipSnapshotSchema = new EntitySchema<MembershipSnapshot>({
  name: 'MembershipSnapshot',
  tableName: 'membership_snapshot',
  uniques: [{ name: 'membership_natural_key', properties: ['branchCode', 'year', 'month', 'segment', 'program'] }],
  indexes: [
    // The rows an import wrote, which its rollup refresh reads inside its transaction.
    { name: 'membership_import_idx', properties: ['importId'] },
    {
      // The index of the stock queries (membershipTrend, realised targets). They always filter on
      // program ('' or a list), so it leads; then branch, so that one branch is a single range;
      // then segment and the year/quarter the cube groups by, so that "latest month per branch
      // in each bucket" streams in index order instead of sorting every row (SQLite has no hash
      // aggregation), and period_index, so that looking up the rows at those months is one seek.
      // The rest makes it covering. The quarter is an expression (there is no quarter column),
      // the very one the cube groups by (quarterOf): any other spelling and it is not used.
      // Migrations compare expression indexes by name only: rename it when changing it (it was
      // membership_stock_idx before flow_source joined the covered columns).
      name: 'membership_stock_flow_idx',
      expression:
        `create index "membership_stock_flow_idx" on "membership_snapshot" ("program", "branch_code", "segment", "year", (${quarterOf('"month"')}), ` +
        '"period_index", "month", "active_participants", "new_participants", "lapsed_participants", "source", "flow_source")',
    },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    branchCode: { type: 'string', length: 32 },
    year: { type: 'integer' },
    month: { type: 'integer' },
    periodIndex: { type: 'integer' },
    precision: { type: 'string', length: 8 },
    segment: { type: 'string', length: 8 },
    program: { type: 'string', length: 8, default: '' },
    activeParticipants: { type: 'integer' },
    newParticipants: { type: 'integer', nullable: true },
    lapsedParticipants: { type: 'integer', nullable: true },
    source: { type: 'string', length: 16 },
    flowSource: { type: 'string', length: 16, nullable: true },
    importId: { type: 'integer', nullable: true },
  },
});
