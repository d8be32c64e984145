// Panel 1: active participants over time (membershipTrend), by segment or by program, with the
// latest year-on-year change and the study's real figures told apart from synthetic ones.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import type { MembershipTrendPanel_SeriesFragment } from '../../../common/gql/graphql.ts';
import { layoutMembershipTrend } from '../../../common/charts/membership-trend-layout.ts';
import { MembershipTrendChart } from '../../../common/charts/membership-trend-chart.tsx';
import { membershipTrendTable } from '../../../common/charts/membership-trend-table.ts';
import { type IncompleteCoverage, incompleteOf } from '../../../common/charts/membership-trend-coverage.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../../../common/i18n/period-coverage.ts';
import { formatInteger, formatPercent, formatPeriod, formatSigned, type Locale } from '../../../common/i18n/format.ts';
import { PROGRAMS, type ProgramCode } from '../../../common/dashboard/url-state.ts';
import { ChartView } from './chart-view.tsx';
import { membershipVariables } from '../../../common/dashboard/first-view.ts';
import { DataTable } from './data-table.tsx';
import { Panel } from './panel.tsx';
import { useReportSources } from './sources.tsx';
import { chartHeight, useElementWidth } from './use-element-width.ts';
import { type DashboardView, errorText, statusOf, toggleTable } from './view.ts';

// One empty list for every render without data, so the memoised layout is not redone each time.
const NO_SERIES: readonly never[] = [];

export const MembershipTrendPanelSeries = graphql(`
  fragment MembershipTrendPanel_series on MembershipSeries {
    segment
    program
    unit
    points {
      period
      activeParticipants
      change
      changePct
      changeUnavailable
      newParticipants
      lapsedParticipants
      flowsIncomplete
      reportingBranches
      asOf
      source
      flowSource
    }
  }
`);

export const MembershipTrendPanelQuery = graphql(`
  query MembershipTrendPanel(
    $branch: ID
    $region: ID
    $segments: [Segment!]
    $programs: [Program!]
    $from: String
    $to: String
    $granularity: Granularity
  ) {
    membershipTrend(branch: $branch, region: $region, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {
      ...MembershipTrendPanel_series
    }
  }
`);

type Series = MembershipTrendPanel_SeriesFragment;

interface YoY {
  key: string;
  label: string;
  period: string;
  value: number;
  previousPeriod: string | null;
  change: number | null;
  changePct: number | null;
  /** Later periods left out of the headline: reported by fewer branches (common/coverage/period-coverage.ts). */
  incomplete: (IncompleteCoverage & { period: string })[];
}

/** The same period one year earlier: "2025" → "2024", "2025-Q3" → "2024-Q3", "2025-10" → "2024-10". */
export function previousYearPeriod(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

/**
 * Latest complete value of each series with its change against the same period a year earlier.
 * Latest complete: a later period reported by fewer branches is named apart, not shown as the
 * figure (one branch's early month is not the nation's). A year's change comes from the server
 * (it compares with the year before even outside the window); a quarter or month is compared
 * with its point a year earlier only when as many branches report.
 */
export function yearOnYear(series: readonly Series[]): YoY[] {
  return series.flatMap((s) => {
    const partial = incompleteOf(s.points);
    const complete = s.points.filter((p) => !partial.has(p.period));
    const last = complete[complete.length - 1];
    if (!last) return [];
    const prevPeriod = previousYearPeriod(last.period);
    const isYear = /^\d{4}$/.test(last.period);
    const found = s.points.find((p) => p.period === prevPeriod && p.reportingBranches === last.reportingBranches) ?? null;
    const prev = isYear ? (last.change === null ? null : { activeParticipants: last.activeParticipants - last.change }) : found;
    const change = isYear ? last.change : prev ? last.activeParticipants - prev.activeParticipants : null;
    const changePct = isYear ? last.changePct : prev && prev.activeParticipants !== 0 ? Math.round(((change ?? 0) / prev.activeParticipants) * 10000) / 100 : null;
    return [{
      key: s.program ? `${s.segment}:${s.program}` : s.segment,
      label: s.program ? `${s.segment} · ${s.program}` : s.segment,
      period: last.period,
      value: last.activeParticipants,
      previousPeriod: prev ? prevPeriod : null,
      change,
      changePct,
      incomplete: [...partial].map(([period, c]) => ({ period, ...c })),
    }];
  });
}

function YoYSummary({ items, locale, label, vs }: { items: YoY[]; locale: Locale; label: string; vs: (p: string) => string }) {
  if (!items.length) return null;
  const C = COVERAGE_TEXTS[locale];
  const hasIncomplete = items.some((item) => item.incomplete.length > 0);
  return (
    <>
      <ul className="kpis" aria-label={label}>
        {items.slice(0, 6).map((item) => (
          <li key={item.key} className="kpi">
            <span className="kpi-label">
              {item.label} · {formatPeriod(item.period, locale, true)}
            </span>
            <span className="kpi-value">{formatInteger(item.value, locale)}</span>
            {item.change !== null && item.previousPeriod ? (
              <span className={`kpi-change ${item.change > 0 ? 'up' : item.change < 0 ? 'down' : ''}`}>
                <span aria-hidden="true">{item.change > 0 ? '▲' : item.change < 0 ? '▼' : '■'}</span> {formatSigned(item.change, locale)} (
                {formatPercent(item.changePct, locale)}) {vs(formatPeriod(item.previousPeriod, locale, true))}
              </span>
            ) : null}
            {item.incomplete.length ? (
              <span className="kpi-incomplete" data-testid="kpi-incomplete">
                {C.incompleteLead}:{' '}
                {item.incomplete
                  .map((p) => C.incompletePeriod(formatPeriod(p.period, locale, true), formatInteger(p.reporting, locale), formatInteger(p.of, locale)))
                  .join('; ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {hasIncomplete ? <p className="panel-note" data-testid="coverage-rule">{C.rule}</p> : null}
    </>
  );
}

export function MembershipPanel({ view }: { view: DashboardView }) {
  const { state, m, locale } = view;
  const byProgram = state.programs.length > 0;
  const variables = membershipVariables(state, view.scope);
  const { data, previousData, loading, error, refetch } = useQuery(MembershipTrendPanelQuery, { variables });
  const shown = data ?? previousData;
  const series = shown?.membershipTrend ?? NO_SERIES;
  const [bodyRef, width, measured] = useElementWidth<HTMLDivElement>();
  const height = chartHeight(width, { min: 260, max: 380, ratio: 0.55 });
  const model = useMemo(() => layoutMembershipTrend(series, { width, height, locale, id: 'membership-trend' }), [series, width, height, locale]);
  const table = useMemo(() => membershipTrendTable(series, locale), [series, locale]);
  const sources = series.flatMap((s) => s.points.map((p) => p.source));
  useReportSources('membership', sources);
  const hasStudy = sources.includes('STUDY');
  const hasSynthetic = sources.includes('SYNTHETIC') || sources.includes('MIXED');
  const status = statusOf(loading, error, !!shown, series.every((s) => s.points.length === 0));
  const yoy = byProgram ? [] : yearOnYear(series);

  const setPrograms = (programs: ProgramCode[]) => view.update({ programs });
  const controls = (
    <>
      <label className="switch">
        <input type="checkbox" checked={byProgram} onChange={(e) => setPrograms(e.target.checked ? [...PROGRAMS] : [])} />
        <span>{m.byProgram}</span>
      </label>
      {byProgram ? (
        <fieldset className="chips" aria-label={m.programs}>
          <legend className="sr-only">{m.programs}</legend>
          {PROGRAMS.map((p) => (
            <label key={p} className="chip" title={m.programNames[p]}>
              <input
                type="checkbox"
                checked={state.programs.includes(p)}
                onChange={(e) => {
                  const next = e.target.checked ? PROGRAMS.filter((x) => x === p || state.programs.includes(x)) : state.programs.filter((x) => x !== p);
                  setPrograms(next.length ? next : []);
                }}
              />
              <span>{p}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {byProgram ? <p className="hint">{m.byProgramHint}</p> : null}
    </>
  );

  return (
    <Panel
      id="panel-membership"
      title={m.membershipTitle}
      subtitle={m.membershipSubtitle}
      badges={
        <>
          {hasStudy ? <span className="badge badge-study" title={m.studyBadgeLong}>● {m.studyBadge}</span> : null}
          {hasSynthetic ? <span className="badge badge-synthetic">○ {m.syntheticNotice}</span> : null}
        </>
      }
      controls={controls}
      share={view.share?.('membership-trend', variables, { width, height })}
      status={status}
      refreshing={loading && !!shown}
      error={errorText(error, m)}
      onRetry={() => void refetch()}
      m={m}
      tableOpen={state.tables.includes('membership')}
      onToggleTable={() => toggleTable(view, 'membership')}
      bodyRef={bodyRef}
      measured={measured}
      chartHeight={height}
      summary={<YoYSummary items={yoy} locale={locale} label={m.yoyLabel} vs={m.yoy} />}
      chart={
        <ChartView label={model.frame.title} hint={m.chartKeyboardHint} contentKey={`${model.frame.desc}|${width}`}>
          <MembershipTrendChart model={model} />
        </ChartView>
      }
      footer={hasStudy && hasSynthetic ? <p className="panel-note">{m.studyBadgeLong}</p> : null}
      table={<DataTable table={table} caption={m.tableCaption(m.membershipTitle)} />}
    />
  );
}
