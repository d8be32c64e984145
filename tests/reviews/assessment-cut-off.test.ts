// A review's assessment is the week as known at the end of its Sunday: data imported later
// for months and days after it leave an old review as it was, and move a later week's. The
// league table's phased target to date (targetPlan's monthly phasing up to that Sunday) and
// attainment against it, with numbers worked out by hand. Both databases, on data of the
// test's own (no demo data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../server/import/kinds.ts';
import { storeText } from '../import/helpers.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const OLD = '2024-W14'; // 1–7 April 2024: January to March ended by its Sunday
const LATER = '2024-W27'; // 1–7 July 2024: January to June

const ASSESSMENT = `query($week: String!) { reviews(branch: "NGAWI", from: $week, to: $week) { assessment {
  week through targetsMet targetsNotMet targetsWithoutData
  targets { key status realised target attainmentPct asOf projectedRealised }
  league { staff expectedToDate attainmentToDatePct gapToDate onTrack attainment { target realised attainmentPct status asOf } yearToDate { registrations } }
} } }`;
const SPLIT = `mutation($shares: [TargetShareInput!]!) { setTargetSplit(branch: "NGAWI", year: 2024, program: JKK, segment: PU, shares: $shares) { assigned } }`;

const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `2024-${String(from + i).padStart(2, '0')}`);
const membership = (from: number, to: number) =>
  ['branch,period,segment,program,active_participants,new_participants', ...(from === 1 ? ['NGAWI,2023-12,PU,JKK,1000,'] : []),
    ...months(from, to).map((m, i) => `NGAWI,${m},PU,JKK,${1000 + 20 * (from + i)},20`)].join('\n') + '\n';
const campaigns = (rows: [string, number, string][]) =>
  ['branch,date,activity,channel,reach,registrations,staff', ...rows.map(([day, registrations, staff]) => `NGAWI,${day},SOCIALISATION,FACE_TO_FACE,50,${registrations},${staff}`)].join('\n') + '\n';

describe.each(availableDialects())('the assessment cut off at its week on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    const load = (kind: ImportKind, text: string) => storeText(server.db, kind, text);
    await load('branches', 'code,name\nNGAWI,Kantor Cabang Ngawi\n');
    await server.db.knex('staff').insert([
      { code: 'NGW-AR1', branch_code: 'NGAWI', name: 'Ayu', role: 'AR', source: 'IMPORTED' },
      { code: 'NGW-AR2', branch_code: 'NGAWI', name: 'Budi', role: 'ARK', source: 'IMPORTED' },
    ]);
    await load('targets', 'branch,year,program,segment,target,metric,staff\nNGAWI,2024,JKK,PU,1300,,\nNGAWI,2024,JKK,PU,200,NEW_PARTICIPANTS,\n');
    await load('membership', membership(1, 3));
    // AR1: 4 in January, 3 in March, 2 on the Wednesday of the old week; AR2: 1 in February.
    await load('campaigns', campaigns([['2024-01-10', 4, 'NGW-AR1'], ['2024-03-12', 3, 'NGW-AR1'], ['2024-04-03', 2, 'NGW-AR1'], ['2024-02-07', 1, 'NGW-AR2']]));
    kabid = await sessionOf(server, 'kabid.ngawi', 'KABID', { branch: 'NGAWI' });
    // AR1 120 phased 10 a month; AR2 60 spread evenly (5 a month).
    const split = await server.graphql(SPLIT, { shares: [{ staff: 'NGW-AR1', target: 120, monthly: Array(12).fill(10) }, { staff: 'NGW-AR2', target: 60 }] }, { cookie: kabid });
    expect(split.errors).toBeUndefined();
    for (const week of [OLD, LATER]) {
      const made = await server.graphql('mutation($w: String!) { createReview(branch: "NGAWI", week: $w) { id } }', { w: week }, { cookie: kabid });
      expect(made.errors).toBeUndefined();
    }
  });
  afterAll(() => server?.close());

  const assessment = async (week: string) => {
    const answer = await server.graphql(ASSESSMENT, { week }, { cookie: kabid });
    expect(answer.errors).toBeUndefined();
    return answer.data.reviews[0].assessment;
  };
  const staffRow = (a: { league: { staff: string }[] }, code: string) => a.league.find((s) => s.staff === code) as any;

  it('expects what the phasing reached by the Sunday and judges on track against it', async () => {
    const a = await assessment(OLD);
    expect(a.through).toBe('2024-04-07');
    expect(a.targets).toEqual([expect.objectContaining({ key: 'JKK', realised: 1060, target: 1300, asOf: '2024-03' })]);
    // AR1: January to March 30, April 7/30 of 10 → 2: 32 expected, 9 registered.
    expect(staffRow(a, 'NGW-AR1')).toMatchObject({ expectedToDate: 32, gapToDate: 23, onTrack: false, attainmentToDatePct: 28.13, attainment: { target: 120, realised: 9, attainmentPct: 7.5 } });
    // AR2: 15 + 5 × 7/30 → 16; 1 registered.
    expect(staffRow(a, 'NGW-AR2')).toMatchObject({ expectedToDate: 16, gapToDate: 15, onTrack: false, attainmentToDatePct: 6.25, attainment: { target: 60, realised: 1 } });
    expect(a.league.map((s: { staff: string }) => s.staff)).toEqual(['NGW-AR1', 'NGW-AR2']);
  });

  it('keeps an old review as it was after later imports, while a later week shows them', async () => {
    const [oldBefore, laterBefore] = [await assessment(OLD), await assessment(LATER)];
    // Later data: April to June membership, activities after the old week's Sunday.
    await storeText(server.db, 'membership', membership(4, 6));
    await storeText(server.db, 'campaigns', campaigns([['2024-04-08', 5, 'NGW-AR2'], ['2024-05-15', 40, 'NGW-AR2'], ['2024-07-05', 6, 'NGW-AR1'], ['2024-07-08', 9, 'NGW-AR1']]));

    expect(await assessment(OLD)).toEqual(oldBefore);
    const later = await assessment(LATER);
    expect(later).not.toEqual(laterBefore);
    expect(later.through).toBe('2024-07-07');
    // Membership as at June (the months that ended by 7 July); the 8 July activity not yet.
    expect(later.targets[0]).toMatchObject({ realised: 1120, asOf: '2024-06' });
    // AR1: 60 + 10 × 7/31 → 62, registered 9 + 6; AR2: 30 + 5 × 7/31 → 31, registered 1 + 5 + 40: ahead.
    expect(staffRow(later, 'NGW-AR1')).toMatchObject({ expectedToDate: 62, attainment: { realised: 15 }, gapToDate: 47, onTrack: false, attainmentToDatePct: 24.19 });
    expect(staffRow(later, 'NGW-AR2')).toMatchObject({ expectedToDate: 31, attainment: { realised: 46 }, gapToDate: -15, onTrack: true, attainmentToDatePct: 148.39 });
    // On track first: the league is ordered by attainment against the phasing.
    expect(later.league.map((s: { staff: string }) => s.staff)).toEqual(['NGW-AR2', 'NGW-AR1']);
  });
});
