import { EntitySchema } from '@mikro-orm/core';
import type { DataSource } from '../../domain/catalog.ts';

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
  importId?: number | null;
}

export const MembershipSnapshotSchema = new EntitySchema<MembershipSnapshot>({
  name: 'MembershipSnapshot',
  tableName: 'membership_snapshot',
  uniques: [{ name: 'membership_natural_key', properties: ['branchCode', 'year', 'month', 'segment', 'program'] }],
  indexes: [
    {
      name: 'membership_trend_idx',
      properties: ['branchCode', 'program', 'segment', 'periodIndex', 'activeParticipants'],
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
    importId: { type: 'integer', nullable: true },
  },
});
