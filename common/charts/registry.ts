// The charts' drawings by name, so the server's SVG/PNG/CSV/embed routes and the dashboard can
// draw any of them without a switch of their own. Each entry: render (layout + component),
// table (text alternative / CSV), title (default accessible name per locale). What a chart
// shows (its question, URL options, caption's source) is the server's: the `chart` part of a
// question in server/domains/.
import { createElement, type ReactElement } from 'react';
import type { Locale } from '../i18n/format.ts';
import type { AttainmentRow, CampaignReachOptions, ChartOptions, ChartTable, Effectiveness, EffectivenessOptions, MembershipSeries, ReachRow } from './types.ts';
import { labels } from './labels.ts';
import { campaignReachTitle } from './campaign-reach-title.ts';
import { layoutMembershipTrend } from './membership-trend-layout.ts';
import { MembershipTrendChart } from './membership-trend-chart.tsx';
import { membershipTrendTable } from './membership-trend-table.ts';
import { layoutCampaignReach } from './campaign-reach-layout.ts';
import { CampaignReachChart } from './campaign-reach-chart.tsx';
import { campaignReachTable } from './campaign-reach-table.ts';
import { layoutTargetAttainment } from './target-attainment-layout.ts';
import { TargetAttainmentChart } from './target-attainment-chart.tsx';
import { targetAttainmentTable } from './target-attainment-table.ts';
import { layoutEffectiveness } from './effectiveness-layout.ts';
import { EffectivenessChart } from './effectiveness-chart.tsx';
import { effectivenessTable } from './effectiveness-table.ts';

/** How a chart is drawn: the picture, its text alternative and its default title. */
export interface ChartDrawing<Data, Options extends ChartOptions = ChartOptions> {
  render(data: Data, options?: Options): ReactElement;
  table(data: Data, locale: Locale): ChartTable;
  /** The chart's title; `args` are the question's (campaign-reach says its grouping), the chart's general title without them. */
  title(locale: Locale, args?: Readonly<Record<string, unknown>>): string;
}

export interface ChartDataMap {
  'membership-trend': readonly MembershipSeries[];
  'campaign-reach': readonly ReachRow[];
  'target-attainment': readonly AttainmentRow[];
  effectiveness: Effectiveness;
}

export interface ChartOptionsMap {
  'membership-trend': ChartOptions;
  'campaign-reach': CampaignReachOptions;
  'target-attainment': ChartOptions;
  effectiveness: EffectivenessOptions;
}

export type ChartName = keyof ChartDataMap;

export const CHARTS: { [K in ChartName]: ChartDrawing<ChartDataMap[K], ChartOptionsMap[K]> } = {
  'membership-trend': {
    render: (data, options) => createElement(MembershipTrendChart, { model: layoutMembershipTrend(data, options) }),
    table: membershipTrendTable,
    title: (locale) => labels(locale).membershipTitle,
  },
  'campaign-reach': {
    render: (data, options) => createElement(CampaignReachChart, { model: layoutCampaignReach(data, options) }),
    table: campaignReachTable,
    title: (locale, args) => campaignReachTitle(locale, args?.groupBy),
  },
  'target-attainment': {
    render: (data, options) => createElement(TargetAttainmentChart, { model: layoutTargetAttainment(data, options) }),
    table: targetAttainmentTable,
    title: (locale) => labels(locale).attainmentTitle,
  },
  effectiveness: {
    render: (data, options) => createElement(EffectivenessChart, { model: layoutEffectiveness(data, options) }),
    table: effectivenessTable,
    title: (locale) => labels(locale).effectivenessTitle,
  },
};

export const CHART_NAMES = Object.keys(CHARTS) as ChartName[];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHARTS, value);
}

/** Renders a chart by name; the cast is safe because CHARTS is keyed by the same map. */
export function renderChart<K extends ChartName>(name: K, data: ChartDataMap[K], options?: ChartOptionsMap[K]): ReactElement {
  const chart = CHARTS[name] as unknown as ChartDrawing<ChartDataMap[K], ChartOptionsMap[K]>;
  return chart.render(data, options);
}

/** The text alternative of a chart by name (dashboard table view, CSV). */
export function chartTable<K extends ChartName>(name: K, data: ChartDataMap[K], locale: Locale): ChartTable {
  const chart = CHARTS[name] as unknown as ChartDrawing<ChartDataMap[K], ChartOptionsMap[K]>;
  return chart.table(data, locale);
}
