// The weekly review over GraphQL, as a branch's Kabid and team use it: a review written for a
// week, actions agreed and carried over into later reviews until closed, a past review reading
// as it stood, and who may read and write (anonymous callers, the team, other branches,
// researchers). Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftIsoWeek } from '../../common/time/iso-week.ts';
import type { RefusalReason } from '../../common/vocabulary/refusal-reasons.ts';
import { weekOfToday } from '../../server/domains/reviews/input.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const REVIEW = 'id branch week weekStart weekEnd notes createdBy actions { id title owner ownerName due status week closedWeek } carriedOver { id title status week closedWeek }';
const CREATE = `mutation($branch: ID!, $week: String!, $notes: String) { createReview(branch: $branch, week: $week, notes: $notes) { ${REVIEW} } }`;
const ADD = `mutation($review: ID!, $title: String!, $owner: String, $due: String) { addAction(review: $review, title: $title, owner: $owner, due: $due) { id title owner ownerName due status week } }`;
const STATUS = `mutation($id: ID!, $status: ActionStatus!) { setActionStatus(id: $id, status: $status) { id status closedWeek } }`;
const LIST = `query($branch: ID!, $from: String, $to: String) { reviews(branch: $branch, from: $from, to: $to) { ${REVIEW} } }`;

const thisWeek = weekOfToday();
const weeksAgo = (n: number) => shiftIsoWeek(thisWeek, -n).key;

describe.each(availableDialects())('weekly reviews on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  let staff: { code: string; name: string };
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
    as.kabidKediri = await sessionOf(server, 'kabid.kediri', 'KABID', { branch: 'KEDIRI' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    as.viewerElsewhere = await sessionOf(server, 'viewer.kediri', 'VIEWER', { branch: 'KEDIRI' });
    staff = (await server.db.knex('staff').where('branch_code', 'MADIUN').orderBy('code').first('code', 'name'))!;
  });
  afterAll(() => server?.close());

  const ask = (query: string, variables: Record<string, unknown>, who?: string) => server.graphql(query, variables, who ? { cookie: as[who] } : {});

  it('writes a review, agrees actions and carries the open ones over until they are closed', async () => {
    const first = await ask(CREATE, { branch: 'madiun', week: weeksAgo(2), notes: '  Target JKK belum tercapai; sosialisasi ke kawasan industri.  ' }, 'kabid');
    expect(first.errors).toBeUndefined();
    const review = first.data.createReview;
    expect(review).toMatchObject({ branch: 'MADIUN', week: weeksAgo(2), notes: 'Target JKK belum tercapai; sosialisasi ke kawasan industri.', createdBy: 'account:kabid.madiun', actions: [], carriedOver: [] });
    expect(review.weekStart < review.weekEnd).toBe(true);

    const visit = (await ask(ADD, { review: review.id, title: 'Kunjungi 10 perusahaan baru', owner: staff.code, due: '2030-01-15' }, 'kabid')).data.addAction;
    expect(visit).toMatchObject({ title: 'Kunjungi 10 perusahaan baru', owner: staff.code, ownerName: staff.name, due: '2030-01-15', status: 'OPEN', week: weeksAgo(2) });
    const banner = (await ask(ADD, { review: review.id, title: 'Pasang spanduk di pasar' }, 'kabid')).data.addAction;

    // The next week's review carries both; closing one now leaves it in the earlier views.
    const second = (await ask(CREATE, { branch: 'MADIUN', week: weeksAgo(1) }, 'kabid')).data.createReview;
    expect(second.carriedOver.map((a: { id: string }) => a.id)).toEqual([visit.id, banner.id]);
    const done = (await ask(STATUS, { id: visit.id, status: 'DONE' }, 'kabid')).data.setActionStatus;
    expect(done).toEqual({ id: visit.id, status: 'DONE', closedWeek: thisWeek.key });

    const third = (await ask(CREATE, { branch: 'MADIUN', week: thisWeek.key }, 'kabid')).data.createReview;
    // Closed this week: still shown in this week's review (as DONE), gone from the next ones.
    expect(third.carriedOver).toEqual([
      expect.objectContaining({ id: visit.id, status: 'DONE', closedWeek: thisWeek.key }),
      expect.objectContaining({ id: banner.id, status: 'OPEN' }),
    ]);
    await ask(STATUS, { id: banner.id, status: 'DROPPED' }, 'kabid');

    const list = (await ask(LIST, { branch: 'MADIUN' }, 'ar')).data.reviews;
    expect(list.map((r: { week: string }) => r.week)).toEqual([weeksAgo(2), weeksAgo(1), thisWeek.key]);
    expect(list[0].actions.map((a: { id: string }) => a.id)).toEqual([visit.id, banner.id]);
    // A past review reads as it stood: both actions were open in its week.
    expect(list[1].carriedOver.map((a: { id: string }) => a.id)).toEqual([visit.id, banner.id]);
    const range = (await ask(LIST, { branch: 'MADIUN', from: weeksAgo(1), to: weeksAgo(1) }, 'ar')).data.reviews;
    expect(range.map((r: { week: string }) => r.week)).toEqual([weeksAgo(1)]);

    // Reopened, it is carried again.
    await ask(STATUS, { id: banner.id, status: 'OPEN' }, 'kabid');
    const reopened = (await ask(LIST, { branch: 'MADIUN', from: thisWeek.key }, 'kabid')).data.reviews;
    expect(reopened[0].carriedOver).toEqual([expect.objectContaining({ id: visit.id }), expect.objectContaining({ id: banner.id, status: 'OPEN', closedWeek: null })]);

    const audit = await server.db.knex('audit_entry').where('actor', 'account:kabid.madiun').select('action');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['review.created', 'action.added', 'action.status']));
  });

  it('refuses a second review of the same week, a week not begun and bad actions, naming the problem and storing nothing', async () => {
    const week = weeksAgo(10);
    const made = (await ask(CREATE, { branch: 'MADIUN', week }, 'kabid')).data.createReview;
    const again = await ask(CREATE, { branch: 'MADIUN', week, notes: 'lagi' }, 'kabid');
    // The English message for API users, the reason's code for the dashboard's own words.
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'week', reason: 'REVIEW_WEEK_TAKEN' }, message: expect.stringContaining(`already has a review of ${week} (review ${made.id})`) });
    const future = await ask(CREATE, { branch: 'MADIUN', week: shiftIsoWeek(thisWeek, 1).key }, 'kabid');
    expect(future.errors![0]).toMatchObject({ message: expect.stringMatching(/has not begun/), extensions: { reason: 'WEEK_NOT_BEGUN' } });
    expect((await ask(CREATE, { branch: 'MADIUN', week: '2025-W53' }, 'kabid')).errors![0]).toMatchObject({ message: expect.stringMatching(/2025 has weeks W01 to W52/), extensions: { reason: 'WEEK_INVALID' } });
    expect((await ask(CREATE, { branch: 'NOWHERE', week }, 'kabid')).errors![0]).toMatchObject({ message: expect.stringMatching(/unknown branch code/), extensions: { reason: 'UNKNOWN_BRANCH' } });
    // PostgreSQL refuses the statement, naming every argument given by a variable.
    const nul = (await ask(CREATE, { branch: 'MAD\u0000IUN', week }, 'kabid')).errors![0];
    expect(nul).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: expect.stringContaining('branch'), reason: 'NUL_CHARACTER' } });

    const bad = [
      [{ title: '   ' }, /title: is empty/, 'EMPTY'],
      [{ title: 'x'.repeat(201) }, /title: is 201 characters long; at most 200/, 'TEXT_TOO_LONG'],
      [{ title: 'Telepon', owner: 'NOBODY' }, /owner: "NOBODY" is not on the staff of branch MADIUN/, 'NOT_BRANCH_STAFF'],
      [{ title: 'Telepon', due: '2026-02-30' }, /due: "2026-02-30" is not a calendar day/, 'NOT_A_DAY'],
      [{ title: 'Tele\u0007pon' }, /control character/, 'CONTROL_CHARACTER'],
    ] as const satisfies readonly (readonly [object, RegExp, RefusalReason])[];
    for (const [input, message, reason] of bad) {
      const answer = await ask(ADD, { review: made.id, ...input }, 'kabid');
      expect(answer.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', reason } });
    }
    expect((await ask(ADD, { review: '999999', title: 'x' }, 'kabid')).errors![0]).toMatchObject({ message: expect.stringMatching(/review: no review 999999/), extensions: { argument: 'review', reason: 'NOT_FOUND' } });
    expect(Number((await server.db.knex('review_action').where('review_id', Number(made.id)).count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await server.db.knex('review').where({ branch_code: 'MADIUN', week }).count({ n: '*' }).first())!.n)).toBe(1);
  });

  it('lets only the branch Kabid write and its readers read', async () => {
    const week = weeksAgo(20);
    const anonymous = await ask(CREATE, { branch: 'MADIUN', week });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const ar = await ask(CREATE, { branch: 'MADIUN', week }, 'ar');
    expect(ar.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/written by the branch's KABID/) });
    const otherKabid = await ask(CREATE, { branch: 'MADIUN', week }, 'kabidKediri');
    expect(otherKabid.errors![0].message).toMatch(/writes the reviews of branch KEDIRI, not MADIUN/);
    expect(Number((await server.db.knex('review').where({ week }).count({ n: '*' }).first())!.n)).toBe(0);

    const review = (await ask(CREATE, { branch: 'MADIUN', week }, 'kabid')).data.createReview;
    const action = (await ask(ADD, { review: review.id, title: 'Rapat koordinasi' }, 'kabid')).data.addAction;
    // Another office's review answers as a missing one: no account learns which ids exist (server/auth/by-id.ts).
    const foreign = (await ask(ADD, { review: review.id, title: 'x' }, 'kabidKediri')).errors![0];
    const missing = (await ask(ADD, { review: '999999', title: 'x' }, 'kabidKediri')).errors![0];
    expect(foreign).toMatchObject({ message: `review: no review ${review.id} that your account may see`, extensions: { code: 'BAD_USER_INPUT' } });
    expect(missing).toMatchObject({ message: 'review: no review 999999 that your account may see', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await ask(STATUS, { id: action.id, status: 'DONE' }, 'kabidKediri')).errors![0].message).toBe(`id: no action ${action.id} that your account may see`);
    expect((await ask(STATUS, { id: action.id, status: 'DONE' }, 'ar')).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await ask(STATUS, { id: action.id, status: 'DONE' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    // An id that does not exist tells an anonymous caller no more than one that does.
    expect((await ask(STATUS, { id: '999999', status: 'DONE' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(ADD, { review: '999999', title: 'x' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    expect((await ask(LIST, { branch: 'MADIUN' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(LIST, { branch: 'MADIUN' }, 'researcher')).errors![0].message).toMatch(/weekly reviews name staff members/);
    expect((await ask(LIST, { branch: 'MADIUN' }, 'viewerElsewhere')).errors![0].message).toMatch(/not branch MADIUN/);
    expect((await ask(LIST, { branch: 'MADIUN', from: '2026-W60' }, 'ar')).errors![0].message).toMatch(/^from: 2026 has weeks/);
  });
});
