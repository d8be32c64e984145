// What a campaign-reach bar counts, and which bars may share a scale (tryout F14: a reach chart
// by channel put socialisation attendees and promotion impressions on one axis). Reach, and
// conversion (registrations over reach), count attendees for socialisation and impressions for
// promotion: rows of the two units are drawn in two blocks, each on a scale of its own and
// titled with its unit (the attendees and impressions figures of common/vocabulary/measures.ts).
// A mixed group (a month, a staff member: both types) shows in both blocks of reach, its
// attendees under socialisation and its impressions under promotion; it has no conversion (its
// row stays, without a bar, in the last block). Rows of periods (months, ISO weeks) are a time
// series: their order is kept in each block, and reach puts every period in both blocks (a week
// of socialisation only has no impressions: 0), so the two blocks read along the same weeks. Every
// other measure (registrations, cost, cost per registration) counts the same thing for both
// types: one block, one scale.
import type { Locale } from '../i18n/format.ts';
import type { ReachMeasure, ReachRow } from './types.ts';
import { labels } from './labels.ts';
import { reachKeyKind } from './reach-keys.ts';
import { measureInterval, measureLabel, measureValue } from './reach-measures.ts';
import { finite } from './text.ts';

export type ReachScaleUnit = 'ATTENDEES' | 'IMPRESSIONS';

/** One bar of a block: the row (its index in the input), and what the bar shows. */
export interface ReachEntry {
  row: ReachRow;
  index: number;
  value: number | null;
  interval: { low: number; high: number | null } | null;
}

/** Bars that share one scale. */
export interface ReachBlock {
  /** What the block's reach counts; null for a measure both types count alike. */
  unit: ReachScaleUnit | null;
  /** The block's measure, with its unit: "Peserta hadir (sosialisasi)". */
  title: string;
  entries: ReachEntry[];
}

/** The unit a row's reach counts, or MIXED for a group of both types (or one that does not say). */
function unitOf(row: ReachRow): ReachScaleUnit | 'MIXED' {
  if (row.reachUnit === 'ATTENDEES' || row.reachUnit === 'IMPRESSIONS') return row.reachUnit;
  if (row.reachUnit !== 'MIXED' && row.activity === 'SOCIALISATION') return 'ATTENDEES';
  if (row.reachUnit !== 'MIXED' && row.activity === 'PROMOTION') return 'IMPRESSIONS';
  return 'MIXED';
}

/** Whether the measure counts in the reach's unit (reach itself, or per reach). */
export const countsInReachUnits = (measure: ReachMeasure): boolean => measure === 'reach' || measure === 'conversionRate';

/** A mixed group's part of one unit: its attendees or its impressions (reach only). */
function mixedPart(row: ReachRow, unit: ReachScaleUnit): number | null {
  const value = finite(unit === 'ATTENDEES' ? row.attendees : row.impressions);
  return value === null ? null : Math.max(0, value);
}

/**
 * The rows in blocks that share a scale, in their input order within each block: two blocks
 * (attendees, then impressions) when the measure counts in reach units and the rows hold both,
 * else one.
 */
export function reachBlocks(rows: readonly ReachRow[], measure: ReachMeasure, locale: Locale): ReachBlock[] {
  const L = labels(locale);
  const entry = (row: ReachRow, index: number): ReachEntry => ({ row, index, value: measureValue(row, measure), interval: measureInterval(row, measure) });
  const single = (): ReachBlock[] => [{ unit: null, title: measureLabel(measure, locale), entries: rows.map(entry) }];
  if (!countsInReachUnits(measure)) return single();
  const units = rows.map(unitOf);
  const mixed = units.includes('MIXED');
  const both = (units.includes('ATTENDEES') && units.includes('IMPRESSIONS')) || (mixed && measure === 'reach');
  if (!both) return single();
  const titles: Record<ReachScaleUnit, string> =
    measure === 'reach' ? { ATTENDEES: L.attendees, IMPRESSIONS: L.impressions } : { ATTENDEES: L.conversionPerAttendee, IMPRESSIONS: L.conversionPerImpression };
  const kind = reachKeyKind(rows.map((r) => r.key));
  const timeSeries = kind === 'period' || kind === 'week';
  // Mixed groups after the rows of the block's own type (stable otherwise); periods in their order.
  const ownFirst = (entries: ReachEntry[]) =>
    timeSeries ? entries : [...entries.filter((e) => units[e.index] !== 'MIXED'), ...entries.filter((e) => units[e.index] === 'MIXED')];
  return (['ATTENDEES', 'IMPRESSIONS'] as const)
    .map((unit) => ({
      unit,
      title: titles[unit],
      entries: ownFirst(rows.flatMap((row, index): ReachEntry[] => {
        if (units[index] === unit) return [entry(row, index)];
        // A period of the other type only, in a time series of reach: none of this unit that period.
        if (units[index] !== 'MIXED' && timeSeries && measure === 'reach') return [{ row, index, value: mixedPart(row, unit) ?? 0, interval: null }];
        if (units[index] !== 'MIXED') return [];
        // A mixed group's attendees and impressions, apart; it has no conversion to draw, and
        // is listed once, without a bar, so that no row goes missing.
        if (measure === 'reach') return [{ row, index, value: mixedPart(row, unit), interval: null }];
        return unit === 'IMPRESSIONS' ? [{ row, index, value: null, interval: null }] : [];
      })),
    }))
    .filter((block) => block.entries.length > 0);
}
