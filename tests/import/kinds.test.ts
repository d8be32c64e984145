// The kinds' definitions keyed by column name (server/domains/*/import-kind.ts), as the registry
// (server/import/kinds.ts) collects them: every database column and every CSV column is given,
// nothing else, and the export's cells follow `columns`.
import { describe, expect, it } from 'vitest';
import { DEFINITIONS, IMPORT_KINDS, KINDS } from '../../server/import/kinds.ts';
import { PostgresUpserter } from '../../server/import/postgres-upserter.ts';
import { SqliteUpserter } from '../../server/import/sqlite-upserter.ts';
import { openUpserter } from '../../server/import/upserter.ts';

const VALID: Record<string, Record<string, string>> = {
  regions: { code: 'JATIM', name: 'Kantor Wilayah Jawa Timur' },
  branches: { code: 'MADIUN', name: 'Kantor Cabang Madiun', region: 'Jawa Timur', region_code: 'JATIM' },
  membership: { branch: 'MADIUN', period: '2020-03', segment: 'PU', active_participants: '12', program: '', new_participants: '2', lapsed_participants: '' },
  campaigns: {
    branch: 'MADIUN', date: '2021-03-01', activity: 'PROMOTION', channel: 'RADIO', reach: '120', registrations: '6',
    name: 'Spot', cost_idr: '1500000', leads: '20', segment: 'PU', staff: 'S01',
  },
  targets: { branch: 'MADIUN', year: '2021', program: 'JHT', segment: 'PU', target: '100', metric: '', staff: '' },
};

describe('import kinds keyed by column', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: toDb gives exactly the table's columns`, () => {
      const spec = KINDS[kind];
      const parsed = spec.schema.safeParse(VALID[kind]);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const record = spec.toDb(parsed.data, 7);
      expect(Object.keys(record).sort()).toEqual([...spec.dbColumns].sort());
      expect(record.import_id).toBe(7);
    });

    it(`${kind}: toCsv gives exactly the kind's columns, in columns order`, () => {
      const stored = Object.fromEntries(KINDS[kind].dbColumns.map((c) => [c, c === 'year' ? 2021 : c === 'month' ? 3 : null]));
      const record = DEFINITIONS[kind].toCsv(stored);
      expect(Object.keys(record).sort()).toEqual([...KINDS[kind].columns].sort());
      expect(KINDS[kind].toCsv(stored)).toEqual(KINDS[kind].columns.map((c) => record[c]));
    });
  }
});

describe('openUpserter', () => {
  const trx = {} as never;
  it('picks the implementation by dialect, once', () => {
    expect(openUpserter(trx, KINDS.membership, 'sqlite')).toBeInstanceOf(SqliteUpserter);
    expect(openUpserter(trx, KINDS.membership, 'postgresql')).toBeInstanceOf(PostgresUpserter);
    // PostgreSQL: as many rows as 32000 bound variables allow, at most 500; SQLite: 4000 in one value.
    expect(openUpserter(trx, KINDS.membership, 'postgresql').batchRows).toBe(500);
    expect(openUpserter(trx, KINDS.campaigns, 'sqlite').batchRows).toBe(4000);
    expect(openUpserter(trx, KINDS.membership, 'sqlite', 10).batchRows).toBe(10);
  });
});
