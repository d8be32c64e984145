// Target splits written at the same time never give out more than the branch target: four
// Kabid tabs each giving the whole target to a different AR, and a split beside a targets import
// of a staff share. Under PostgreSQL's READ COMMITTED each writer's check used to miss the
// others' uncommitted shares (the reviewer's R1: 4x the target stored, every call answered ok);
// SQLite, with one writer, is run as well so that both keep the rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/importer.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const SPLIT = `mutation($shares: [TargetShareInput!]!) {
  setTargetSplit(branch: "MADIUN", year: 2025, program: JKK, segment: PU, shares: $shares) { assigned } }`;
const LINE = { branch_code: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', metric: 'NEW_PARTICIPANTS' };
const ROUNDS = 8;

describe.each(availableDialects())('concurrent target splits on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  let ars: string[];
  let branchTarget: number;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    ars = (await server.db.knex('staff').where({ branch_code: 'MADIUN' }).whereIn('role', ['AR', 'ARK']).orderBy('code').select('code')).map((s: { code: string }) => s.code);
    branchTarget = Number((await server.db.knex('target').where({ ...LINE, staff_code: '' }).first('target')).target);
  });
  afterAll(() => server?.close());

  const split = (shares: { staff: string; target: number }[]) => server.graphql(SPLIT, { shares }, { cookie: kabid });
  const stored = async () => (await server.db.knex('target').where(LINE).whereNot('staff_code', '').select('staff_code', 'target')) as { staff_code: string; target: number | string }[];
  const assigned = async () => (await stored()).reduce((n, r) => n + Number(r.target), 0);

  it('keeps one whole-target share when four splits race', async () => {
    expect(ars.length).toBeGreaterThanOrEqual(4);
    for (let round = 0; round < ROUNDS; round++) {
      expect((await split([])).errors).toBeUndefined();
      const answers = await Promise.all(ars.slice(0, 4).map((staff) => split([{ staff, target: branchTarget }])));
      // Each split replaces the line's shares: every one may succeed, but only the last stays.
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const rows = await stored();
      expect({ round, shares: rows.length, assigned: await assigned() }).toEqual({ round, shares: 1, assigned: branchTarget });
    }
  });

  it('never stores more than the target when a split and a targets import of a share race', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      expect((await split([])).errors).toBeUndefined();
      const csv = `branch,year,program,segment,target,metric,staff\nMADIUN,2025,JKK,PU,${branchTarget},NEW_PARTICIPANTS,${ars[0]}\n`;
      const [answer, report] = await Promise.all([
        split([{ staff: ars[1], target: branchTarget }]),
        importFile(server.db, { kind: 'targets', source: { buffer: Buffer.from(csv, 'utf8') }, fileName: `share ${round}.csv`, actor: 'test', lang: 'en' }),
      ]);
      expect(answer.errors).toBeUndefined();
      // Whichever came second: the import refused (split_over_target), or the split replaced the imported share.
      if (report.outcome !== 'STORED') expect(report.problems.map((p) => p.code)).toContain('split_over_target');
      expect({ round, assigned: await assigned() }).toEqual({ round, assigned: branchTarget });
    }
  });
});
