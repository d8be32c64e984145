// Random garbage never crashes the importer, never stores anything, and always yields a report.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { IMPORT_KINDS, KINDS } from '../../server/import/kinds.ts';
import { dumpTables, importText, memoryDb, withBranches } from './helpers.ts';

let db: Database;
let baseline: string;
beforeAll(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN']);
  baseline = await dumpTables(db);
});
afterAll(async () => {
  await db.close();
});

const kind = fc.constantFrom(...IMPORT_KINDS);
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'MADIUN', '2020', '2020-13', '2021-02-30', '-1', '26.670', '1,5', '"', '""', ';', ',', '\r\n', '\ufeff', 'PU', 'ZOOM', 'PROMOTION', '9999999999'),
);
const row = (sep: string) => fc.array(cell, { maxLength: 9 }).map((cells) => cells.join(sep));

/** Text that looks more or less like a CSV of the kind: a real header (sometimes), then garbage rows. */
const csvLike = kind.chain((k) =>
  fc.record({
    kind: fc.constant(k),
    sep: fc.constantFrom(',', ';', '\t'),
    header: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
  }).chain(({ kind: kk, sep, header, eol }) =>
    fc.array(row(sep), { maxLength: 8 }).map((rows) => ({
      kind: kk,
      text: [...(header ? [KINDS[kk].columns.join(sep)] : []), ...rows].join(eol),
    })),
  ),
);

describe('garbage in', () => {
  it('random text: always a report, never a crash, never stored', async () => {
    await fc.assert(
      fc.asyncProperty(kind, fc.string({ maxLength: 200, unit: 'binary' }), fc.boolean(), async (k, text, dryRun) => {
        const report = await importText(db, k, text, { dryRun });
        expect(['REJECTED', 'STORED', 'DRY_RUN']).toContain(report.outcome);
        expect(report.problems.every((p) => typeof p.reason === 'string' && p.reason.length > 0)).toBe(true);
        expect(await dumpTables(db)).toBe(baseline);
      }),
      { numRuns: 60 },
    );
  });

  it('random bytes (also XLSX-looking): always a report, never stored', async () => {
    await fc.assert(
      fc.asyncProperty(kind, fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (k, bytes, zip) => {
        const buf = Buffer.concat([zip ? Buffer.from([0x50, 0x4b, 0x03, 0x04]) : Buffer.alloc(0), Buffer.from(bytes)]);
        const report = await importText(db, k, buf);
        expect(report.outcome).toBe(report.rows === 0 && report.problemCount === 0 ? 'STORED' : 'REJECTED');
        expect(await dumpTables(db)).toBe(baseline);
      }),
      { numRuns: 60 },
    );
  });

  it('CSV-like garbage under a real header: rejected with line numbers, never stored', async () => {
    await fc.assert(
      fc.asyncProperty(csvLike, async ({ kind: k, text }) => {
        const report = await importText(db, k, text);
        if (report.outcome === 'REJECTED') {
          expect(report.problemCount).toBeGreaterThan(0);
          for (const p of report.problems) if (p.line !== null) expect(p.line).toBeGreaterThanOrEqual(1);
          expect(await dumpTables(db)).toBe(baseline);
        } else {
          // Now and then the generator writes a genuinely valid file (e.g. a branch `26.670`
          // named `-1`): it is stored, and the next case starts from a fresh database.
          expect(report.problemCount).toBe(0);
          expect(report.outcome).toBe('STORED');
          await db.close();
          db = await memoryDb();
          await withBranches(db, ['MADIUN']);
          baseline = await dumpTables(db);
        }
      }),
      { numRuns: 80 },
    );
  });
});
