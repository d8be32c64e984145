import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CHART_NAMES, CHARTS, chartTable, isChartName, renderChart } from '../../../common/charts/registry.ts';
import type * as G from '../../../server/graphql/generated/resolvers-types.ts';
import type { AttainmentRow, Effectiveness, MembershipSeries, ReachRow } from '../../../common/charts/types.ts';
import { attainmentPrograms, effectivenessDecided, membershipStudy, reachChannels } from './fixtures.ts';
import { expectWellFormed } from './render.ts';

describe('chart registry', () => {
  it('names the four charts of the contract', () => {
    expect(CHART_NAMES).toEqual(['membership-trend', 'campaign-reach', 'target-attainment', 'effectiveness']);
    expect(isChartName('effectiveness')).toBe(true);
    expect(isChartName('toString')).toBe(false);
    expect(isChartName('pie')).toBe(false);
  });

  it('renders, tabulates and titles every chart in both locales', () => {
    const data = {
      'membership-trend': membershipStudy,
      'campaign-reach': reachChannels,
      'target-attainment': attainmentPrograms,
      effectiveness: effectivenessDecided,
    } as const;
    for (const name of CHART_NAMES) {
      for (const locale of ['id', 'en'] as const) {
        const svg = renderToStaticMarkup(renderChart(name, data[name] as never, { locale, width: 480, height: 320 }));
        expectWellFormed(svg);
        expect(svg).toContain(`data-chart="${name}"`);
        expect(svg).toContain(`<title id=`);
        expect(svg).toContain(`>${CHARTS[name].title(locale)}</title>`);
        const table = chartTable(name, data[name] as never, locale);
        expect(table.rows.length).toBeGreaterThan(0);
        expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
        expect(table.values.every((r) => r.length === table.columns.length)).toBe(true);
      }
    }
  });

  it('uses the caller title as accessible name and the given id prefix', () => {
    const svg = renderToStaticMarkup(CHARTS['membership-trend'].render(membershipStudy, { title: 'Madiun', id: 'trend-1' }));
    expect(svg).toContain('<title id="trend-1-title">Madiun</title>');
    expect(svg).toContain('aria-labelledby="trend-1-title"');
    expect(svg).toContain('aria-describedby="trend-1-desc"');
  });

  it('gives different charts different default ids', () => {
    const a = renderToStaticMarkup(renderChart('membership-trend', membershipStudy, { locale: 'id' }));
    const b = renderToStaticMarkup(renderChart('membership-trend', membershipStudy.slice(0, 1), { locale: 'id' }));
    const idOf = (svg: string) => /<title id="([^"]+)"/.exec(svg)![1];
    expect(idOf(a)).not.toBe(idOf(b));
    expect(idOf(a)).toBe(idOf(renderToStaticMarkup(renderChart('membership-trend', membershipStudy, { locale: 'id' }))));
  });

  it('falls back to sane sizes and locale for bad options', () => {
    const svg = renderToStaticMarkup(renderChart('campaign-reach', reachChannels, { width: Number.NaN, height: -5, locale: 'fr' as never, measure: 'nope' as never }));
    expectWellFormed(svg);
    expect(svg).toContain('width="640" height="400"');
    expect(svg).toContain('lang="id"');
  });

  it('accepts the GraphQL result types as they are', () => {
    expectTypeOf<G.MembershipSeries[]>().toExtend<readonly MembershipSeries[]>();
    expectTypeOf<G.ReachRow[]>().toExtend<readonly ReachRow[]>();
    expectTypeOf<G.AttainmentRow[]>().toExtend<readonly AttainmentRow[]>();
    expectTypeOf<G.Effectiveness>().toExtend<Effectiveness>();
  });
});
