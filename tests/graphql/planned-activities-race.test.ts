// Recording a planned activity's results at the same moment as another write to it (the
// reviewer's R2): two tabs recording results on different days, a cancel beside a realisation,
// two different activities of one month realised together, and a realisation the import refuses.
// Exactly one write wins, the other is told what the activity is now, and the campaign data
// holds one row per activity. Both databases (PostgreSQL used to fail on the rollup's key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const PLAN = `mutation($location: String!) {
  planActivity(branch: "MADIUN", date: "2026-11-10", channel: FACE_TO_FACE, location: $location, audience: "Pekerja pabrik") { id } }`;
const REALISE = `mutation($id: ID!, $date: String, $reach: Int!, $registrations: Int!) {
  realisePlannedActivity(id: $id, date: $date, reach: $reach, registrations: $registrations) { status realised { date reach } } }`;
const CANCEL = `mutation($id: ID!) { cancelPlannedActivity(id: $id) { status } }`;
const ROUNDS = 4;

type Answer = { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };

describe.each(availableDialects())('planned activity writes at once on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
  });
  afterAll(() => server?.close());

  let places = 0;
  const plan = async (): Promise<string> => (await server.graphql(PLAN, { location: `Pabrik ${++places}` }, { cookie: as.kabid })).data.planActivity.id;
  const realise = (id: string, date: string, reach: number, registrations = 1) => server.graphql(REALISE, { id, date, reach, registrations }, { cookie: as.ar });
  const cancel = (id: string) => server.graphql(CANCEL, { id }, { cookie: as.kabid });
  const campaignRows = async (id: string) => (await server.db.knex('campaign_activity').where('name', 'like', `Rencana #${id}:%`).select('date', 'reach')) as { date: string; reach: number }[];
  const status = async (id: string) => (await server.db.knex('planned_activity').where({ id: Number(id) }).first('status')).status as string;
  const winners = (answers: Answer[]) => answers.filter((a) => !a.errors);

  it('stores one realisation when two are recorded at once on different days', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await plan();
      const answers: Answer[] = await Promise.all([realise(id, '2026-11-10', 50), realise(id, '2026-11-11', 60)]);
      expect(winners(answers)).toHaveLength(1);
      const loser = answers.find((a) => a.errors)!;
      expect(loser.errors![0].message).toMatch(new RegExp(`id: planned activity ${id} is done already`));
      expect(loser.errors![0].extensions.reason).toBe('ACTIVITY_DONE');
      const won = winners(answers)[0].data.realisePlannedActivity.realised;
      expect(await campaignRows(id)).toEqual([expect.objectContaining({ reach: won.reach })]);
      expect(await status(id)).toBe('DONE');
    }
  });

  it('lets either a cancel or a realisation win, never both', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await plan();
      const [cancelled, realised]: Answer[] = await Promise.all([cancel(id), realise(id, '2026-11-10', 70)]);
      expect(winners([cancelled, realised])).toHaveLength(1);
      const stored = await status(id);
      if (!cancelled.errors) {
        expect(cancelled.data.cancelPlannedActivity.status).toBe('CANCELLED');
        expect(realised.errors![0]).toMatchObject({ message: expect.stringMatching(/is cancelled already/), extensions: { reason: 'ACTIVITY_CANCELLED' } });
        expect({ stored, rows: (await campaignRows(id)).length }).toEqual({ stored: 'CANCELLED', rows: 0 });
      } else {
        expect(cancelled.errors![0]).toMatchObject({ message: expect.stringMatching(/is done already/), extensions: { reason: 'ACTIVITY_DONE' } });
        expect({ stored, rows: (await campaignRows(id)).length }).toEqual({ stored: 'DONE', rows: 1 });
      }
    }
  });

  it('realises two activities of one month and channel at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await plan(), await plan()];
      const answers: Answer[] = await Promise.all([realise(a, '2026-11-10', 30), realise(b, '2026-11-12', 40)]);
      expect(answers.map((x) => x.errors?.[0].message)).toEqual([undefined, undefined]);
      expect([(await campaignRows(a)).length, (await campaignRows(b)).length]).toEqual([1, 1]);
    }
  });

  it('gives the activity back when the import refuses its results, so that it can be recorded again', async () => {
    const id = await plan();
    const refused: Answer = await realise(id, '2026-11-10', 5, 9); // more registrations than reach: a rejected row
    expect(refused.errors![0].message).toMatch(/^results: not stored: /);
    expect(await status(id)).toBe('PLANNED');
    expect(await campaignRows(id)).toEqual([]);
    const stored: Answer = await realise(id, '2026-11-10', 9, 5);
    expect(stored.data?.realisePlannedActivity).toEqual({ status: 'DONE', realised: { date: '2026-11-10', reach: 9 } });
  });
});
