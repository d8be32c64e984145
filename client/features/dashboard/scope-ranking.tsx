// The drill-down of a national or regional view: the offices in scope ranked by target
// attainment, registrations or cost per registration (a header sorts), the study's branch (or
// the office that holds it) marked and one click away with a quick filter. Choosing a row
// narrows the scope to that office, as the scope picker would. At the national scope the rows
// are the regional offices or, on demand, every branch. The table's sort, search, level and
// quick filter live in the URL (ranking-url.ts), so a shared link or a reload shows this table.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import { SOURCE_LABELS } from '../../../common/charts/labels.ts';
import { formatInteger, formatPercent, formatPeriod, formatRupiah } from '../../../common/i18n/format.ts';
import { PREFERRED_BRANCH, targetYear } from '../../../common/dashboard/first-view.ts';
import {
  nextSort,
  type RankingColumn,
  type RankingLevel,
  type RankingOffice,
  type RankingRow,
  rankingRows,
  sortRanking,
} from '../../../common/dashboard/ranking.ts';
import type { Scope } from '../../../common/dashboard/url-state.ts';
import { useReportSources } from './sources.tsx';
import { MAX_SEARCH } from './ranking-url.ts';
import { useRankingView } from './use-ranking-view.ts';
import { type DashboardView, errorText } from './view.ts';

export const ScopeRankingQuery = graphql(`
  query ScopeRanking($region: ID, $year: Int!, $from: String, $to: String, $targetsBy: TargetGroupBy!, $reachBy: ReachGroupBy!) {
    targets: targetAttainment(region: $region, year: $year, groupBy: $targetsBy) {
      key
      attainmentPct
      status
      source
    }
    reach: campaignReach(region: $region, from: $from, to: $to, groupBy: $reachBy, orderBy: KEY) {
      key
      registrations
      costPerRegistration
      source
    }
  }
`);

export interface RankingBranch {
  code: string;
  name: string;
  regionCode?: string | null;
}

export interface RankingRegion {
  code: string;
  name: string;
}

interface ScopeRankingProps {
  view: DashboardView;
  /** The nation or a regional office (a branch has nothing to drill into). */
  scope: Exclude<Scope, { kind: 'branch' }>;
  branches: readonly RankingBranch[];
  regions: readonly RankingRegion[];
  onScope(scope: Scope): void;
}

const NO_ROWS: readonly never[] = [];

export function ScopeRanking({ view, scope, branches, regions, onScope }: ScopeRankingProps) {
  const { state, m, locale } = view;
  const [{ level: chosenLevel, sort, search, studyOnly }, change] = useRankingView();
  // Inside a regional office the rows are its branches; only the nation has offices to list.
  const level: RankingLevel = scope.kind === 'region' ? 'BRANCH' : chosenLevel;
  const year = targetYear(state, view.years);
  const waiting = !view.yearsKnown && state.year === null && state.to === null;
  const { data, previousData, loading, error, refetch } = useQuery(ScopeRankingQuery, {
    variables: {
      ...(scope.kind === 'region' ? { region: scope.region } : {}),
      year,
      from: state.from ?? undefined,
      to: state.to ?? undefined,
      targetsBy: level,
      reachBy: level,
    },
    skip: waiting,
  });
  const shown = data ?? previousData;
  const studyRegion = branches.find((b) => b.code === PREFERRED_BRANCH)?.regionCode ?? null;
  const offices: RankingOffice[] = useMemo(
    () =>
      level === 'REGION'
        ? regions.map((r) => ({ code: r.code, name: r.name, study: r.code === studyRegion }))
        : branches
            .filter((b) => scope.kind === 'nation' || b.regionCode === scope.region)
            .map((b) => ({ code: b.code, name: b.name, officeName: regions.find((r) => r.code === b.regionCode)?.name, study: b.code === PREFERRED_BRANCH })),
    [level, regions, branches, scope, studyRegion],
  );
  const rows = useMemo(
    () => rankingRows(offices, shown?.targets ?? NO_ROWS, shown?.reach ?? NO_ROWS, m.noRegion),
    [offices, shown, m.noRegion],
  );
  const sorted = useMemo(() => sortRanking(rows, sort), [rows, sort]);
  const needle = search.trim().toLowerCase();
  const matches = (r: RankingRow) => [r.name, r.code, r.officeName ?? ''].some((text) => text.toLowerCase().includes(needle));
  const visible = sorted.filter((r) => (!studyOnly || r.study) && (!needle || matches(r)));
  useReportSources('ranking', rows.map((r) => r.source));

  const title = level === 'REGION' ? m.rankingRegions : m.rankingBranches;
  const period = state.from || state.to ? `${state.from ? formatPeriod(state.from, locale) : '…'} – ${state.to ? formatPeriod(state.to, locale) : '…'}` : m.rankingWholePeriod;
  const sources = SOURCE_LABELS[locale];
  const open = (row: RankingRow) => {
    if (!row.selectable) return;
    onScope(level === 'REGION' ? { kind: 'region', region: row.code } : { kind: 'branch', branch: row.code });
  };
  const columns: { key: RankingColumn; label: string; numeric: boolean }[] = [
    { key: 'name', label: m.rankingOffice, numeric: false },
    { key: 'attainment', label: m.rankingAttainment(year), numeric: true },
    { key: 'registrations', label: m.rankingRegistrations, numeric: true },
    { key: 'costPerRegistration', label: m.rankingCostPerRegistration, numeric: true },
  ];
  const attainmentText = (row: RankingRow) => {
    if (row.attainmentStatus === 'NO_DATA') return m.rankingNoData;
    if (row.attainmentPct === null) return '–';
    const pct = formatPercent(row.attainmentPct, locale);
    return row.attainmentStatus === 'PARTIAL_DATA' ? `${pct} (${m.rankingPartial})` : pct;
  };

  return (
    <section className="ranking" id="scope-ranking" aria-labelledby="scope-ranking-title" aria-busy={loading || waiting ? 'true' : undefined}>
      <header className="ranking-head">
        <h2 id="scope-ranking-title">{title}</h2>
        <p className="panel-subtitle">{m.rankingSubtitle(year, period)}</p>
      </header>
      <div className="ranking-controls">
        {scope.kind === 'nation' ? (
          <fieldset className="segmented">
            <legend>{m.rankingLevel}</legend>
            {(['REGION', 'BRANCH'] as const).map((l) => (
              <label key={l}>
                <input type="radio" name="ranking-level" value={l} checked={level === l} onChange={() => change({ level: l })} />
                <span>{l === 'REGION' ? m.region : m.branch}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="field">
          <span>{m.rankingSearch}</span>
          <input type="search" value={search} maxLength={MAX_SEARCH} onChange={(e) => change({ search: e.target.value })} />
        </label>
        <button type="button" className="button button-quiet" aria-pressed={studyOnly} onClick={() => change({ studyOnly: !studyOnly })}>
          {m.rankingStudyOnly}
        </button>
        <p className="ranking-count" aria-live="polite">
          {m.rankingShown(visible.length, rows.length)}
        </p>
      </div>
      {error && !shown ? (
        <div className="state state-error" role="alert">
          <strong>{m.errorTitle}</strong>
          <span className="state-detail">{errorText(error, m)}</span>
          <button type="button" className="button" onClick={() => void refetch()}>
            {m.retry}
          </button>
        </div>
      ) : !shown ? (
        <div className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {m.loading}
        </div>
      ) : (
        <div className="table-scroll ranking-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="data-table ranking-table" data-level={level}>
            <caption>{m.tableCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {m.rankingRank}
                </th>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={sort.column === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button type="button" className="sort-button" data-column={c.key} onClick={() => change({ sort: nextSort(sort, c.key) })} title={m.rankingSort(c.label)}>
                      {c.label}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.column === c.key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col">{m.rankingSource}</th>
              </tr>
            </thead>
            <tbody>
              {visible.length === 0 ? (
                <tr>
                  <td colSpan={columns.length + 2}>{m.rankingEmpty}</td>
                </tr>
              ) : (
                visible.map((row, i) => (
                  <tr
                    key={row.code}
                    data-code={row.code}
                    className={[row.study ? 'is-study' : '', row.selectable ? 'is-selectable' : ''].filter(Boolean).join(' ') || undefined}
                    onClick={() => open(row)}
                  >
                    <td className="num">{formatInteger(i + 1, locale)}</td>
                    <th scope="row">
                      {row.selectable ? (
                        <button
                          type="button"
                          className="link-button"
                          title={m.rankingOpen(row.name)}
                          onClick={(e) => {
                            // The row's own click handler would open it a second time.
                            e.stopPropagation();
                            open(row);
                          }}
                        >
                          {row.name}
                        </button>
                      ) : (
                        row.name
                      )}
                      {row.study ? <span className="badge badge-study">{level === 'BRANCH' ? m.studyBranch : m.containsStudyBranch}</span> : null}
                    </th>
                    <td className="num" data-column="attainment">{attainmentText(row)}</td>
                    <td className="num" data-column="registrations">{row.registrations === null ? '–' : formatInteger(row.registrations, locale)}</td>
                    <td className="num" data-column="costPerRegistration">{formatRupiah(row.costPerRegistration, locale)}</td>
                    <td>{row.source ? (sources[row.source] ?? row.source) : '–'}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
