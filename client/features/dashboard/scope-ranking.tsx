// The drill-down of a national or regional view: the offices in scope ranked by target
// attainment, registrations or cost per registration (a header sorts), the study's branch (or
// the office that holds it) marked and one click away with a quick filter. Choosing a row
// narrows the scope to that office, as the scope picker would. At the national scope the rows
// are the regional offices or, on demand, every branch. The table's sort, search, level and
// quick filter live in the URL (ranking-url.ts), so a shared link or a reload shows this table.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import type { ScopeRankingQuery as ScopeRankingAnswer } from '../../../common/gql/graphql.ts';
import { SOURCE_LABELS } from '../../../common/charts/labels.ts';
import { officeNames } from '../../../common/charts/office-names.ts';
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

/** Which rows an answer is about: the level and the office whose branches they are (none: the nation). */
interface AnswerFor {
  level: RankingLevel;
  region: string | null;
}

const sameRows = (a: AnswerFor, b: AnswerFor) => a.level === b.level && a.region === b.region;

export function ScopeRanking({ view, scope, branches, regions, onScope }: ScopeRankingProps) {
  const { state, m, locale } = view;
  const [{ level: chosenLevel, sort, search, studyOnly }, change] = useRankingView();
  // Inside a regional office the rows are its branches; only the nation has offices to list.
  const level: RankingLevel = scope.kind === 'region' ? 'BRANCH' : chosenLevel;
  const year = targetYear(state, view.years);
  const waiting = !view.yearsKnown && state.year === null && state.to === null;
  const { data, loading, error, refetch } = useQuery(ScopeRankingQuery, {
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
  // An answer is joined only with the offices it is about. Apollo's previousData, while another
  // level (or office) loads, is the answer for the rows before: joined with the new level's
  // offices it made regional offices under their codes ranked among empty branches. So the
  // answer is kept with what it was asked for, and until the new one arrives the table shows
  // the previous rows as they were, dimmed, with a loading line (issue 15, T4).
  const asked: AnswerFor = { level, region: scope.kind === 'region' ? scope.region : null };
  const [kept, setKept] = useState<{ for: AnswerFor; data: ScopeRankingAnswer } | null>(null);
  // `data` is always the answer for the current variables (previousData is the one before).
  if (data && (kept?.data !== data || !sameRows(kept.for, asked))) setKept({ for: asked, data });
  const shown = data ?? kept?.data;
  const shownFor = data ? asked : (kept?.for ?? asked);
  const stale = !data && !!kept && !sameRows(kept.for, asked);
  const studyRegion = branches.find((b) => b.code === PREFERRED_BRANCH)?.regionCode ?? null;
  const shownLevel = shownFor.level;
  const shownRegion = shownFor.region;
  const offices: RankingOffice[] = useMemo(
    () =>
      shownLevel === 'REGION'
        ? regions.map((r) => ({ code: r.code, name: r.name, study: r.code === studyRegion }))
        : branches
            .filter((b) => shownRegion === null || b.regionCode === shownRegion)
            .map((b) => ({ code: b.code, name: b.name, officeName: regions.find((r) => r.code === b.regionCode)?.name, study: b.code === PREFERRED_BRANCH })),
    [shownLevel, shownRegion, regions, branches, studyRegion],
  );
  // Every office the dashboard knows, by code: a key the answer adds is named as the charts name it, never shown as a code.
  const names = useMemo(() => officeNames({ branches, regions }, locale), [branches, regions, locale]);
  const rows = useMemo(
    () => rankingRows(offices, shown?.targets ?? NO_ROWS, shown?.reach ?? NO_ROWS, shownLevel, names),
    [offices, shown, shownLevel, names],
  );
  const sorted = useMemo(() => sortRanking(rows, sort), [rows, sort]);
  const needle = search.trim().toLowerCase();
  const matches = (r: RankingRow) => [r.name, r.code, r.officeName ?? ''].some((text) => text.toLowerCase().includes(needle));
  const visible = sorted.filter((r) => (!studyOnly || r.study) && (!needle || matches(r)));
  useReportSources('ranking', rows.map((r) => r.source));

  const title = level === 'REGION' ? m.rankingRegions : m.rankingBranches;
  const shownTitle = shownLevel === 'REGION' ? m.rankingRegions : m.rankingBranches;
  const period = state.from || state.to ? `${state.from ? formatPeriod(state.from, locale) : '…'} – ${state.to ? formatPeriod(state.to, locale) : '…'}` : m.rankingWholePeriod;
  const sources = SOURCE_LABELS[locale];
  const open = (row: RankingRow) => {
    if (!row.selectable || stale) return;
    onScope(shownLevel === 'REGION' ? { kind: 'region', region: row.code } : { kind: 'branch', branch: row.code });
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
        <>
          {stale ? (
            <p className="ranking-loading" role="status" data-testid="ranking-loading">
              <span className="spinner" aria-hidden="true" />
              {m.loading} {title}
            </p>
          ) : null}
          <div className={`table-scroll ranking-scroll${stale ? ' is-stale' : ''}`} tabIndex={0} role="region" aria-label={shownTitle}>
            <table className="data-table ranking-table" data-level={shownLevel} data-stale={stale ? 'true' : undefined}>
              <caption>{m.tableCaption(shownTitle)}</caption>
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
                        {row.study ? <span className="badge badge-study">{shownLevel === 'BRANCH' ? m.studyBranch : m.containsStudyBranch}</span> : null}
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
        </>
      )}
    </section>
  );
}
