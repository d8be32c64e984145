// The dashboard's scope (the nation, a regional office or a branch): one scope parameter in the
// URL at most, the one the app resolves against the known offices, the arguments every panel
// sends, and the drill-down table's order.
import { describe, expect, it } from 'vitest';
import { parseState, scopeChange, serialiseState, DEFAULT_STATE } from '../../../common/dashboard/url-state.ts';
import { confineScope, pickScope, provisionalScope, scopeArgs, membershipVariables } from '../../../common/dashboard/first-view.ts';
import { officeNames } from '../../../common/charts/office-names.ts';
import { nextSort, rankingRows, sortRanking, type RankingRow } from '../../../common/dashboard/ranking.ts';

describe('scope in the URL', () => {
  it('reads region= and scope=national, and keeps the branch when a URL names both', () => {
    expect(parseState('?region=jatim')).toMatchObject({ region: 'JATIM', branch: null, national: false });
    expect(parseState('?scope=national')).toMatchObject({ region: null, branch: null, national: true });
    expect(parseState('?region=JATIM&branch=MADIUN&scope=national')).toMatchObject({ branch: 'MADIUN', region: null, national: false });
    expect(parseState('?region=bad%20code')).toMatchObject({ region: null });
  });

  it('writes one scope parameter at most and round-trips each scope', () => {
    for (const scope of [{ kind: 'nation' } as const, { kind: 'region', region: 'JATIM' } as const, { kind: 'branch', branch: 'KEDIRI' } as const]) {
      const search = serialiseState({ ...DEFAULT_STATE, ...scopeChange(scope) });
      const p = new URLSearchParams(search);
      expect(['branch', 'region', 'scope'].filter((k) => p.has(k))).toHaveLength(1);
      expect(pickScope(parseState(search), [{ code: 'KEDIRI' }, { code: 'MADIUN' }], [{ code: 'JATIM' }])).toEqual(scope);
    }
    expect(serialiseState({ ...DEFAULT_STATE, branch: 'MADIUN', region: 'JATIM', national: true })).not.toMatch(/region|scope/);
  });

  it('opens on the study branch without a scope, and on it for an unknown office', () => {
    const branches = [{ code: 'KEDIRI' }, { code: 'MADIUN' }];
    expect(pickScope(parseState(''), branches, [{ code: 'JATIM' }])).toEqual({ kind: 'branch', branch: 'MADIUN' });
    expect(pickScope(parseState('?region=NOPE'), branches, [{ code: 'JATIM' }])).toEqual({ kind: 'branch', branch: 'MADIUN' });
    expect(provisionalScope(parseState(''))).toEqual({ kind: 'branch', branch: 'MADIUN' });
  });

  it("gives the panels the scope's argument only", () => {
    expect(scopeArgs({ kind: 'nation' })).toEqual({});
    expect(membershipVariables(DEFAULT_STATE, scopeArgs({ kind: 'region', region: 'JATIM' }))).toMatchObject({ region: 'JATIM' });
    expect(membershipVariables(DEFAULT_STATE, scopeArgs({ kind: 'region', region: 'JATIM' }))).not.toHaveProperty('branch');
  });
});

describe('ranking of the offices in scope', () => {
  const offices = [
    { code: 'A', name: 'Kantor Cabang A', study: false },
    { code: 'B', name: 'Kantor Cabang B', study: true },
    { code: 'C', name: 'Kantor Cabang C', study: false },
  ];
  const rows = rankingRows(
    offices,
    [
      { key: 'A', attainmentPct: 90, status: 'IN_PROGRESS', source: 'SYNTHETIC' },
      { key: 'B', attainmentPct: 101.5, status: 'COMPLETE', source: 'SYNTHETIC' },
      { key: 'C', attainmentPct: 0, status: 'NO_DATA', source: 'SYNTHETIC' },
    ],
    [
      { key: 'A', registrations: 40, costPerRegistration: 5000, source: 'SYNTHETIC' },
      { key: 'B', registrations: 10, costPerRegistration: 20000, source: 'IMPORTED' },
      { key: '(none)', registrations: 3, costPerRegistration: null, source: 'SYNTHETIC' },
    ],
    'REGION',
    officeNames(null, 'id'),
  );
  const codes = (list: RankingRow[]) => list.map((r) => r.code);

  it('joins both answers by office code, never reads NO_DATA as 0 %, and keeps groups that are no office', () => {
    expect(rows.find((r) => r.code === 'C')).toMatchObject({ attainmentPct: null, attainmentStatus: 'NO_DATA', registrations: null });
    expect(rows.find((r) => r.code === 'B')).toMatchObject({ source: 'MIXED', study: true, selectable: true });
    expect(rows.find((r) => r.code === '(none)')).toMatchObject({ name: 'Tanpa kantor wilayah', selectable: false });
  });

  it('ranks best first, rows without a value last either way', () => {
    expect(codes(sortRanking(rows, { column: 'attainment', descending: true }))).toEqual(['B', 'A', 'C', '(none)']);
    expect(codes(sortRanking(rows, { column: 'attainment', descending: false }))).toEqual(['A', 'B', 'C', '(none)']);
    expect(codes(sortRanking(rows, { column: 'registrations', descending: true }))).toEqual(['A', 'B', '(none)', 'C']);
    expect(codes(sortRanking(rows, nextSort({ column: 'attainment', descending: true }, 'costPerRegistration')))).toEqual(['A', 'B', 'C', '(none)']);
    expect(nextSort({ column: 'registrations', descending: true }, 'registrations')).toEqual({ column: 'registrations', descending: false });
  });
});

describe('the scope of an account that reads only its own (confineScope)', () => {
  const branches = [
    { code: 'MADIUN', regionCode: 'JATIM' },
    { code: 'BLITAR', regionCode: 'UJI' },
  ];
  const regional = { region: 'JATIM', branch: null, readsOwnScopeOnly: true };

  it('keeps its office and the office\'s branches, and shows its office for the nation, another office or a branch elsewhere', () => {
    expect(confineScope({ kind: 'region', region: 'JATIM' }, regional, branches)).toEqual({ kind: 'region', region: 'JATIM' });
    expect(confineScope({ kind: 'branch', branch: 'MADIUN' }, regional, branches)).toEqual({ kind: 'branch', branch: 'MADIUN' });
    expect(confineScope({ kind: 'nation' }, regional, branches)).toEqual({ kind: 'region', region: 'JATIM' });
    expect(confineScope({ kind: 'region', region: 'UJI' }, regional, branches)).toEqual({ kind: 'region', region: 'JATIM' });
    expect(confineScope({ kind: 'branch', branch: 'BLITAR' }, regional, branches)).toEqual({ kind: 'region', region: 'JATIM' });
    // Before the branch list is known, a branch asked for is kept (corrected once it arrives).
    expect(confineScope({ kind: 'branch', branch: 'BLITAR' }, regional)).toEqual({ kind: 'branch', branch: 'BLITAR' });
  });

  it('keeps a branch account on its branch, and leaves every scope open to an account whose reads are not confined', () => {
    const kabid = { branch: 'MADIUN', region: null, readsOwnScopeOnly: true };
    expect(confineScope({ kind: 'nation' }, kabid, branches)).toEqual({ kind: 'branch', branch: 'MADIUN' });
    expect(confineScope({ kind: 'branch', branch: 'BLITAR' }, kabid, branches)).toEqual({ kind: 'branch', branch: 'MADIUN' });
    const open = { ...regional, readsOwnScopeOnly: false };
    expect(confineScope({ kind: 'nation' }, open, branches)).toEqual({ kind: 'nation' });
    expect(confineScope({ kind: 'nation' }, null, branches)).toEqual({ kind: 'nation' });
  });
});
