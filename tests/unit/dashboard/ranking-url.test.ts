// The ranked offices' table in the URL (client/features/dashboard/ranking-url.ts): sort, search,
// level and quick filter survive a round trip, defaults stay out of the URL, malformed values
// read as the defaults, and the dashboard's other parameters are left as they were. The share
// menu's report link names the view's one scope and its year.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_VIEW, MAX_SEARCH, parseRankingView, rankingParamsOf, withRankingView } from '../../../client/features/dashboard/ranking-url.ts';
import { reportHref } from '../../../client/features/share/report-link.ts';

describe('the ranking table in the URL', () => {
  it('round-trips every part of the view, and leaves the other parameters alone', () => {
    const view = { sort: { column: 'costPerRegistration', descending: true }, search: 'kantor cabang ', level: 'BRANCH', studyOnly: true } as const;
    const search = withRankingView('?lang=en&scope=national&segments=PU,BPU', view);
    expect(search).toBe('?lang=en&scope=national&segments=PU,BPU&rank=costPerRegistration:desc&rankSearch=kantor+cabang+&rankLevel=branch&rankStudy=1');
    expect(parseRankingView(search)).toEqual(view);
    expect(rankingParamsOf(search)).toEqual([['rank', 'costPerRegistration:desc'], ['rankSearch', 'kantor cabang '], ['rankLevel', 'branch'], ['rankStudy', '1']]);
  });

  it('leaves the defaults out, and replaces what was there', () => {
    expect(withRankingView('?lang=id&region=JATIM&rank=name:asc&rankSearch=x', DEFAULT_RANKING_VIEW)).toBe('?lang=id&region=JATIM');
    expect(parseRankingView('?lang=id')).toEqual(DEFAULT_RANKING_VIEW);
  });

  it('reads malformed values as the defaults', () => {
    for (const rank of ['bogus', 'registrations:sideways', 'name:asc:desc', '', ':desc', 'constructor']) {
      expect(parseRankingView(`?rank=${encodeURIComponent(rank)}`).sort, rank).toEqual(DEFAULT_RANKING_VIEW.sort);
    }
    const odd = parseRankingView(`?rankLevel=nation&rankStudy=yes&rankSearch=${'a'.repeat(500)}`);
    expect(odd.level).toBe('REGION');
    expect(odd.studyOnly).toBe(false);
    expect(odd.search).toBe('a'.repeat(MAX_SEARCH));
  });

  it('takes a column without direction in the direction it starts with, case aside', () => {
    expect(parseRankingView('?rank=REGISTRATIONS').sort).toEqual({ column: 'registrations', descending: true });
    expect(parseRankingView('?rank=name').sort).toEqual({ column: 'name', descending: false });
    expect(parseRankingView('?rank=costperregistration:ASC').sort).toEqual({ column: 'costPerRegistration', descending: false });
  });
});

describe("the share menu's report link", () => {
  it("is the view's scope and year", () => {
    expect(reportHref({ region: 'JATIM', year: 2024, groupBy: 'PROGRAM' }, 'en')).toBe('/report?region=JATIM&year=2024&lang=en');
    expect(reportHref({ branch: 'MADIUN', from: '2016', to: '2020-Q3' }, 'id')).toBe('/report?branch=MADIUN&year=2020&lang=id');
    // The nation, from the first to the latest data: the server's latest year.
    expect(reportHref({ segments: ['PU'] }, 'id')).toBe('/report?scope=national&lang=id');
  });
});
