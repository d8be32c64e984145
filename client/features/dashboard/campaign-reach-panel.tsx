// Panel 2: campaign reach by channel (campaignReach groupBy CHANNEL), socialisation channels
// then promotion channels, with a measure switch. Every row is one channel of one activity type
// (YouTube appears once as socialisation, once as promotion). Clicking a bar (or choosing a
// channel) focuses that one row: the focus key is channel and type (`PROMOTION:YOUTUBE`,
// reach-focus.ts), the chart highlights its bar alone and the table shows only its row; a bare
// `channel=YOUTUBE` from an older link still focuses both YouTube rows. The share menu's chart,
// embed and CSV links carry the focus as `highlight`. Cost per
// registration and conversion carry 95 % intervals, so the ranking shows which differences the
// data support. Reach and conversion draw socialisation (attendees) and promotion (impressions)
// on two scales, each titled with its unit. Grouped by ISO week instead (`reachBy=WEEK`), the
// rows are the weeks in their order ("Mg 14 2024"), a time series with no channel to focus; a
// year of weeks makes the chart taller, and beyond what fits it labels every few weeks
// (campaign-reach-layout.ts).
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import { layoutCampaignReach } from '../../../common/charts/campaign-reach-layout.ts';
import { CampaignReachChart } from '../../../common/charts/campaign-reach-chart.tsx';
import { campaignReachTable } from '../../../common/charts/campaign-reach-table.ts';
import { measureLabel } from '../../../common/charts/reach-measures.ts';
import { reachBlocks } from '../../../common/charts/reach-units.ts';
import { reachKeyLabel } from '../../../common/charts/reach-keys.ts';
import { matchesReachFocus, parseReachFocus, reachFocusKey } from '../../../common/charts/reach-focus.ts';
import { ACTIVITY_LABELS, labels } from '../../../common/charts/labels.ts';
import { MEASURES, type MeasureCode, REACH_GROUPINGS, type ReachGroupingCode } from '../../../common/dashboard/url-state.ts';
import { ChartView } from './chart-view.tsx';
import { campaignReachVariables } from '../../../common/dashboard/first-view.ts';
import { DataTable } from './data-table.tsx';
import { Panel } from './panel.tsx';
import { useReportSources } from './sources.tsx';
import { chartHeight, useElementWidth } from './use-element-width.ts';
import { type DashboardView, errorText, statusOf, toggleTable } from './view.ts';

export const CampaignReachPanelRow = graphql(`
  fragment CampaignReachPanel_row on ReachRow {
    key
    activity
    reachUnit
    activities
    reach
    attendees
    impressions
    leads
    registrations
    costIdr
    conversionRate
    conversionLow
    conversionHigh
    costPerRegistration
    costPerRegistrationLow
    costPerRegistrationHigh
    registrationsPerActivity
    source
  }
`);

export const CampaignReachPanelQuery = graphql(`
  query CampaignReachPanel($branch: ID, $region: ID, $from: String, $to: String, $groupBy: ReachGroupBy) {
    campaignReach(branch: $branch, region: $region, from: $from, to: $to, groupBy: $groupBy) {
      ...CampaignReachPanel_row
    }
  }
`);

export function CampaignReachPanel({ view }: { view: DashboardView }) {
  const { state, m, locale } = view;
  const variables = campaignReachVariables(state, view.scope);
  const { data, previousData, loading, error, refetch } = useQuery(CampaignReachPanelQuery, { variables });
  const shown = data ?? previousData;
  const byWeek = state.reachBy === 'WEEK';
  const rows = useMemo(() => {
    const all = shown?.campaignReach ?? [];
    // Weeks in their order (an answer of the other grouping, still shown while the new one loads, too).
    if (byWeek) return [...all].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Channel rows always carry their type; the middle group only catches an answer without one.
    return [...all.filter((r) => r.activity === 'SOCIALISATION'), ...all.filter((r) => !r.activity), ...all.filter((r) => r.activity === 'PROMOTION')];
  }, [shown, byWeek]);
  // The focus counts only when it names rows of this answer (a branch without that channel, or weeks: none).
  const focus = !byWeek && state.channel && rows.some((r) => matchesReachFocus(r, state.channel)) ? state.channel : null;
  const focusedRows = useMemo(() => (focus ? rows.filter((r) => matchesReachFocus(r, focus)) : rows), [rows, focus]);
  // A bare key of an older link that matches rows of both types gets an option of its own.
  const bareBoth = focus !== null && parseReachFocus(focus)?.activity === null && focusedRows.length > 1;
  // The select shows the focused row's own option (a bare key naming one row: that row's).
  const selectValue = !focus ? '' : bareBoth ? focus : focusedRows.length === 1 ? reachFocusKey(focusedRows[0]) : focus;
  const focusLabel = (key: string | null): string => {
    const f = parseReachFocus(key);
    if (!f) return '';
    const name = reachKeyLabel(f.key, locale);
    const types = [...new Set(rows.filter((r) => matchesReachFocus(r, f)).map((r) => r.activity).filter((a): a is 'SOCIALISATION' | 'PROMOTION' => !!a))];
    const twice = new Set(rows.filter((r) => r.key === f.key).map((r) => r.activity ?? '')).size > 1;
    return twice && types.length ? `${name} (${types.map((a) => ACTIVITY_LABELS[locale][a]).join(' + ')})` : name;
  };
  const [bodyRef, width, measured] = useElementWidth<HTMLDivElement>();
  // One bar per channel: give each about 22px so labels never collide; reach and conversion of
  // both types take two scales (attendees, impressions), each with its title and axis. Weeks
  // (a year: 53 rows, twice for reach) get 14px a bar, up to a tall panel.
  const blocks = reachBlocks(rows, state.measure, locale);
  const scales = blocks.length;
  const bars = blocks.reduce((n, b) => n + b.entries.length, 0);
  const fitted = byWeek ? Math.min(1200, 110 + (scales - 1) * 50 + bars * 14) : Math.min(640 + (scales - 1) * 50, 90 + (scales - 1) * 50 + rows.length * 22);
  const height = Math.max(chartHeight(width, { min: 260, max: 420, ratio: 0.6 }), fitted);
  const model = useMemo(
    () => layoutCampaignReach(rows, { width, height, locale, measure: state.measure, highlight: focus, sort: 'input', id: 'campaign-reach' }),
    [rows, width, height, locale, state.measure, focus],
  );
  const table = useMemo(() => campaignReachTable(focusedRows, locale), [focusedRows, locale]);
  useReportSources('reach', rows.map((r) => r.source));
  const status = statusOf(loading, error, !!shown, rows.length === 0);
  // A click on the focused bar clears the focus; on any other bar it focuses that bar alone.
  const select = (key: string) => view.update({ channel: focus !== null && selectValue === key ? null : key });
  const title = byWeek ? m.campaignReachByWeekTitle : m.campaignReachTitle;

  const controls = (
    <>
      <label className="field">
        <span>{m.measure}</span>
        <select value={state.measure} onChange={(e) => view.update({ measure: e.target.value as MeasureCode })}>
          {MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {measureLabel(measure, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{m.reachGroupBy}</span>
        <select value={state.reachBy} onChange={(e) => view.update({ reachBy: e.target.value as ReachGroupingCode })} data-testid="reach-group-by">
          {REACH_GROUPINGS.map((grouping) => (
            <option key={grouping} value={grouping}>
              {m.reachGroupings[grouping]}
            </option>
          ))}
        </select>
      </label>
      {byWeek ? null : (
        <label className="field">
          <span>{m.focusChannel}</span>
          <select value={selectValue} onChange={(e) => view.update({ channel: e.target.value || null })}>
            <option value="">{m.allChannels}</option>
            {bareBoth && focus ? <option value={focus}>{focusLabel(focus)}</option> : null}
            {(['SOCIALISATION', null, 'PROMOTION'] as const)
              .filter((activity) => rows.some((r) => (r.activity ?? null) === activity))
              .map((activity) => (
                <optgroup key={activity ?? 'mixed'} label={activity ? ACTIVITY_LABELS[locale][activity] : labels(locale).mixed}>
                  {rows
                    .filter((r) => (r.activity ?? null) === activity)
                    .map((r) => (
                      <option key={reachFocusKey(r)} value={reachFocusKey(r)}>
                        {reachKeyLabel(r.key, locale)}
                      </option>
                    ))}
                </optgroup>
              ))}
          </select>
        </label>
      )}
      {focus ? (
        <button type="button" className="chip chip-focus" onClick={() => view.update({ channel: null })} aria-label={`${m.clearFocus}: ${focusLabel(focus)}`}>
          {m.focused(focusLabel(focus))} <span aria-hidden="true">✕</span>
        </button>
      ) : null}
    </>
  );

  return (
    <Panel
      id="panel-reach"
      title={title}
      subtitle={byWeek ? m.reachWeekSubtitle : m.reachSubtitle}
      controls={controls}
      share={view.share?.('campaign-reach', { ...variables, measure: state.measure, highlight: focus }, { width, height })}
      status={status}
      refreshing={loading && !!shown}
      error={errorText(error, m)}
      onRetry={() => void refetch()}
      m={m}
      tableOpen={state.tables.includes('reach')}
      onToggleTable={() => toggleTable(view, 'reach')}
      bodyRef={bodyRef}
      measured={measured}
      chartHeight={height}
      chart={
        <ChartView label={model.frame.title} hint={m.chartKeyboardHint} onSelect={byWeek ? undefined : select} contentKey={`${model.frame.desc}|${width}|${focus}`}>
          <CampaignReachChart model={model} />
        </ChartView>
      }
      table={<DataTable table={table} caption={m.tableCaption(focus ? `${title} · ${focusLabel(focus)}` : title)} />}
    />
  );
}
