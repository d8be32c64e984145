// Text alternative of membership-trend: one row per series and period.
import { formatInteger, formatPercent, formatPeriod, formatSigned, type Locale } from '../i18n/format.ts';
import type { ChartTable, MembershipSeries } from './types.ts';
import { labels, noChangeReason, seriesUnit, SOURCE_LABELS } from './labels.ts';
import { finite } from './text.ts';
import { incompleteOf } from './membership-trend-coverage.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../i18n/period-coverage.ts';

export function membershipTrendTable(data: readonly MembershipSeries[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const columns = [
    { key: 'segment', label: L.segment, numeric: false },
    { key: 'program', label: L.program, numeric: false },
    { key: 'unit', label: L.unit, numeric: false },
    { key: 'period', label: L.period, numeric: false },
    { key: 'active_participants', label: L.activeParticipants, numeric: true },
    { key: 'change', label: L.change, numeric: true },
    { key: 'change_pct', label: L.changePct, numeric: true },
    { key: 'no_change_reason', label: L.noChangeColumn, numeric: false },
    { key: 'new_participants', label: L.newParticipants, numeric: true },
    { key: 'lapsed_participants', label: L.lapsedParticipants, numeric: true },
    { key: 'reporting_branches', label: L.reportingBranches, numeric: true },
    { key: 'source', label: L.source, numeric: false },
    { key: 'flow_source', label: L.flowSource, numeric: false },
    // Last, so that the columns before keep their places in the CSV.
    { key: 'coverage', label: COVERAGE_TEXTS[locale].coverageColumn, numeric: false },
  ];
  const C = COVERAGE_TEXTS[locale];
  const sourceName = (s: string | null | undefined) => (s ? (SOURCE_LABELS[locale][s] ?? s) : '–');
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  for (const s of data ?? []) {
    const unit = seriesUnit(s);
    const unitLabel = unit === 'PERSONS' ? L.unitPersons : L.unitEnrolments;
    const incomplete = incompleteOf([...s.points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)));
    // Without branch counts the rule cannot judge a point: its cell says nothing rather than "complete".
    const judged = s.points.every((p) => typeof p.reportingBranches === 'number');
    for (const p of s.points) {
      const active = finite(p.activeParticipants);
      const change = finite(p.change);
      const pct = finite(p.changePct);
      const added = finite(p.newParticipants);
      const lapsed = finite(p.lapsedParticipants);
      const branches = finite(p.reportingBranches);
      const reason = change === null ? (p.changeUnavailable ?? null) : null;
      const partial = incomplete.get(p.period);
      rows.push([
        s.segment,
        s.program ?? '–',
        unitLabel,
        formatPeriod(p.period, locale),
        int(active),
        formatSigned(change, locale),
        formatPercent(pct, locale),
        [noChangeReason(reason, locale), p.flowsIncomplete ? L.flowsIncomplete : null].filter(Boolean).join('; '),
        int(added),
        int(lapsed),
        int(branches),
        sourceName(p.source),
        sourceName(p.flowSource),
        partial ? C.incompletePoint(formatInteger(partial.reporting, locale), formatInteger(partial.of, locale)) : judged ? C.complete : '–',
      ]);
      values.push([s.segment, s.program ?? null, unit, p.period, active, change, pct, reason, added, lapsed, branches, p.source ?? null, p.flowSource ?? null, partial ? 'INCOMPLETE' : judged ? 'COMPLETE' : null]);
    }
  }
  return { columns, rows, values };
}
