// The weekly review's AR/ARK league table as CSV (GET /api/reviews/league.csv): the rows of the
// week's assessment (Review.assessment.league) in its order, the same figures in both dialects,
// read by the reviews' readers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// A week inside the demo data, where the team has targets and activities.
const WEEK = '2024-W20';
const ASSESSMENT = `query { reviews(branch: "MADIUN", from: "${WEEK}", to: "${WEEK}") { assessment { league { staff name expectedToDate attainmentToDatePct gapToDate onTrack attainment { target realised attainmentPct status } week { activities registrations } yearToDate { activities registrations } } } } }`;

describe('the league table as CSV', () => {
  let server: TestServer;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    await server.graphql(`mutation { createReview(branch: "MADIUN", week: "${WEEK}") { id } }`, {}, { cookie: as.kabid });
  });
  afterAll(() => server?.close());

  const csv = (query: string, who?: string) => fetch(`${server.url}/api/reviews/league.csv?${query}`, { headers: who ? { cookie: as[who] } : {} });

  it('writes the assessment’s league, row for row, in the machine format and in Indonesian Excel’s', async () => {
    const league = (await server.graphql(ASSESSMENT, {}, { cookie: as.kabid })).data.reviews[0].assessment.league;
    expect(league.length).toBeGreaterThan(1);
    const en = await csv(`branch=MADIUN&week=${WEEK}`, 'kabid');
    expect(en.status).toBe(200);
    expect(en.headers.get('cache-control')).toBe('private, no-store');
    const lines = (await en.text()).trim().split('\n').map((l) => l.split(','));
    expect(lines[0]).toEqual(['week', 'rank', 'staff', 'name', 'target', 'realised', 'attainmentPct', 'expectedToDate', 'attainmentToDatePct', 'gapToDate', 'onTrack', 'weekActivities', 'weekRegistrations', 'yearToDateActivities', 'yearToDateRegistrations', 'source']);
    expect(lines.slice(1).map((l) => [l[2], l[11], l[12], l[13], l[14]])).toEqual(
      league.map((s: { staff: string; week: { activities: number; registrations: number }; yearToDate: { activities: number; registrations: number } }) =>
        [s.staff, String(s.week.activities), String(s.week.registrations), String(s.yearToDate.activities), String(s.yearToDate.registrations)]),
    );
    const first = league.find((s: { attainment: { status: string } | null }) => s.attainment && s.attainment.status !== 'NO_DATA');
    const row = lines.find((l) => l[2] === first.staff)!;
    expect([Number(row[4]), Number(row[5]), Number(row[6])]).toEqual([first.attainment.target, first.attainment.realised, first.attainment.attainmentPct]);
    // Against the phasing to date: every row as the assessment has it (empty where it has null).
    const phased = (s: { expectedToDate: number | null; attainmentToDatePct: number | null; gapToDate: number | null; onTrack: boolean | null }) =>
      [s.expectedToDate, s.attainmentToDatePct, s.gapToDate, s.onTrack].map((v) => (v === null ? '' : String(v)));
    expect(lines.slice(1).map((l) => l.slice(7, 11))).toEqual(league.map(phased));
    expect(league.some((s: { expectedToDate: number | null }) => s.expectedToDate !== null)).toBe(true);

    const id = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await csv(`branch=MADIUN&week=${WEEK}&lang=id`, 'kabid')).arrayBuffer());
    const idLines = id.slice(1).trim().split('\r\n').map((l) => l.split(';'));
    expect(idLines[0].slice(0, 4)).toEqual(['Minggu', 'Peringkat', 'Kode petugas', 'Petugas']);
    const idRow = idLines.find((l) => l[2] === first.staff)!;
    expect(idRow[6]).toBe(first.attainment.attainmentPct.toFixed(2).replace('.', ','));
    expect(idLines[0].slice(7, 11)).toEqual(['Target s.d. minggu ini (fase bulanan)', 'Capaian s.d. minggu ini (%)', 'Selisih s.d. minggu ini', 'Sesuai jalur']);
    const phasedRow = league.find((s: { onTrack: boolean | null }) => s.onTrack !== null);
    const idPhased = idLines.find((l) => l[2] === phasedRow.staff)!;
    expect(idPhased.slice(8, 11)).toEqual([phasedRow.attainmentToDatePct.toFixed(2).replace('.', ','), String(phasedRow.gapToDate), phasedRow.onTrack ? 'ya' : 'tidak']);
  });

  it('is refused to anonymous callers and researchers, and names a bad week', async () => {
    expect((await csv(`branch=MADIUN&week=${WEEK}`)).status).toBe(401);
    expect((await csv(`branch=MADIUN&week=${WEEK}`, 'researcher')).status).toBe(403);
    const bad = await csv('branch=MADIUN&week=2025-W53', 'kabid');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/week: 2025 has weeks W01 to W52/);
  });
});
