// The targets chart at the national scope by branch (tryout F8: ~147 bars, 3 px apart, could
// not be read): with more rows than fit readably it draws the branches furthest ahead and
// furthest behind, ranked, around one line saying how many lie between (their range, the ones
// with no data yet, and that the table has the full ranking); its table and CSV keep every row.
// With room for every row (a branch's programs) nothing changes.
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { attainmentPrograms } from './fixtures.ts';
import { layoutTargetAttainment } from '../../../common/charts/target-attainment-layout.ts';
import { targetAttainmentTable } from '../../../common/charts/target-attainment-table.ts';
import { attainmentOf, selectAttainmentRows } from '../../../common/charts/attainment-ranking.ts';
import type { AttainmentRow } from '../../../common/charts/types.ts';

/** 147 branches as the national answer by BRANCH gives them (in code order): spread attainments, three with no data yet. */
function nationalBranches(): AttainmentRow[] {
  return Array.from({ length: 147 }, (_, i) => {
    const code = `KC${String(i + 1).padStart(3, '0')}`;
    const noData = i % 50 === 7;
    // A deterministic spread from about 40 % to 130 %, not in code order.
    const pct = noData ? 0 : Math.round((40 + ((i * 37) % 147) * 0.62) * 100) / 100;
    const target = 20000 + ((i * 7919) % 40000) * 1000;
    return {
      key: code,
      label: `Kantor Cabang ${code}`,
      metric: 'ACTIVE_PARTICIPANTS',
      unit: 'ENROLMENTS',
      status: noData ? 'NO_DATA' : 'IN_PROGRESS',
      target,
      targetWithData: noData ? 0 : target,
      realised: noData ? 0 : Math.round((target * pct) / 100),
      attainmentPct: pct,
      gap: null,
      asOf: noData ? null : '2025-10',
      source: 'SYNTHETIC',
    };
  });
}

const branches = nationalBranches();
const ranked = branches.filter((r) => attainmentOf(r) !== null).sort((a, b) => b.attainmentPct - a.attainmentPct || (a.key < b.key ? -1 : 1));

// The dashboard's panel (its height grows to 600 px for many rows) and the report's section.
const SIZES = [
  { width: 900, height: 600 },
  { width: 680, height: 520 },
  { width: 360, height: 600 },
];

describe('the target-attainment chart of every branch of the nation', () => {
  it.each(SIZES)('draws readable rows at $width×$height: no closer than 1.5 font sizes, labels no smaller than 10 px', (size) => {
    const model = layoutTargetAttainment(branches, { ...size, locale: 'id' });
    expect(model.bars.length).toBeGreaterThanOrEqual(10);
    expect(model.bars.length).toBeLessThan(branches.length);
    const ys = model.bars.map((b) => b.track.y);
    const steps = ys.slice(1).map((y, i) => y - ys[i]);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(model.frame.fontSize * 1.5 - 0.01);
    for (const b of model.bars) expect(b.label.fontSize).toBeGreaterThanOrEqual(10);
    // Everything stays inside the chart.
    expect(Math.max(...model.bars.map((b) => b.track.y + b.track.height))).toBeLessThanOrEqual(model.xAxis!.offset);
  });

  it('draws the furthest ahead and the furthest behind, ranked, with the rest in one line', () => {
    const model = layoutTargetAttainment(branches, { width: 900, height: 600, locale: 'id' });
    const half = model.bars.length / 2;
    expect(Number.isInteger(half)).toBe(true);
    const keys = model.bars.map((b) => b.key);
    expect(keys).toEqual([...ranked.slice(0, half), ...ranked.slice(ranked.length - half)].map((r) => r.key));
    // Each name carries its rank among the 144 branches with data.
    expect(model.bars[0].label.text).toBe(`1. ${ranked[0].label}`);
    expect(model.bars.at(-1)!.label.full ?? model.bars.at(-1)!.label.text).toBe(`144. ${ranked[143].label}`);
    // The line between the two ends: how many, their range, the ones without data, where the ranking is.
    const between = ranked.slice(half, ranked.length - half).map((r) => r.attainmentPct);
    const low = Math.min(...between).toFixed(2).replace('.', ',');
    const high = Math.max(...between).toFixed(2).replace('.', ',');
    expect(model.gap!.tooltip).toBe(`… ${144 - 2 * half} lainnya di antaranya, capaian ${low}%–${high}%; 3 belum ada data · peringkat lengkap di tabel`);
    // It sits between the last leader and the first laggard.
    expect(model.gap!.text.y).toBeGreaterThan(model.bars[half - 1].track.y);
    expect(model.gap!.text.y).toBeLessThan(model.bars[half].track.y);
    expect(model.axisTitle!.full ?? model.axisTitle!.text).toBe(`Capaian (% dari target) · kepesertaan program · ${half} tertinggi dan ${half} terendah dari 147`);
  });

  it('says the same in English, in the drawing and in its description', () => {
    const svg = svgOf('target-attainment', branches, { width: 900, height: 600, locale: 'en' });
    expectWellFormed(svg);
    const model = layoutTargetAttainment(branches, { width: 900, height: 600, locale: 'en' });
    const half = model.bars.length / 2;
    expect(model.gap!.tooltip).toMatch(new RegExp(`^… ${144 - 2 * half} more in between, attainment \\d+\\.\\d{2}%–\\d+\\.\\d{2}%; 3 with no data yet · full ranking in the table$`));
    expect(svg).toContain(`the ${half} highest and ${half} lowest of 147`);
    expect(model.frame.desc).toContain(`the ${half} highest and ${half} lowest of 147`);
    expect(model.frame.desc).toContain(`1. ${ranked[0].label}`);
    expect(model.frame.desc).toContain(model.gap!.tooltip);
    expect(svg.match(/<g data-key="KC/g)?.length).toBe(model.bars.length);
  });

  it('keeps every row in the table (the CSV and the embed data)', () => {
    const table = targetAttainmentTable(branches, 'id');
    expect(table.rows.length).toBe(147);
    // Named rows: the name column, then the code, which keeps the CSV joinable.
    const name = table.columns.findIndex((c) => c.key === 'name');
    const code = table.columns.findIndex((c) => c.key === 'key');
    expect(table.values.map((v) => v[name])).toEqual(branches.map((r) => r.label));
    expect(table.values.map((v) => v[code])).toEqual(branches.map((r) => r.key));
  });

  it('matches its golden SVG', () => {
    const svg = svgOf('target-attainment', branches, { width: 900, height: 600, locale: 'id' });
    expectGolden('target-attainment-national-branches', svg);
  });

  it('draws every row, in the given order and without ranks, when they fit', () => {
    const model = layoutTargetAttainment(attainmentPrograms, { width: 640, height: 400, locale: 'id' });
    expect(model.gap).toBeNull();
    expect(model.bars.map((b) => b.key)).toEqual(attainmentPrograms.map((r) => r.key));
    expect(model.bars[0].label.text).not.toMatch(/^\d+\. /);
    // Twenty branches of an office on a tall chart: all of them.
    const office = branches.slice(0, 20);
    expect(layoutTargetAttainment(office, { width: 900, height: 600 }).bars.length).toBe(20);
  });

  it('selects by rank with the rows without data left out of the ranking', () => {
    const { shown, gap } = selectAttainmentRows(branches, 11);
    expect(shown.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 140, 141, 142, 143, 144]);
    expect(gap).toMatchObject({ at: 5, hidden: 134, unranked: 3, total: 147, each: 5 });
    expect(selectAttainmentRows(branches, 147).gap).toBeNull();
  });
});
