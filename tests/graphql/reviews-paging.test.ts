// The reviews of a branch with a longer history than one answer lists (more than 530 reviews,
// ten years of weeks): the whole range is refused naming the limit, and `last` with `before`
// pages back from the newest, each page oldest week first, until a page holds fewer. Old
// callers' from/to still answer as before. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IsoWeek, readIsoWeek, shiftIsoWeek } from '../../common/time/iso-week.ts';
import { REVIEWS_MAX } from '../../server/domains/reviews/store.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const PAGE = `query($branch: ID!, $from: String, $to: String, $before: String, $last: Int) {
  reviews(branch: $branch, from: $from, to: $to, before: $before, last: $last) { id week actions { id week } carriedOver { id week } } }`;
const REVIEWS = REVIEWS_MAX + 30;

function weekOf(key: string): IsoWeek {
  const read = readIsoWeek(key);
  if (!read.ok) throw new Error(read.problem);
  return read.week;
}

const FIRST = weekOf('2013-W01');
const weeks = Array.from({ length: REVIEWS }, (_, i) => shiftIsoWeek(FIRST, i).key);

describe.each(availableDialects())('a long history of reviews on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    const at = new Date('2024-01-01T00:00:00Z');
    const rows = weeks.map((week) => ({ branch_code: 'MADIUN', week, notes: null, created_by: 'account:kabid.madiun', created_at: at, updated_at: at }));
    for (let i = 0; i < rows.length; i += 100) await server.db.knex('review').insert(rows.slice(i, i + 100));
    // One action agreed in the first review and never closed: every later review carries it.
    const first = await server.db.knex('review').where({ branch_code: 'MADIUN', week: weeks[0] }).first('id');
    await server.db.knex('review_action').insert({ review_id: first!.id, branch_code: 'MADIUN', week: weeks[0], title: 'Tetap terbuka', status: 'OPEN', created_at: at, updated_at: at });
  }, 60_000);
  afterAll(() => server?.close());

  const list = (variables: Record<string, unknown>) => server.graphql(PAGE, { branch: 'MADIUN', ...variables }, { cookie: kabid });

  it('refuses the whole history in one answer, naming the limit', async () => {
    const all = await list({});
    expect(all.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from', reason: 'RANGE_TOO_LARGE' }, message: expect.stringContaining(`more than ${REVIEWS_MAX} reviews`) });
    const tooMany = await list({ last: REVIEWS_MAX + 1 });
    expect(tooMany.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'last', reason: 'RANGE_TOO_LARGE' }, message: `last: ${REVIEWS_MAX + 1} is more than ${REVIEWS_MAX}, the most reviews one answer lists: page back with before` });
    for (const last of [0, -1]) {
      const refused = await list({ last });
      expect(refused.errors![0], String(last)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'last', reason: 'NOT_A_COUNT' }, message: expect.stringContaining(`from 1 to ${REVIEWS_MAX}`) });
    }
    expect((await list({ last: 5, before: '2020-W60' })).errors![0].message).toMatch(/^before: 2020 has weeks/);
  });

  it('lists it page by page from the newest, each page oldest week first, with what it carried over', async () => {
    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    for (;;) {
      const answer = await list({ last: 100, ...(before ? { before } : {}) });
      expect(answer.errors).toBeUndefined();
      const page = answer.data.reviews as { week: string; actions: { week: string }[]; carriedOver: { week: string }[] }[];
      pages++;
      const keys = page.map((r) => r.week);
      expect(keys).toEqual([...keys].sort());
      for (const review of page) expect(review.carriedOver.map((a) => a.week)).toEqual(review.week === weeks[0] ? [] : [weeks[0]]);
      seen.unshift(...keys);
      if (page.length < 100) break;
      before = keys[0];
    }
    expect(pages).toBe(Math.ceil(REVIEWS / 100));
    expect(seen).toEqual(weeks);

    // The largest page there is, and a page within a range.
    expect((await list({ last: REVIEWS_MAX })).data.reviews.map((r: { week: string }) => r.week)).toEqual(weeks.slice(-REVIEWS_MAX));
    const ranged = await list({ from: weeks[10], to: weeks[40], last: 5 });
    expect(ranged.data.reviews.map((r: { week: string }) => r.week)).toEqual(weeks.slice(36, 41));
    expect((await list({ from: weeks[10], before: weeks[13], last: 5 })).data.reviews.map((r: { week: string }) => r.week)).toEqual(weeks.slice(10, 13));
  });

  it('still answers a range of weeks as before', async () => {
    const range = await list({ from: weeks[100], to: weeks[103] });
    expect(range.errors).toBeUndefined();
    expect(range.data.reviews.map((r: { week: string }) => r.week)).toEqual(weeks.slice(100, 104));
    expect((await list({ from: weeks[REVIEWS - REVIEWS_MAX] })).data.reviews).toHaveLength(REVIEWS_MAX);
  });
});
