// Text alternative of membership-trend: one row per series and period.
import { formatInteger, formatPercent, formatPeriod, formatSigned, type Locale } from '../i18n/format.ts';
import type { ChartTable, MembershipSeries } from './types.ts';
import { labels, SOURCE_LABELS } from './labels.ts';
import { finite } from './text.ts';

export function membershipTrendTable(data: readonly MembershipSeries[] | null | undefined, locale: Locale): ChartTable {
  const L = labels(locale);
  const columns = [
    { key: 'segment', label: L.segment, numeric: false },
    { key: 'program', label: L.program, numeric: false },
    { key: 'period', label: L.period, numeric: false },
    { key: 'active_participants', label: L.activeParticipants, numeric: true },
    { key: 'change', label: L.change, numeric: true },
    { key: 'change_pct', label: L.changePct, numeric: true },
    { key: 'new_participants', label: L.newParticipants, numeric: true },
    { key: 'lapsed_participants', label: L.lapsedParticipants, numeric: true },
    { key: 'source', label: L.source, numeric: false },
  ];
  const rows: string[][] = [];
  const values: (string | number | null)[][] = [];
  const int = (v: number | null) => (v === null ? '–' : formatInteger(v, locale));
  for (const s of data ?? []) {
    for (const p of s.points) {
      const active = finite(p.activeParticipants);
      const change = finite(p.change);
      const pct = finite(p.changePct);
      const added = finite(p.newParticipants);
      const lapsed = finite(p.lapsedParticipants);
      rows.push([
        s.segment,
        s.program ?? '–',
        formatPeriod(p.period, locale),
        int(active),
        formatSigned(change, locale),
        formatPercent(pct, locale),
        int(added),
        int(lapsed),
        p.source ? (SOURCE_LABELS[locale][p.source] ?? p.source) : '–',
      ]);
      values.push([s.segment, s.program ?? null, p.period, active, change, pct, added, lapsed, p.source ?? null]);
    }
  }
  return { columns, rows, values };
}
