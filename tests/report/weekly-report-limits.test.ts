// The weekly report is bounded in cost (the reviewer's R4): a review agrees at most
// REVIEW_ACTIONS_MAX actions (each one read by every review, page and PDF), and pages and PDFs
// render at most REPORT_RENDER_SLOTS at a time: with every turn taken, a request waits its
// time and is answered 503 with Retry-After, and renders again once a turn is free. The cap is
// counted under the review's lock, so it is tried on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyWeek } from '../../common/time/agency-time.ts';
import { addAction, REVIEW_ACTIONS_MAX, reviewById } from '../../server/domains/reviews/store.ts';
import { REPORT_RENDER_SLOTS, REPORT_RETRY_AFTER_S, reportTurns } from '../../server/report/weekly/render-turns.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const CREATE = `mutation($week: String!) { createReview(branch: "MADIUN", week: $week) { id } }`;
const ADD = `mutation($review: ID!, $title: String!) { addAction(review: $review, title: $title) { id } }`;

describe.each(availableDialects())('weekly report limits on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  let reviewId: string;
  const week = agencyWeek();
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    reviewId = (await server.graphql(CREATE, { week: week.key }, { cookie: kabid })).data.createReview.id;
  });
  afterAll(() => server?.close());

  const add = (title: string) => server.graphql(ADD, { review: reviewId, title }, { cookie: kabid });
  const stored = async () => Number((await server.db.knex('review_action').where({ review_id: Number(reviewId) }).count({ n: '*' }).first())!.n);

  it(`refuses an action beyond ${REVIEW_ACTIONS_MAX} in one review, also when the last ones come at once`, async () => {
    const review = await reviewById(server.db, Number(reviewId));
    for (let i = 0; i < REVIEW_ACTIONS_MAX - 3; i++) await addAction(server.db, review, { title: `Tindak lanjut ${i}`, owner: null, due: null });
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => add(`Terakhir ${i}`)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(3);
    for (const refused of answers.filter((a) => a.errors)) {
      expect(refused.errors![0].message).toBe(`review: review ${reviewId} has ${REVIEW_ACTIONS_MAX} actions already, the most one review agrees: agree fewer, larger ones, or the rest in next week's review`);
    }
    expect(await stored()).toBe(REVIEW_ACTIONS_MAX);
  });

  it('answers 503 with Retry-After while every rendering turn is taken, and renders once one is free', async () => {
    const path = `${server.url}/report/week.pdf?branch=MADIUN&week=${week.key}`;
    const held = await Promise.all(Array.from({ length: REPORT_RENDER_SLOTS }, () => reportTurns.take(1000)));
    let busy: Response;
    let page: Response;
    try {
      [busy, page] = await Promise.all([fetch(path, { headers: { cookie: kabid } }), fetch(path.replace('.pdf', ''), { headers: { cookie: kabid } })]);
    } finally {
      for (const release of held) release();
    }
    for (const answer of [busy, page]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe(String(REPORT_RETRY_AFTER_S));
      expect(await answer.text()).toMatch(/^Other weekly reports are being made \(at most 2 at a time\)/);
    }
    const pdf = await fetch(path, { headers: { cookie: kabid } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
