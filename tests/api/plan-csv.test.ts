// Plan against realisation as CSV (GET /api/plan/realisation.csv): the same rows as the
// planRealisation query in the machine format, bad parameters named, and the plan's readers
// only (never anonymously, not researchers, not another branch's accounts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const RANGE = 'from=2024-W10&to=2024-W19';
const COMPARE = `query { planRealisation(branch: "MADIUN", from: "2024-W10", to: "2024-W19") { key planned done socialisations registrations } }`;

describe('plan against realisation as CSV', () => {
  let server: TestServer;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    as.kediri = await sessionOf(server, 'viewer.kediri', 'VIEWER', { branch: 'KEDIRI' });
    await server.graphql('mutation { planActivity(branch: "MADIUN", date: "2024-03-12", channel: FACE_TO_FACE, location: "Pasar", audience: "Pedagang") { id } }', {}, { cookie: as.kabid });
  });
  afterAll(() => server?.close());

  const csv = (query: string, who?: string) => fetch(`${server.url}/api/plan/realisation.csv?${query}`, { headers: who ? { cookie: as[who] } : {} });

  it('writes the rows planRealisation answers, in the machine format by default', async () => {
    const rows = (await server.graphql(COMPARE, {}, { cookie: as.kabid })).data.planRealisation as { key: string; planned: number; socialisations: number; registrations: number }[];
    expect(rows.some((r) => r.planned === 1)).toBe(true);
    const res = await csv(`branch=MADIUN&${RANGE}`, 'kabid');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const lines = (await res.text()).trim().split('\n').map((l) => l.split(','));
    expect(lines.slice(1).map((l) => l[0])).toEqual(rows.map((r) => r.key));
    for (const r of rows) {
      const line = lines.find((l) => l[0] === r.key)!;
      expect(line).toContain(String(r.socialisations));
      expect(line).toContain(String(r.registrations));
    }
  });

  it('names a bad parameter and refuses whoever may not read the plan', async () => {
    const bad = await csv(`branch=MADIUN&${RANGE}&groupBy=DAY`, 'kabid');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/groupBy/);
    expect((await csv(`${RANGE}`, 'kabid')).status).toBe(400);
    expect((await csv(`branch=MADIUN&${RANGE}`)).status).toBe(401);
    expect((await csv(`branch=MADIUN&${RANGE}`, 'researcher')).status).toBe(403);
    expect((await csv(`branch=MADIUN&${RANGE}`, 'kediri')).status).toBe(403);
  });
});
