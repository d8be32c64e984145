// Panel 4: socialisation versus promotion (effectiveness): each side's conversion on a scale of
// its own with its unit (per attendee, per impression) and its 95% interval (the activity as
// cluster), cost per registration and registrations per activity side by side, the
// verdict in plain words with its reason (too few activities with the counts, a free side, a
// side without registrations, or that the data cannot tell the two apart), and the method.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import { layoutEffectiveness } from '../../../common/charts/effectiveness-layout.ts';
import { EffectivenessChart } from '../../../common/charts/effectiveness-chart.tsx';
import { effectivenessTable } from '../../../common/charts/effectiveness-table.ts';
import { effectivenessMethodText, effectivenessReachNote, effectivenessVerdictText } from '../../../common/charts/effectiveness-verdict.ts';
import { ChartView } from './chart-view.tsx';
import { effectivenessVariables } from '../../../common/dashboard/first-view.ts';
import { DataTable } from './data-table.tsx';
import { Panel } from './panel.tsx';
import { chartHeight, useElementWidth } from './use-element-width.ts';
import { type DashboardView, errorText, statusOf, toggleTable } from './view.ts';

export const EffectivenessPanelFragment = graphql(`
  fragment EffectivenessPanel_effectiveness on Effectiveness {
    socialisation {
      ...EffectivenessPanel_stats
    }
    promotion {
      ...EffectivenessPanel_stats
    }
    verdict {
      cheaperPerRegistration
      moreRegistrationsPerActivity
      costRatio
      costRatioLow
      costRatioHigh
      minimumActivities
      costPerRegistration {
        ...EffectivenessPanel_comparison
      }
      registrationsPerActivity {
        ...EffectivenessPanel_comparison
      }
    }
  }
  fragment EffectivenessPanel_comparison on EffectivenessComparison {
    outcome
    reason
    ratio
    low
    high
    socialisationActivities
    promotionActivities
  }
  fragment EffectivenessPanel_stats on EffectivenessStats {
    activities
    reach
    registrations
    costIdr
    conversionRate
    conversionLow
    conversionHigh
    costPerRegistration
    registrationsPerActivity
  }
`);

export const EffectivenessPanelQuery = graphql(`
  query EffectivenessPanel($branch: ID, $region: ID, $from: String, $to: String) {
    effectiveness(branch: $branch, region: $region, from: $from, to: $to) {
      ...EffectivenessPanel_effectiveness
    }
  }
`);

export function EffectivenessPanel({ view }: { view: DashboardView }) {
  const { state, m, locale } = view;
  const variables = effectivenessVariables(state, view.scope);
  const { data, previousData, loading, error, refetch } = useQuery(EffectivenessPanelQuery, { variables });
  const shown = data ?? previousData;
  const eff = shown?.effectiveness ?? null;
  const [bodyRef, width, measured] = useElementWidth<HTMLDivElement>();
  // The verdict and the reach note are HTML here (above and below the chart, wrapped by the
  // browser), so the chart is asked for the panels only, at the height the panels need: on a
  // phone 300 px at least, which holds them in two rows of two (the two conversions, each on its
  // own scale, then cost per registration and registrations per activity).
  const height = width < 600 ? Math.max(300, chartHeight(width, { min: 220, max: 300, ratio: 0.75 })) : chartHeight(width, { min: 220, max: 300, ratio: 0.4 });
  const model = useMemo(
    () => layoutEffectiveness(eff, { width, height, locale, id: 'effectiveness', showVerdict: false, showNotes: false }),
    [eff, width, height, locale],
  );
  const table = useMemo(() => effectivenessTable(eff, locale), [eff, locale]);
  const isEmpty = !eff || (eff.socialisation.activities === 0 && eff.promotion.activities === 0);
  const status = statusOf(loading, error, !!shown, isEmpty);
  const verdict = eff ? effectivenessVerdictText(eff, locale) : '';

  return (
    <Panel
      id="panel-effectiveness"
      title={m.effectivenessTitle}
      subtitle={m.effectivenessSubtitle}
      share={view.share?.('effectiveness', variables, { width, height })}
      status={status}
      refreshing={loading && !!shown}
      error={errorText(error, m)}
      onRetry={() => void refetch()}
      m={m}
      tableOpen={state.tables.includes('effectiveness')}
      onToggleTable={() => toggleTable(view, 'effectiveness')}
      bodyRef={bodyRef}
      measured={measured}
      chartHeight={height}
      summary={
        verdict ? (
          <div className="verdict" role="note" aria-label={m.verdict}>
            <strong>{m.verdict}:</strong> {verdict}
          </div>
        ) : null
      }
      chart={
        <ChartView label={model.frame.title} hint={m.chartKeyboardHint} contentKey={`${model.frame.desc}|${width}`}>
          <EffectivenessChart model={model} />
        </ChartView>
      }
      footer={
        <>
          <p className="panel-note">{effectivenessReachNote(locale)}</p>
          <details className="panel-note method">
            <summary>{m.effectivenessMethod}</summary>
            <p>{effectivenessMethodText(eff, locale)}</p>
          </details>
        </>
      }
      table={<DataTable table={table} caption={m.tableCaption(m.effectivenessTitle)} />}
    />
  );
}
