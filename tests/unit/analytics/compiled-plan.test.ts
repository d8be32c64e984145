// Kept plans (run.ts compiledPlan): the SQL and bindings a kept plan gives are exactly what
// planning and compiling anew give, for each dialect and for the raw path apart; what a caller
// does to the bindings it got does not reach the next caller; values JSON cannot tell apart
// are never served from a kept plan; the number kept per cube is bounded.
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../server/analytics/compile.ts';
import { postgresqlDialect } from '../../../server/analytics/dialects/postgresql.ts';
import { sqliteDialect } from '../../../server/analytics/dialects/sqlite.ts';
import type { Cube, CubeQuery } from '../../../server/analytics/model.ts';
import { compiledPlan, keptPlanCount, PLANS_PER_CUBE, planQuery } from '../../../server/analytics/run.ts';
import { membershipCube } from '../../../server/domains/membership/cube.ts';

const cube = membershipCube as unknown as Cube;
const yearly = (branch: string): CubeQuery => ({
  measures: ['activeParticipants', 'newParticipants', 'reportingBranches'],
  dimensions: ['segment', 'program', 'YEAR'],
  filters: [
    { member: 'branch', op: 'equals', value: branch },
    { member: 'periodIndex', op: 'between', from: 0, to: 107 },
  ],
  namedFilters: ['persons'],
});
const fresh = (query: CubeQuery, dialect = sqliteDialect, raw = false) => compileQuery(planQuery(cube, query, { raw }), query, dialect);

describe('compiledPlan', () => {
  it('gives what planning and compiling anew give, asked again and again, per dialect and raw apart', () => {
    for (const dialect of [sqliteDialect, postgresqlDialect]) {
      for (const raw of [false, true]) {
        const query = yearly('MADIUN');
        const first = compiledPlan(cube, query, dialect, raw);
        expect(first).toEqual(fresh(query, dialect, raw));
        expect(compiledPlan(cube, yearly('MADIUN'), dialect, raw)).toEqual(first);
      }
    }
    // The rollup and the facts are different SQL: the raw path is not served the planned one.
    expect(compiledPlan(cube, yearly('MADIUN'), sqliteDialect, true).sql).not.toBe(compiledPlan(cube, yearly('MADIUN'), sqliteDialect, false).sql);
    expect(compiledPlan(cube, yearly('KEDIRI'), sqliteDialect, false).bindings).toContain('KEDIRI');
  });

  it("hands out bindings of its own: changing them does not change the next caller's", () => {
    const got = compiledPlan(cube, yearly('BLITAR'), postgresqlDialect, false);
    got.bindings[0] = 'CHANGED';
    got.bindings.push('EXTRA');
    expect(compiledPlan(cube, yearly('BLITAR'), postgresqlDialect, false)).toEqual(fresh(yearly('BLITAR'), postgresqlDialect));
  });

  it('compiles anew a query with a value JSON would write as null (NaN, Infinity)', () => {
    const nan: CubeQuery = { ...yearly('MADIUN'), filters: [{ member: 'periodIndex', op: 'between', from: Number.NaN, to: 107 }] };
    const nul: CubeQuery = { ...yearly('MADIUN'), filters: [{ member: 'periodIndex', op: 'between', from: null as unknown as number, to: 107 }] };
    expect(compiledPlan(cube, nul, sqliteDialect, false).bindings).toEqual(fresh(nul).bindings);
    const bindings = compiledPlan(cube, nan, sqliteDialect, false).bindings;
    expect(bindings.some((b) => Number.isNaN(b))).toBe(true);
    expect(bindings).not.toContain(null);
  });

  it(`keeps at most ${PLANS_PER_CUBE} plans per cube, still answering every query exactly`, () => {
    const many = (i: number): CubeQuery => ({ ...yearly('MADIUN'), filters: [{ member: 'periodIndex', op: 'between', from: 0, to: i }] });
    for (let i = 0; i < PLANS_PER_CUBE + 50; i++) compiledPlan(cube, many(i), sqliteDialect, false);
    expect(keptPlanCount(cube)).toBe(PLANS_PER_CUBE);
    for (const i of [0, 10, PLANS_PER_CUBE + 49]) expect(compiledPlan(cube, many(i), sqliteDialect, false)).toEqual(fresh(many(i)));
  });
});
