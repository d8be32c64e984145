// Planning (perencanaan) over GraphQL, as a Kabid splits the branch's yearly targets across the
// AR/ARK team: the plan read with what is unassigned, a split with monthly phasing that shows
// in targetAttainment by STAFF at once and in the import history, every bad split refused
// with nothing stored, and who may read and write. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefusalReason } from '../../common/vocabulary/refusal-reasons.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const LINE = 'program segment metric branchTarget assigned unassigned source shares { staff name role target monthly phased }';
const PLAN = `query($branch: ID!, $year: Int!) { targetPlan(branch: $branch, year: $year) { ${LINE} } }`;
const SPLIT = `mutation($branch: ID!, $year: Int!, $program: Program!, $segment: Segment!, $shares: [TargetShareInput!]!) {
  setTargetSplit(branch: $branch, year: $year, program: $program, segment: $segment, shares: $shares) { ${LINE} } }`;
const BY_STAFF = `query { targetAttainment(branch: "MADIUN", year: 2025, groupBy: STAFF) { key target } }`;

interface Line { program: string; segment: string; branchTarget: number | null; assigned: number; unassigned: number | null; shares: { staff: string; target: number; monthly: number[]; phased: boolean }[] }

describe.each(availableDialects())('target planning on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  let ars: string[];
  let others: { kabid: string; elsewhere: string };
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.ar = await sessionOf(server, 'ar.madiun', 'AR', { branch: 'MADIUN' });
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    const staff = await server.db.knex('staff').orderBy('code').select('code', 'role', 'branch_code');
    ars = staff.filter((s: { role: string; branch_code: string }) => s.branch_code === 'MADIUN' && (s.role === 'AR' || s.role === 'ARK')).map((s: { code: string }) => s.code);
    others = {
      kabid: staff.find((s: { role: string; branch_code: string }) => s.branch_code === 'MADIUN' && s.role === 'KABID')?.code ?? 'none',
      elsewhere: staff.find((s: { role: string; branch_code: string }) => s.branch_code === 'KEDIRI' && s.role === 'AR').code,
    };
  });
  afterAll(() => server?.close());

  const ask = (query: string, variables: Record<string, unknown> = {}, who?: string) => server.graphql(query, variables, who ? { cookie: as[who] } : {});
  const plan = async (): Promise<Line[]> => (await ask(PLAN, { branch: 'MADIUN', year: 2025 }, 'kabid')).data.targetPlan;
  const line = (lines: Line[], program: string, segment: string) => lines.find((l) => l.program === program && l.segment === segment)!;

  it('shows each branch target with its split and what is left to assign', async () => {
    const lines = await plan();
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(l.assigned).toBe(l.shares.reduce((n, s) => n + s.target, 0));
      if (l.branchTarget !== null) expect(l.unassigned).toBe(l.branchTarget - l.assigned);
      for (const s of l.shares) expect(s.monthly.reduce((a, b) => a + b, 0)).toBe(s.target);
    }
    const jkk = line(lines, 'JKK', 'PU');
    const target = await server.db.knex('target').where({ branch_code: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', metric: 'NEW_PARTICIPANTS', staff_code: '' }).first('target');
    expect(jkk.branchTarget).toBe(Number(target.target));
    expect(jkk.shares.length).toBeGreaterThan(0);
  });

  it('splits a target with phasing; targetAttainment by STAFF and the import history show it at once', async () => {
    const before = await ask(BY_STAFF); // asked first, so a kept answer would show if the split did not move the data version
    expect(before.errors).toBeUndefined();
    const branchTarget = line(await plan(), 'JKK', 'PU').branchTarget!;
    const phased = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 90];
    const answer = await ask(SPLIT, { branch: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', shares: [{ staff: ars[0], target: 200, monthly: phased }, { staff: ars[1], target: 125 }] }, 'kabid');
    expect(answer.errors).toBeUndefined();
    const split: Line = answer.data.setTargetSplit;
    expect(split).toMatchObject({ branchTarget, assigned: 325, unassigned: branchTarget - 325 });
    expect(split.shares).toEqual([
      expect.objectContaining({ staff: ars[0], target: 200, monthly: phased, phased: true }),
      expect.objectContaining({ staff: ars[1], target: 125, monthly: [11, 11, 11, 11, 11, 10, 10, 10, 10, 10, 10, 10], phased: false }),
    ]);
    const byStaff = (await ask(BY_STAFF)).data.targetAttainment as { key: string; target: number }[];
    const targets = Object.fromEntries(byStaff.map((r) => [r.key, r.target]));
    expect(targets[ars[0]]).toBe(200);
    expect(targets[ars[1]]).toBe(125);
    const history = (await ask('{ importHistory(limit: 1) { kind fileName outcome actor } }', {}, 'kabid')).data.importHistory[0];
    expect(history).toEqual({ kind: 'targets', fileName: 'rencana target MADIUN 2025 JKK PU', outcome: 'STORED', actor: 'account:kabid.madiun' });
  });

  it('refuses a split that is more than the target, outside the team or badly phased, storing nothing', async () => {
    const stored = async () => server.db.knex('target').where({ branch_code: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU' }).orderBy('staff_code').select('staff_code', 'target');
    const phasing = async () => Number((await server.db.knex('target_phasing').where({ branch_code: 'MADIUN' }).count({ n: '*' }).first())!.n);
    const [rowsBefore, phasingBefore] = [await stored(), await phasing()];
    const branchTarget = line(await plan(), 'JKK', 'PU').branchTarget!;
    const split = (shares: unknown[], extra: Record<string, unknown> = {}) => ask(SPLIT, { branch: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', shares, ...extra }, 'kabid');
    // The message for API users, the reason for the dashboard (which says it in the reader's words).
    type Refused = { errors?: { message: string; extensions: Record<string, unknown> }[] };
    const cases: [Promise<Refused>, RegExp, RefusalReason | undefined][] = [
      [split([{ staff: ars[0], target: branchTarget }, { staff: ars[1], target: 1 }]), new RegExp(`shares: the shares add up to ${branchTarget + 1}, more than the branch target of ${branchTarget} \\(by 1\\)`), 'SHARES_OVER_TARGET'],
      [split([{ staff: others.elsewhere, target: 1 }]), /shares\[0\]\.staff: ".*" is not an AR or ARK of the branch/, 'SHARE_NOT_TEAM'],
      [split([{ staff: others.kabid, target: 1 }]), /is not an AR or ARK of the branch/, 'SHARE_NOT_TEAM'],
      [split([{ staff: ars[0], target: 1 }, { staff: ars[0], target: 2 }]), /shares\[1\]\.staff: .* has two shares/, 'SHARE_TWICE'],
      [split([{ staff: ars[0], target: 12, monthly: [1, 1, 1] }]), /shares\[0\]\.monthly: expected 12 months/, 'SHARE_MONTHS_INVALID'],
      [split([{ staff: ars[0], target: 12, monthly: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }]), /the months add up to 13, not to the share of 12/, 'SHARE_MONTHS_INVALID'],
      [split([{ staff: ars[0], target: -3 }]), /shares\[0\]\.target: expected a whole number from 0/, 'NOT_A_COUNT'],
      [split([{ staff: ars[0], target: 1 }], { program: 'JP', segment: 'PMI' }), /has no NEW_PARTICIPANTS target for JP PMI in 2025/, 'NO_BRANCH_TARGET'],
      [split([], { year: 1800 }), /year: expected a year from 1970/, undefined],
    ];
    for (const [answer, message, reason] of cases) {
      const refused = (await answer).errors?.[0];
      expect(refused?.message).toMatch(message);
      expect(refused?.extensions.reason, refused?.message).toBe(reason);
    }
    // The figures of the over-target sentence, as numbers, not read out of the message.
    const over = (await split([{ staff: ars[0], target: branchTarget }, { staff: ars[1], target: 1 }])).errors?.[0].extensions;
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'shares', details: { assigned: branchTarget + 1, target: branchTarget, over: 1 } });
    expect(await stored()).toEqual(rowsBefore);
    expect(await phasing()).toBe(phasingBefore);
  });

  it('clears a split with an empty list', async () => {
    const cleared = (await ask(SPLIT, { branch: 'MADIUN', year: 2025, program: 'JKK', segment: 'BPU', shares: [] }, 'kabid')).data.setTargetSplit;
    expect(cleared).toMatchObject({ assigned: 0, shares: [], unassigned: cleared.branchTarget });
  });

  it('lets only the branch Kabid split and its team read the plan', async () => {
    const shares = [{ staff: ars[0], target: 1 }];
    expect((await ask(SPLIT, { branch: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', shares })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const ar = await ask(SPLIT, { branch: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', shares }, 'ar');
    expect(ar.errors![0].message).toMatch(/AR account reads the target plan: targets are split by the branch's KABID/);
    expect((await ask(PLAN, { branch: 'MADIUN', year: 2025 }, 'ar')).errors).toBeUndefined();
    expect((await ask(PLAN, { branch: 'MADIUN', year: 2025 })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(PLAN, { branch: 'MADIUN', year: 2025 }, 'researcher')).errors![0].message).toMatch(/the target plan name staff members/);
  });
});
