// Planned socialisation over GraphQL: the Kabid plans who does what, where and when; the AR who
// ran it records the results, which go in as a campaign activity through the importer (and so
// show in campaignReach at once); plan against realisation per week. Bad input and the wrong
// people are refused with nothing stored. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOfDay } from '../../common/time/iso-week.ts';
import type { RefusalReason } from '../../common/vocabulary/refusal-reasons.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const FIELDS = 'id branch date week channel location audience staff staffName segment status createdBy realised { date reach registrations costIdr importRun }';
const PLAN = `mutation($branch: ID!, $date: String!, $channel: Channel!, $location: String!, $audience: String!, $staff: String, $segment: Segment) {
  planActivity(branch: $branch, date: $date, channel: $channel, location: $location, audience: $audience, staff: $staff, segment: $segment) { ${FIELDS} } }`;
const REALISE = `mutation($id: ID!, $date: String, $reach: Int!, $registrations: Int!, $costIdr: Int) {
  realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations, costIdr: $costIdr) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelPlannedActivity(id: $id) { id status } }`;
const LIST = `query($branch: ID!, $from: String, $to: String) { plannedActivities(branch: $branch, from: $from, to: $to) { ${FIELDS} } }`;
const COMPARE = `query($branch: ID!, $from: String, $to: String, $groupBy: PlanGroupBy) {
  planRealisation(branch: $branch, from: $from, to: $to, groupBy: $groupBy) { key planned done cancelled open donePct socialisations registrations } }`;
const WEEK_REACH = `query($from: String, $to: String) { campaignReach(branch: "MADIUN", from: $from, to: $to, activity: SOCIALISATION, groupBy: WEEK) { key activities registrations } }`;

// A week after the demo data (2016-2025), so the week holds only what this test records.
const DAY = '2026-03-03';
const WEEK = isoWeekOfDay(DAY).key;

describe.each(availableDialects())('planned activities on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  let ar: { code: string; name: string };
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
    as.arKediri = await sessionOf(server, 'ar.kediri', 'AR', { branch: 'KEDIRI' });
    ar = (await server.db.knex('staff').where({ branch_code: 'MADIUN', role: 'AR' }).orderBy('code').first('code', 'name'))!;
  });
  afterAll(() => server?.close());

  const ask = (query: string, variables: Record<string, unknown>, who?: string) => server.graphql(query, variables, who ? { cookie: as[who] } : {});
  const plan = (extra: Record<string, unknown> = {}, who = 'kabid') =>
    ask(PLAN, { branch: 'MADIUN', date: DAY, channel: 'FACE_TO_FACE', location: 'Pasar Besar Madiun', audience: 'Pedagang pasar (BPU)', staff: ar.code, segment: 'BPU', ...extra }, who);

  it('plans, records results as a campaign activity, and compares plan with realisation by week', async () => {
    const first = (await plan()).data.planActivity;
    expect(first).toMatchObject({ branch: 'MADIUN', date: DAY, week: WEEK, status: 'PLANNED', staff: ar.code, staffName: ar.name, realised: null, createdBy: 'account:kabid.madiun' });
    const second = (await plan({ location: 'PT Sumber Rejeki', audience: 'Karyawan baru', segment: 'PU' })).data.planActivity;
    const third = (await plan({ channel: 'ZOOM', location: 'Zoom', audience: 'UMKM Madiun' })).data.planActivity;
    expect((await ask(WEEK_REACH, { from: WEEK, to: WEEK })).data.campaignReach).toEqual([]);

    const done = await ask(REALISE, { id: first.id, reach: 40, registrations: 12, costIdr: 250000 }, 'ar');
    expect(done.errors).toBeUndefined();
    expect(done.data.realisePlannedActivity).toMatchObject({ status: 'DONE', realised: { date: DAY, reach: 40, registrations: 12, costIdr: 250000 } });
    const run = done.data.realisePlannedActivity.realised.importRun;
    const history = (await ask('{ importHistory(limit: 1) { id kind outcome actor fileName } }', {}, 'ar')).data.importHistory[0];
    expect(history).toEqual({ id: run, kind: 'campaigns', outcome: 'STORED', actor: 'account:ar.madiun', fileName: `realisasi rencana ${first.id}.csv` });
    expect(await ask(CANCEL, { id: third.id }, 'kabid')).toMatchObject({ data: { cancelPlannedActivity: { status: 'CANCELLED' } } });

    // In the figures at once: the week's socialisation is the recorded activity.
    expect((await ask(WEEK_REACH, { from: WEEK, to: WEEK })).data.campaignReach).toEqual([{ key: WEEK, activities: 1, registrations: 12 }]);
    const compared = (await ask(COMPARE, { branch: 'MADIUN', from: WEEK, to: WEEK }, 'ar')).data.planRealisation;
    expect(compared).toEqual([{ key: WEEK, planned: 3, done: 1, cancelled: 1, open: 1, donePct: 50, socialisations: 1, registrations: 12 }]);
    const byStaff = (await ask(COMPARE, { branch: 'MADIUN', from: WEEK, to: WEEK, groupBy: 'STAFF' }, 'ar')).data.planRealisation;
    expect(byStaff).toEqual([expect.objectContaining({ key: ar.code, planned: 3, done: 1, socialisations: 1 })]);

    const listed = (await ask(LIST, { branch: 'MADIUN', from: WEEK, to: WEEK }, 'ar')).data.plannedActivities;
    expect(listed.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([[first.id, 'DONE'], [second.id, 'PLANNED'], [third.id, 'CANCELLED']]);
    // Done once: a second record is refused, and the activity is not stored twice.
    expect((await ask(REALISE, { id: first.id, reach: 1, registrations: 1 }, 'ar')).errors![0]).toMatchObject({ message: expect.stringMatching(/is done already/), extensions: { argument: 'id', reason: 'ACTIVITY_DONE' } });
    expect((await ask(WEEK_REACH, { from: WEEK, to: WEEK })).data.campaignReach[0].activities).toBe(1);
  });

  it("refuses bad plans and results, naming the problem, and results the import refuses; nothing stored", async () => {
    const count = async (table: string) => Number((await server.db.knex(table).count({ n: '*' }).first())!.n);
    const [plansBefore, activitiesBefore] = [await count('planned_activity'), await count('campaign_activity')];
    // Each with its reason's code beside the English message: the dashboard says the reason.
    const refused = async (input: Record<string, unknown>, message: RegExp, reason: RefusalReason) =>
      expect((await plan(input)).errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', reason } });
    await refused({ date: '2026-02-30' }, /date: "2026-02-30" is not a calendar day/, 'NOT_A_DAY');
    await refused({ channel: 'BANNER' }, /channel: BANNER is not a socialisation channel/, 'NOT_A_CHANNEL');
    await refused({ location: '  ' }, /location: is empty; say where/, 'EMPTY');
    await refused({ audience: 'x'.repeat(301) }, /audience: is 301 characters long; at most 300/, 'TEXT_TOO_LONG');
    await refused({ location: 'Pab\u0007rik' }, /location: holds a control character/, 'CONTROL_CHARACTER');
    await refused({ staff: 'NOBODY' }, /staff: "NOBODY" is not on the staff of branch MADIUN/, 'NOT_BRANCH_STAFF');
    await refused({ branch: 'NOWHERE' }, /branch: unknown branch code "NOWHERE"/, 'UNKNOWN_BRANCH');
    expect(await count('planned_activity')).toBe(plansBefore);

    const planned = (await plan()).data.planActivity;
    const over = await ask(REALISE, { id: planned.id, reach: 5, registrations: 9 }, 'ar');
    // Without lang in Indonesian, as importData answers.
    expect(over.errors![0].message).toMatch(/^results: not stored: .*Pendaftaran \(9\) melebihi jangkauan \(5\)/);
    expect(over.errors![0].extensions).toMatchObject({ reason: 'RESULTS_NOT_STORED', details: { reasons: expect.stringContaining('Pendaftaran (9) melebihi jangkauan (5)') } });
    // The import's reasons in the page's language (tryout T7: half English on the Indonesian page).
    const REALISE_IN = REALISE.replace('$costIdr: Int)', '$costIdr: Int, $lang: ReportLanguage)').replace('costIdr: $costIdr)', 'costIdr: $costIdr, lang: $lang)');
    const inIndonesian = await ask(REALISE_IN, { id: planned.id, reach: 5, registrations: 9, lang: 'ID' }, 'ar');
    expect(inIndonesian.errors![0].message).toContain('Pendaftaran (9) melebihi jangkauan (5)');
    const inEnglish = await ask(REALISE_IN, { id: planned.id, reach: 5, registrations: 9, lang: 'EN' }, 'ar');
    expect(inEnglish.errors![0].message).toContain('Registrations (9) exceed reach (5)');
    expect((await ask(REALISE, { id: planned.id, reach: -1, registrations: 0 }, 'ar')).errors![0]).toMatchObject({ message: expect.stringMatching(/reach: expected a whole number from 0/), extensions: { reason: 'NOT_A_COUNT' } });
    expect(await count('campaign_activity')).toBe(activitiesBefore);
    expect((await ask(LIST, { branch: 'MADIUN', from: WEEK, to: WEEK }, 'kabid')).data.plannedActivities.find((p: { id: string }) => p.id === planned.id).status).toBe('PLANNED');
  });

  it('lets the Kabid plan, the branch team record results, and nobody else', async () => {
    expect((await plan({}, 'ar')).errors![0].message).toMatch(/AR account reads the plan: activities are planned by the branch's KABID/);
    expect((await ask(PLAN, { branch: 'MADIUN', date: DAY, channel: 'ZOOM', location: 'x', audience: 'y' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const planned = (await plan()).data.planActivity;
    // Another office's activity answers as a missing one: no account learns which ids exist (server/auth/by-id.ts).
    expect((await ask(REALISE, { id: planned.id, reach: 1, registrations: 0 }, 'arKediri')).errors![0].message).toBe(`id: no planned activity ${planned.id} that your account may see`);
    expect((await ask(REALISE, { id: '999999', reach: 1, registrations: 0 }, 'arKediri')).errors![0]).toMatchObject({ message: 'id: no planned activity 999999 that your account may see', extensions: { reason: 'NOT_FOUND' } });
    expect((await ask(CANCEL, { id: planned.id }, 'arKediri')).errors![0].message).toBe(`id: no planned activity ${planned.id} that your account may see`);
    expect((await ask(REALISE, { id: planned.id, reach: 1, registrations: 0 })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(REALISE, { id: '999999', reach: 1, registrations: 0 })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(CANCEL, { id: '999999' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(CANCEL, { id: planned.id }, 'ar')).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await ask(LIST, { branch: 'MADIUN' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
