// Heavy requests take turns (server/graphql/heavy-lane.ts): one at a time, a waiting one
// refused once its time limit passes, and a turn always given back, after an answer or an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Turns } from '../../server/graphql/heavy-lane.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe('turns', () => {
  it('lets one in at a time, in order of arrival', async () => {
    const turns = new Turns(1);
    const order: string[] = [];
    const first = await turns.take(1000);
    const second = turns.take(1000).then((release) => (order.push('second'), release));
    const third = turns.take(1000).then((release) => (order.push('third'), release));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    // Released twice changes nothing: the next one still gets its turn alone.
    first();
    const again = await turns.take(10);
    await expect(turns.take(10)).rejects.toMatchObject({ extensions: { code: 'HEAVY_QUERY_BUSY' } });
    again();
  });

  it('refuses a request that waited its whole time limit, and forgets it', async () => {
    const turns = new Turns(1);
    const held = await turns.take(1000);
    await expect(turns.take(30)).rejects.toThrow(/waited its time limit of 30 ms/);
    held();
    const next = await turns.take(30);
    next();
  });
});

describe('heavy requests on a server', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Every analytic request is heavy here, so every one takes its turn.
    server = await startTestServer('sqlite', { env: { GRAPHQL_HEAVY_ROWS: '1' } });
  });
  afterAll(() => server?.close());

  it('answers concurrent heavy requests one after another, and gives the turn back after an error', async () => {
    const query = '{ membershipTrend(branch: "MADIUN", granularity: MONTH) { segment points { activeParticipants } } }';
    const answers = await Promise.all(Array.from({ length: 5 }, () => server.graphql(query)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const failed = await server.graphql('{ membershipTrend(branch: "MADIUN", from: "2020-13") { segment } }');
    expect(failed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(query)).errors).toBeUndefined();
  });
});
