// The reviews' overview reads its staff's realisation to the week's end from the rollups where
// the cut-off allows (reviews/team-realisation.ts) instead of targetAttainment by STAFF with
// `through`, which reads the activities of the year up to the day. Same answers: on a slice of
// the national data set, both databases, for every Sunday of a year whose data ends in October
// and of a whole year, month ends, a year's last day and a week 53, for the nation, an office
// and a branch; and the overview itself against its former composition of targetAttainment
// and the staff's phasing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IsoWeek, readIsoWeek, shiftIsoWeek } from '../../common/time/iso-week.ts';
import { seedScale } from '../../server/db/seed/national-seed.ts';
import { listBranches } from '../../server/domains/branches/query.ts';
import { resolveScope } from '../../server/domains/branches/scope.ts';
import { staffPhasing } from '../../server/domains/planning/staff-phasing.ts';
import { attainmentToDate, expectedBy } from '../../server/domains/reviews/assessment/phased-to-date.ts';
import { type OverviewBranch, reviewOverview } from '../../server/domains/reviews/overview.ts';
import { staffRealisedTo } from '../../server/domains/reviews/team-realisation.ts';
import { targetAttainment } from '../../server/domains/targets/query.ts';
import type { Database } from '../../server/db/orm.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const SLICE = 6;

function weekOf(key: string): IsoWeek {
  const read = readIsoWeek(key);
  if (!read.ok) throw new Error(read.problem);
  return read.week;
}

const sundays = (year: number) => Array.from({ length: 53 }, (_, i) => shiftIsoWeek(weekOf(`${year}-W01`), i)).filter((w) => w.year === year).map((w) => w.last);
const DAYS = [...sundays(2025), ...sundays(2024), '2024-01-31', '2024-02-29', '2024-03-01', '2024-12-31', '2025-01-01', '2025-10-31', '2025-11-30'];

/** targetAttainment by STAFF with the cut-off, as the overview read it before. */
async function byTargetAttainment(db: Database, year: number, through: string, scope: { branch?: string; region?: string }) {
  const rows = await targetAttainment(db, { ...scope, year, groupBy: 'STAFF', through });
  return new Map(rows.map((r) => [r.key, { realised: r.status === 'NO_DATA' ? 0 : r.realised, withData: r.status !== 'NO_DATA' }]));
}

/** The overview's former team sums: the phasing's expected, targetAttainment's realised. */
async function formerTeams(db: Database, week: IsoWeek, branches: readonly OverviewBranch[], scope: { branch?: string; region?: string }) {
  const through = week.last < `${week.year}-12-31` ? week.last : `${week.year}-12-31`;
  const [phasing, rows] = await Promise.all([staffPhasing(db, week.year, branches.map((b) => b.code)), targetAttainment(db, { ...scope, year: week.year, groupBy: 'STAFF', through })]);
  const realisedOf = new Map(rows.map((r) => [r.key, r]));
  const team = new Map<string, { expected: number; realised: number; withData: boolean }>();
  for (const [staff, person] of phasing) {
    const sums = team.get(person.branch) ?? { expected: 0, realised: 0, withData: false };
    sums.expected += expectedBy(person.monthly, week.year, through);
    const row = realisedOf.get(staff);
    if (row && row.status !== 'NO_DATA') {
      sums.realised += row.realised;
      sums.withData = true;
    }
    team.set(person.branch, sums);
  }
  return branches.map((b) => {
    const sums = team.get(b.code);
    const pct = sums && sums.withData ? attainmentToDate(sums.realised, sums.expected) : null;
    return {
      branch: b.code,
      expectedToDate: sums ? sums.expected : null,
      realisedToDate: sums && sums.withData ? sums.realised : null,
      attainmentToDatePct: pct,
      onTrack: pct === null ? null : sums!.realised >= sums!.expected,
    };
  });
}

describe.each(availableDialects())('the overview’s realisation to the week’s end on %s', (dialect) => {
  let server: TestServer;
  let branches: OverviewBranch[];
  let scopes: { branch?: string; region?: string }[];
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false, prepare: async (db) => void (await seedScale(db, { scale: 'national', branches: SLICE })) });
    branches = await listBranches(server.db);
    const region = branches.find((b) => b.regionCode)!.regionCode!;
    scopes = [{}, { region }, { branch: branches[0].code }];
  }, 180_000);
  afterAll(() => server?.close());

  it('gives each staff member with a split what targetAttainment by STAFF gives, at every cut-off', async () => {
    let withData = 0;
    for (const through of DAYS) {
      const year = Number(through.slice(0, 4));
      for (const scope of scopes) {
        const [expected, actual] = await Promise.all([byTargetAttainment(server.db, year, through, scope), resolveScope(server.db, scope).then((s) => staffRealisedTo(server.db, year, through, s))]);
        expect(actual, `${through} ${JSON.stringify(scope)}`).toEqual(expected);
        withData += [...actual.values()].filter((r) => r.withData && r.realised > 0).length;
      }
    }
    // The slice has staff with registrations to compare, not only empty rows.
    expect(withData).toBeGreaterThan(100);
  });

  it('answers the overview as its former composition did, week by week', async () => {
    const weeks = [...sundays(2025).map((_, i) => shiftIsoWeek(weekOf('2025-W01'), i)), weekOf('2020-W53'), weekOf('2025-W01'), weekOf('2026-W01')];
    for (const week of weeks) {
      for (const scope of scopes) {
        const inScope = scope.branch ? branches.filter((b) => b.code === scope.branch) : scope.region ? branches.filter((b) => b.regionCode === scope.region) : branches;
        const rows = await reviewOverview(server.db, week, inScope, scope);
        const former = await formerTeams(server.db, week, inScope, scope);
        expect(rows.map((r) => ({ branch: r.branch, expectedToDate: r.expectedToDate, realisedToDate: r.realisedToDate, attainmentToDatePct: r.attainmentToDatePct, onTrack: r.onTrack })), `${week.key} ${JSON.stringify(scope)}`)
          .toEqual(former);
      }
    }
  });
});
