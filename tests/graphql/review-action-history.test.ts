// An action's status changes keep the past as it stood (the reviewer's R7) and each is audited
// with what it changed from (R8): status changes at once are audited as a chain, each entry's
// `from` the status it replaced, in the change's own transaction; an action closed in an earlier
// week is not reopened (the reviews since then showed it closed), one closed this week is; and
// DONE -> DROPPED keeps the first closing week. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyWeek } from '../../common/time/agency-time.ts';
import { shiftIsoWeek } from '../../common/time/iso-week.ts';
import { setActionStatus } from '../../server/domains/reviews/store.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const CREATE = `mutation($week: String!) { createReview(branch: "MADIUN", week: $week) { id } }`;
const ADD = `mutation($review: ID!, $title: String!) { addAction(review: $review, title: $title) { id } }`;
const STATUS = `mutation($id: ID!, $status: ActionStatus!) { setActionStatus(id: $id, status: $status) { id status closedWeek } }`;

describe.each(availableDialects())('review action history on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  let reviewId: string;
  const thisWeek = agencyWeek();
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    reviewId = (await server.graphql(CREATE, { week: thisWeek.key }, { cookie: kabid })).data.createReview.id;
  });
  afterAll(() => server?.close());

  const ask = (query: string, variables: Record<string, unknown>) => server.graphql(query, variables, { cookie: kabid });
  let titles = 0;
  const newAction = async (): Promise<string> => (await ask(ADD, { review: reviewId, title: `Kunjungi perusahaan ${++titles}` })).data.addAction.id;
  const auditsOf = async (id: string) =>
    ((await server.db.knex('audit_entry').where('action', 'action.status').orderBy('id').select('detail')) as { detail: string }[])
      .map((r) => JSON.parse(r.detail) as { id: number; from: string; to: string })
      .filter((d) => String(d.id) === id);
  const stored = async (id: string) => (await server.db.knex('review_action').where({ id: Number(id) }).first('status', 'closed_week')) as { status: string; closed_week: string | null };

  it('audits status changes made at once as a chain, each from the status it replaced', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await newAction();
      const answers = await Promise.all(['DONE', 'DROPPED', 'OPEN', 'DONE'].map((status) => ask(STATUS, { id, status })));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const audits = await auditsOf(id);
      expect(audits.length).toBeGreaterThan(0);
      expect(audits[0].from).toBe('OPEN');
      for (let i = 1; i < audits.length; i++) expect(audits[i].from).toBe(audits[i - 1].to);
      for (const a of audits) expect(a.from).not.toBe(a.to);
      expect(audits[audits.length - 1].to).toBe((await stored(id)).status);
    }
  });

  it('reopens an action closed this week, not one closed in an earlier week', async () => {
    const recent = await newAction();
    expect((await ask(STATUS, { id: recent, status: 'DONE' })).data.setActionStatus).toEqual({ id: recent, status: 'DONE', closedWeek: thisWeek.key });
    expect((await ask(STATUS, { id: recent, status: 'OPEN' })).data.setActionStatus).toEqual({ id: recent, status: 'OPEN', closedWeek: null });

    const old = await newAction();
    const earlier = shiftIsoWeek(thisWeek, -2).key;
    await ask(STATUS, { id: old, status: 'DONE' });
    await server.db.knex('review_action').where({ id: Number(old) }).update({ closed_week: earlier }); // as if closed two weeks ago
    const refused = await ask(STATUS, { id: old, status: 'OPEN' });
    expect(refused.errors?.[0].message).toBe(`status: action ${old} was closed in ${earlier}: the reviews since then show it closed, so it is not reopened; agree a new action in this week's review instead`);
    expect(await stored(old)).toEqual({ status: 'DONE', closed_week: earlier });
    expect((await auditsOf(old)).map((a) => a.to)).toEqual(['DONE']); // the refused reopening is not audited
  });

  it('keeps the first closing week when a done action is dropped later', async () => {
    const id = Number(await newAction());
    const [w1, w3] = [shiftIsoWeek(thisWeek, -3).key, shiftIsoWeek(thisWeek, -1).key];
    await setActionStatus(server.db, id, 'DONE', w1);
    const { action, from } = await setActionStatus(server.db, id, 'DROPPED', w3);
    expect({ from, status: action.status, closedWeek: action.closedWeek }).toEqual({ from: 'DONE', status: 'DROPPED', closedWeek: w1 });
    expect(await stored(String(id))).toEqual({ status: 'DROPPED', closed_week: w1 });
  });
});
