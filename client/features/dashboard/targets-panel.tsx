// Panel 3: target versus realisation for a year (targetAttainment) per program, segment or
// staff member, with the run-rate projection (95 % interval) to year end while the year is
// incomplete. It says what the figures count (program enrolments for programs and segments, so
// nobody reads them as persons beside the trend), which months the branches report up to,
// which targets have no data yet, and which rows have data for only some of their targets
// ("data belum lengkap": their attainment is over the targets with data). With more rows than
// the chart draws readably (every branch of the nation) the chart is a ranking of its two ends;
// the note under it says so and, at a national or regional scope, opens the ranked offices'
// table on that ranking, where every branch is. Rows of branches and offices are named as the
// ranking table names them, from the directory the app has loaded (the API keys them by code).
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import { AppDocument } from '../../../common/gql/graphql.ts';
import { officeNames, withOfficeNames } from '../../../common/charts/office-names.ts';
import { layoutTargetAttainment } from '../../../common/charts/target-attainment-layout.ts';
import { TargetAttainmentChart } from '../../../common/charts/target-attainment-chart.tsx';
import { targetAttainmentTable } from '../../../common/charts/target-attainment-table.ts';
import { formatInteger, formatPeriod } from '../../../common/i18n/format.ts';
import { rowsUnit, unitWord } from '../../../common/charts/target-attainment-words.ts';
import { GROUP_BYS, type GroupByCode, type Scope } from '../../../common/dashboard/url-state.ts';
import { ChartView } from './chart-view.tsx';
import { targetsVariables } from '../../../common/dashboard/first-view.ts';
import { DataTable } from './data-table.tsx';
import { Panel } from './panel.tsx';
import { useReportSources } from './sources.tsx';
import { chartHeight, useElementWidth } from './use-element-width.ts';
import { useRankingView } from './use-ranking-view.ts';
import { type DashboardView, errorText, statusOf, toggleTable } from './view.ts';

// One empty list for every render without data, so the memoised rows are not redone each time.
const NO_ROWS: readonly never[] = [];

export const TargetAttainmentPanelRow = graphql(`
  fragment TargetAttainmentPanel_row on AttainmentRow {
    key
    label
    metric
    target
    targetWithData
    targetWithoutData
    keysWithTargets
    keysWithData
    realised
    attainmentPct
    gap
    unit
    status
    asOf
    earliestAsOf
    branchesWithTargets
    reportingBranches
    projectedRealised
    projectedLow
    projectedHigh
    projectedAttainmentPct
    source
  }
`);

export const TargetAttainmentPanelQuery = graphql(`
  query TargetAttainmentPanel($branch: ID, $region: ID, $year: Int!, $groupBy: TargetGroupBy) {
    targetAttainment(branch: $branch, region: $region, year: $year, groupBy: $groupBy) {
      ...TargetAttainmentPanel_row
    }
  }
`);

export function TargetsPanel({ view, onScope }: { view: DashboardView; onScope?: (next: Scope) => void }) {
  const { state, m, locale } = view;
  const variables = targetsVariables(state, view.scope, view.years);
  const year = variables.year;
  const { data, previousData, loading, error, refetch } = useQuery(TargetAttainmentPanelQuery, {
    variables,
    // Without a chosen year or range the default is the latest year with data: wait for it.
    skip: !view.yearsKnown && state.year === null && state.to === null,
  });
  // The branch and office directory the app asked for (App): read from the cache, never asked again.
  const { data: directory } = useQuery(AppDocument, { fetchPolicy: 'cache-only' });
  // Named as the server names the charts it draws (embeds, files): common/charts/office-names.ts.
  const names = useMemo(() => officeNames(directory, locale), [directory, locale]);
  const shown = data ?? previousData;
  const all = shown?.targetAttainment ?? NO_ROWS;
  // Segment rows follow the segment filter; programs and staff are not segment-specific.
  const rows = useMemo(
    () => withOfficeNames(state.groupBy === 'SEGMENT' ? all.filter((r) => (state.segments as string[]).includes(r.key)) : all, state.groupBy, names),
    [all, state.groupBy, state.segments, names],
  );
  const [bodyRef, width, measured] = useElementWidth<HTMLDivElement>();
  const height = Math.max(chartHeight(width, { min: 240, max: 380, ratio: 0.55 }), Math.min(600, 110 + rows.length * 34));
  const model = useMemo(() => layoutTargetAttainment(rows, { width, height, locale, id: 'target-attainment' }), [rows, width, height, locale]);
  const table = useMemo(() => targetAttainmentTable(rows, locale), [rows, locale]);
  const [, setRanking] = useRankingView();
  // Branch or office rows of a national or regional view are the ranked offices' table's rows.
  const nation = !view.scope.branch && !view.scope.region;
  const rankingLevel = !view.scope.branch && (state.groupBy === 'BRANCH' || (state.groupBy === 'REGION' && nation)) ? state.groupBy : null;
  // Best first by attainment, unfiltered: the whole ranking the chart shows the ends of (an
  // office's table lists its branches whatever the level says).
  const openRanking = (level: 'BRANCH' | 'REGION') => {
    setRanking({ ...(nation ? { level } : {}), sort: { column: 'attainment', descending: true }, search: '', studyOnly: false });
    document.getElementById('scope-ranking')?.scrollIntoView({ block: 'start' });
  };
  // A bar of an office opens it, as its row in the ranked table does: the nation's regional
  // offices, or the branches of the nation or of an office (`(none)` gathers the branches
  // without an office, which is no office to open).
  const openBar =
    rankingLevel && onScope
      ? (key: string) => {
          if (key !== '(none)') onScope(rankingLevel === 'REGION' ? { kind: 'region', region: key } : { kind: 'branch', branch: key });
        }
      : undefined;
  const ranked = model.gap ? (
    <p className="panel-note" data-testid="targets-ranked-note">
      {m.targetsRankedNote(formatInteger(model.gap.each, locale), formatInteger(model.gap.total, locale))}{' '}
      {rankingLevel ? (
        <button type="button" className="link-button" onClick={() => openRanking(rankingLevel)}>
          {m.targetsRankingLink(rankingLevel)}
        </button>
      ) : null}
    </p>
  ) : null;
  useReportSources('targets', rows.map((r) => r.source));
  const waiting = !view.yearsKnown && state.year === null && state.to === null;
  const status = waiting ? 'loading' : statusOf(loading, error, !!shown, rows.length === 0);
  const asOfs = rows.flatMap((r) => [r.asOf, r.earliestAsOf]).filter((a): a is string => !!a).sort();
  const unit = rowsUnit(rows);
  const noData = rows.filter((r) => r.status === 'NO_DATA').length;
  const partial = rows.filter((r) => r.status === 'PARTIAL_DATA').length;
  const badges =
    rows.length === 0 ? null : (
      <>
        {asOfs.length ? (
          <span className="badge">
            {asOfs[0] === asOfs.at(-1) ? m.asOf(formatPeriod(asOfs[0], locale)) : m.targetsAsOfRange(formatPeriod(asOfs[0], locale), formatPeriod(asOfs.at(-1)!, locale))}
          </span>
        ) : null}
        {unit ? (
          <span className="badge" title={unit === 'ENROLMENTS' ? m.targetsEnrolmentsNote : undefined}>
            {m.targetsUnit(unitWord(unit, locale) ?? unit)}
          </span>
        ) : null}
        {noData ? <span className="badge">{m.targetsNoData(noData)}</span> : null}
        {partial ? (
          <span className="badge" title={m.targetsPartialNote}>
            {m.targetsPartial(partial)}
          </span>
        ) : null}
      </>
    );
  const years = [...new Set([...view.years, year])].sort((a, b) => a - b);

  const controls = (
    <>
      <label className="field">
        <span>{m.year}</span>
        <select value={year} onChange={(e) => view.update({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend>{m.groupBy}</legend>
        {GROUP_BYS.map((g) => (
          <label key={g}>
            <input type="radio" name="targets-group-by" value={g} checked={state.groupBy === g} onChange={() => view.update({ groupBy: g as GroupByCode })} />
            <span>{m.groupByNames[g]}</span>
          </label>
        ))}
      </fieldset>
    </>
  );

  return (
    <Panel
      id="panel-targets"
      title={`${m.targetsTitle} ${year}`}
      subtitle={m.targetsSubtitle}
      badges={badges}
      controls={controls}
      share={view.share?.('target-attainment', variables, { width, height })}
      status={status}
      refreshing={loading && !!shown}
      error={errorText(error, m)}
      onRetry={() => void refetch()}
      m={m}
      tableOpen={state.tables.includes('targets')}
      onToggleTable={() => toggleTable(view, 'targets')}
      bodyRef={bodyRef}
      measured={measured}
      chartHeight={height}
      chart={
        <ChartView label={model.frame.title} hint={openBar ? m.chartOpenOfficeHint : m.chartKeyboardHint} onSelect={openBar} contentKey={`${model.frame.desc}|${width}`}>
          <TargetAttainmentChart model={model} />
        </ChartView>
      }
      table={<DataTable table={table} caption={m.tableCaption(`${m.targetsTitle} ${year}`)} />}
      footer={
        ranked || unit === 'ENROLMENTS' ? (
          <>
            {ranked}
            {unit === 'ENROLMENTS' ? <p className="panel-note">{m.targetsEnrolmentsNote}</p> : null}
          </>
        ) : null
      }
    />
  );
}
