// The weekly review's actions as CSV (GET /api/reviews/actions.csv): the review's own actions and
// those it carried over, in the dialect of the chosen language (Indonesian Excel or the machine
// format), overdue ones marked; read by the same accounts as the `reviews` query and refused to
// the others as it refuses them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftIsoWeek } from '../../common/time/iso-week.ts';
import { weekOfToday } from '../../server/domains/reviews/input.ts';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const CREATE = 'mutation($branch: ID!, $week: String!) { createReview(branch: $branch, week: $week) { id } }';
const ADD = 'mutation($review: ID!, $title: String!, $owner: String, $due: String) { addAction(review: $review, title: $title, owner: $owner, due: $due) { id } }';
const STAFF = 'query($branch: ID!) { reviewStaff(branch: $branch) { code name role } }';

const thisWeek = weekOfToday().key;
const lastWeek = shiftIsoWeek(weekOfToday(), -1).key;

describe('the weekly review as CSV, and its team', () => {
  let server: TestServer;
  const as: Record<string, string> = {};
  let staff: { code: string; name: string };
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    as.kediri = await sessionOf(server, 'viewer.kediri', 'VIEWER', { branch: 'KEDIRI' });
    staff = (await server.db.knex('staff').where('branch_code', 'MADIUN').orderBy('code').first('code', 'name'))!;
    const ask = (query: string, variables: Record<string, unknown>) => server.graphql(query, variables, { cookie: as.kabid });
    const first = (await ask(CREATE, { branch: 'MADIUN', week: lastWeek })).data.createReview.id;
    // Due long ago and still open: overdue. A title a spreadsheet would run as a formula.
    await ask(ADD, { review: first, title: 'Kunjungi 10 perusahaan; lalu lapor', owner: staff.code, due: '2020-01-06' });
    const second = (await ask(CREATE, { branch: 'MADIUN', week: thisWeek })).data.createReview.id;
    await ask(ADD, { review: second, title: '=Rapat koordinasi', due: '2099-12-31' });
  });
  afterAll(() => server?.close());

  const csv = (query: string, who?: string) => fetch(`${server.url}/api/reviews/actions.csv?${query}`, { headers: who ? { cookie: as[who] } : {} });

  it('writes the review and its carried-over actions in Indonesian Excel’s dialect', async () => {
    const res = await csv(`branch=madiun&week=${thisWeek}&lang=id`, 'ar');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="pantau-review-MADIUN-${thisWeek}-id.csv"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Minggu review;Daftar;Tindakan;Kode penanggung jawab;Penanggung jawab;Tenggat;Status;Minggu disepakati;Minggu ditutup;Terlambat',
      `${thisWeek};Disepakati di review ini;'=Rapat koordinasi;;;2099-12-31;Terbuka;${thisWeek};;tidak`,
      `${thisWeek};Dibawa dari review sebelumnya;"Kunjungi 10 perusahaan; lalu lapor";${staff.code};${staff.name};2020-01-06;Terbuka;${lastWeek};;ya`,
      '',
    ]);
  });

  it('writes the machine format in English, the default', async () => {
    const res = await csv(`branch=MADIUN&week=${thisWeek}`, 'kabid');
    expect(res.status).toBe(200);
    expect((await res.text()).split('\n')).toEqual([
      'reviewWeek,list,title,owner,ownerName,due,status,agreedWeek,closedWeek,overdue',
      `${thisWeek},agreed,'=Rapat koordinasi,,,2099-12-31,OPEN,${thisWeek},,false`,
      `${thisWeek},carriedOver,Kunjungi 10 perusahaan; lalu lapor,${staff.code},${staff.name},2020-01-06,OPEN,${lastWeek},,true`,
      '',
    ]);
  });

  it('refuses those the reviews query refuses, and says what is wrong with a request', async () => {
    const week = `branch=MADIUN&week=${thisWeek}`;
    expect((await csv(week)).status).toBe(401);
    const researcher = await csv(week, 'researcher');
    expect(researcher.status).toBe(403);
    expect(await researcher.text()).toMatch(/weekly reviews name staff members/);
    expect((await csv(week, 'kediri')).status).toBe(403);
    const none = await csv('branch=MADIUN&week=2020-W01', 'ar');
    expect(none.status).toBe(404);
    expect(await none.text()).toBe('Branch MADIUN has no review of 2020-W01\n');
    expect(await (await csv('branch=MADIUN&week=2026-W60', 'ar')).text()).toMatch(/^week: 2026 has weeks W01 to W53/);
    expect(await (await csv('week=2026-W01', 'ar')).text()).toMatch(/^branch: is missing/);
    expect(await (await csv(`${week}&lang=fr`, 'ar')).text()).toMatch(/^lang: "fr" is not a language/);
  });

  it('lists the branch’s team for the owner picker, to the reviews’ readers only', async () => {
    const answer = await server.graphql(STAFF, { branch: 'madiun' }, { cookie: as.ar });
    expect(answer.errors).toBeUndefined();
    const team = answer.data.reviewStaff as { code: string; name: string; role: string }[];
    expect(team.length).toBeGreaterThan(1);
    expect(team[0]).toMatchObject(staff);
    expect(team.map((s) => s.code)).toEqual([...team.map((s) => s.code)].sort());
    expect(team.every((s) => ['KABID', 'AR', 'ARK', 'PAP'].includes(s.role))).toBe(true);
    expect((await server.graphql(STAFF, { branch: 'MADIUN' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.graphql(STAFF, { branch: 'MADIUN' }, { cookie: as.researcher })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await server.graphql(STAFF, { branch: 'MADIUN' }, { cookie: as.kediri })).errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
