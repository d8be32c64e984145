// URLs a client can get wrong: a missing hashed asset, percent-encoding that is not UTF-8 or not
// hex in a path or a query. Each answers 4xx, and the server logs no error or stack for it (a
// 500 and a stack trace would page someone for a client's typo). A real server process, so that
// its log is the one an operator reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, type RunningServer, startServer, stopServer } from '../service/support.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const CASES: [url: string, status: number][] = [
  ['/assets/missing-0123abcd.js', 404],
  ['/assets/%E0%A4%A.js', 400],
  ['/charts/%E0%A4%A.svg', 400],
  ['/charts/%ZZ.svg', 400],
  ['/embed/%E0%A4%A', 400],
  ['/api/%E0%A4%A.csv', 400],
  ['/api/x.csv?branch=%ZZ', 404],
  ['/api/membershipTrend.csv?branch=%ZZ', 400],
  ['/api/membershipTrend.csv?branch=%E0%A4%A', 400],
  ['/api/membershipTrend.csv?%ZZ=1', 400],
  ['/charts/membership-trend.svg?branch=%E0%A4%A', 400],
  ['/charts/membership-trend.csv?segments=%ZZ', 400],
  ['/embed/membership-trend?branch=%E0%A4%A', 400],
  ['/report?branch=%ZZ&year=2024', 400],
  ['/%E0%A4%A', 404],
];

describe.each(availableDialects())('malformed URLs answer 4xx without an error in the log (%s)', (dialect) => {
  let server: RunningServer;
  beforeAll(async () => {
    const target = await freshTarget(dialect);
    server = await startServer(target.dialect === 'postgresql' ? { DATABASE_URL: target.url } : {});
  }, 120_000);
  afterAll(async () => {
    await stopServer(server);
  });

  it.each(CASES)('%s answers %i', async (url, status) => {
    const before = server.output().length;
    const res = await get(`${server.url}${url}`);
    expect(res.status).toBe(status);
    expect(res.body.toString()).not.toMatch(/\n\s+at |stack|Internal server error/i);
    // The request's own log line is written once the answer is sent; it says the status, no error.
    await expect.poll(() => server.output().slice(before)).toContain(`"status":${status}`);
    const lines = server.output().slice(before).split('\n').filter(Boolean);
    for (const line of lines) {
      expect(line).not.toMatch(/"stack"|"level":50|unexpected error/);
    }
  });
});
