// The membership chart, its table and the dashboard's cards after one branch imported a month
// before the others (issue 15, T2): that month is drawn apart from the line with its coverage,
// named in the table, and the cards' headline is the month before, naming the later one.
import { describe, expect, it } from 'vitest';
import { layoutMembershipTrend } from '../../../common/charts/membership-trend-layout.ts';
import { membershipTrendTable } from '../../../common/charts/membership-trend-table.ts';
import type { MembershipSeries } from '../../../common/charts/types.ts';
import { yearOnYear } from '../../../client/features/dashboard/membership-panel.tsx';
import { svgOf } from './render.ts';

/** The nation's PU, monthly 2024-10 to 2025-11: 147 branches to October 2025, MADIUN alone in November. */
function nation(): MembershipSeries[] {
  const periods = Array.from({ length: 14 }, (_, i) => `${i < 3 ? 2024 : 2025}-${String(i < 3 ? 10 + i : i - 2).padStart(2, '0')}`);
  return [
    {
      segment: 'PU',
      program: null,
      unit: 'PERSONS',
      points: periods.map((period, i) => {
        const last = i === periods.length - 1;
        return {
          period,
          activeParticipants: last ? 62_000 : 17_000_000 + i * 10_000,
          change: last || i === 0 ? null : 10_000,
          changePct: last || i === 0 ? null : 0.06,
          changeUnavailable: last ? 'REPORTING_BRANCHES_DIFFER' : i === 0 ? 'PREVIOUS_PERIOD_MISSING' : null,
          reportingBranches: last ? 1 : 147,
          asOf: period,
          source: 'SYNTHETIC',
        };
      }),
    },
  ] as MembershipSeries[];
}

describe('an incomplete latest month on the membership chart', () => {
  it('is drawn apart: off the line, in a dashed ring, its tooltip saying how many branches reported', () => {
    const model = layoutMembershipTrend(nation(), { width: 800, height: 400, locale: 'id' });
    const [pu] = model.series;
    expect(pu.points.map((p) => p.incomplete)).toEqual([...Array(13).fill(false), true]);
    // The line goes through the 13 complete points: a move and 12 segments, none to November.
    expect(pu.path.match(/[ML]/g)).toHaveLength(13);
    const november = pu.points.at(-1)!;
    expect(pu.path).not.toContain(`${november.x},${november.y}`);
    expect(november.tooltip).toContain('Belum lengkap: 1 dari 147 cabang melapor');
    expect(model.frame.legend.map((l) => l.label.text)).toContain('belum lengkap (sebagian cabang)');
    // The description names October as the latest figure and November apart.
    expect(model.frame.desc).toContain('17.120.000 (Oktober 2025)');
    expect(model.frame.desc).toContain('November 2025: 1 dari 147 cabang melapor');
    const en = layoutMembershipTrend(nation(), { locale: 'en' });
    expect(en.series[0].points.at(-1)!.tooltip).toContain('Incomplete: 1 of 147 branches reported');
    const svg = svgOf('membership-trend', nation(), { width: 800, height: 400, locale: 'en' });
    expect(svg.match(/data-incomplete="true"/g)).toHaveLength(1);
  });

  it('complete months are joined as before and draw no ring', () => {
    const complete = nation();
    complete[0].points = complete[0].points.slice(0, -1);
    const model = layoutMembershipTrend(complete, { locale: 'id' });
    expect(model.series[0].points.every((p) => !p.incomplete)).toBe(true);
    expect(model.series[0].path.match(/[ML]/g)).toHaveLength(13);
    expect(model.frame.legend.map((l) => l.label.text)).not.toContain('belum lengkap (sebagian cabang)');
  });

  it("the table's coverage column names the incomplete month, last so the others keep their places", () => {
    const table = membershipTrendTable(nation(), 'id');
    expect(table.columns.at(-1)).toEqual({ key: 'coverage', label: 'Kelengkapan', numeric: false });
    expect(table.rows.at(-1)!.at(-1)).toBe('Belum lengkap: 1 dari 147 cabang melapor');
    expect(table.rows[0].at(-1)).toBe('lengkap');
    expect(table.values.at(-1)!.at(-1)).toBe('INCOMPLETE');
    expect(membershipTrendTable(nation(), 'en').rows.at(-1)!.at(-1)).toBe('Incomplete: 1 of 147 branches reported');
  });

  it("the dashboard's card shows October with its change on the year before, and names November as incomplete", () => {
    const [card] = yearOnYear(nation() as unknown as Parameters<typeof yearOnYear>[0]);
    expect(card.period).toBe('2025-10');
    expect(card.value).toBe(17_120_000);
    expect(card.previousPeriod).toBe('2024-10');
    expect(card.change).toBe(120_000);
    expect(card.incomplete).toEqual([{ period: '2025-11', reporting: 1, of: 147 }]);
  });
});
