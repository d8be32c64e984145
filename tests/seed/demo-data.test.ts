// The demo data obeys its own rules, over the whole generated set: stocks and flows reconcile
// month after month for persons and every program, the study's figures are exactly as
// published, every figure names its source, and campaign outcomes are possible ones.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../server/db/seed/seed.ts';
import { STUDY_ACTIVE_PARTICIPANTS, STUDY_BRANCH, STUDY_YEARS } from '../../server/db/seed/study.ts';

const data = generateDemoData();
const seriesKey = (s: { branch_code: string; segment: string; program: string }) => `${s.branch_code}|${s.segment}|${s.program || '—'}`;

/** Stored rows per branch, segment and program, in month order. */
function series() {
  const bySeries = new Map<string, typeof data.snapshots>();
  for (const s of data.snapshots) {
    const key = seriesKey(s);
    if (!bySeries.has(key)) bySeries.set(key, []);
    bySeries.get(key)!.push(s);
  }
  for (const rows of bySeries.values()) rows.sort((a, b) => a.period_index - b.period_index);
  return bySeries;
}

describe('demo membership', () => {
  it('reconciles: active = previous + new − lapsed for every pair of consecutive stored months, persons and programs', () => {
    let pairs = 0;
    const broken: string[] = [];
    for (const [key, rows] of series()) {
      for (let i = 1; i < rows.length; i++) {
        const [before, row] = [rows[i - 1], rows[i]];
        expect(row.period_index - before.period_index, `${key} has no gap`).toBe(1);
        pairs++;
        const explained = before.active_participants + row.new_participants! - row.lapsed_participants!;
        if (explained !== row.active_participants) broken.push(`${key} ${row.year}-${row.month}: ${explained} ≠ ${row.active_participants}`);
      }
    }
    expect(broken).toEqual([]);
    // 4 branches × (PU: persons + 4 programs over 118 months + JKP from 2021-03; BPU: persons + 3 programs).
    expect(pairs).toBeGreaterThan(4000);
    expect(new Set([...series().keys()].map((k) => k.split('|')[2]))).toEqual(new Set(['—', 'JKK', 'JKM', 'JHT', 'JP', 'JKP']));
  });

  it('has no negative figure and flows on every row', () => {
    for (const s of data.snapshots) {
      expect(s.active_participants).toBeGreaterThanOrEqual(0);
      expect(s.new_participants).toBeGreaterThanOrEqual(0);
      expect(s.lapsed_participants).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(s.new_participants) && Number.isInteger(s.lapsed_participants)).toBe(true);
    }
  });

  it("keeps the study's year-ends exactly as published, stock STUDY with SYNTHETIC flows that reconcile", () => {
    const study = data.snapshots.filter((s) => s.source === 'STUDY');
    expect(study).toHaveLength(STUDY_YEARS.length * 2);
    for (const segment of ['PU', 'BPU'] as const) {
      for (const year of STUDY_YEARS) {
        const row = study.find((s) => s.segment === segment && s.year === year)!;
        expect(row).toMatchObject({
          branch_code: STUDY_BRANCH.code, month: 12, program: '', precision: 'YEAR',
          active_participants: STUDY_ACTIVE_PARTICIPANTS[segment][year], flow_source: 'SYNTHETIC',
        });
        expect(row.new_participants).not.toBeNull();
      }
    }
    // A study year's flows explain the study's change: PU 2017 rose by 11,123.
    const pu = data.snapshots.filter((s) => s.branch_code === 'MADIUN' && s.segment === 'PU' && s.program === '' && s.year === 2017);
    const net = pu.reduce((sum, s) => sum + s.new_participants! - s.lapsed_participants!, 0);
    expect(net).toBe(STUDY_ACTIVE_PARTICIPANTS.PU[2017] - STUDY_ACTIVE_PARTICIPANTS.PU[2016]);
  });

  it('labels every figure: STUDY only for the study, SYNTHETIC otherwise, flows always SYNTHETIC', () => {
    for (const s of data.snapshots) {
      expect(s.flow_source).toBe('SYNTHETIC');
      const studyRow = s.branch_code === STUDY_BRANCH.code && s.program === '' && s.month === 12 && (STUDY_YEARS as readonly number[]).includes(s.year);
      expect(s.source).toBe(studyRow ? 'STUDY' : 'SYNTHETIC');
    }
    for (const rows of [data.campaigns, data.targets, data.staff]) for (const r of rows) expect(r.source).toBe('SYNTHETIC');
  });

  it('enrols BPU members every month, also while BPU collapses (2017: lapses absorb the fall)', () => {
    const bpu = data.snapshots.filter((s) => s.segment === 'BPU' && s.program === '');
    for (const s of bpu) expect(s.new_participants, `${s.branch_code} ${s.year}-${s.month}`).toBeGreaterThan(0);
    const madiun2017 = bpu.filter((s) => s.branch_code === 'MADIUN' && s.year === 2017);
    const fresh = madiun2017.reduce((sum, s) => sum + s.new_participants!, 0);
    const lapsed = madiun2017.reduce((sum, s) => sum + s.lapsed_participants!, 0);
    // Plausible against the stock: between 1 % and 6 % of the year's average stock a month.
    const averageStock = madiun2017.reduce((sum, s) => sum + s.active_participants, 0) / 12;
    expect(fresh / 12 / averageStock).toBeGreaterThan(0.01);
    expect(fresh / 12 / averageStock).toBeLessThan(0.06);
    expect(fresh - lapsed).toBe(STUDY_ACTIVE_PARTICIPANTS.BPU[2017] - STUDY_ACTIVE_PARTICIPANTS.BPU[2016]);
  });

  it('explains program stocks by program flows, JKP included (enrolments of existing members are new enrolments)', () => {
    const jkp = series().get('MADIUN|PU|JKP')!;
    expect(jkp[0]).toMatchObject({ year: 2021, lapsed_participants: 0 });
    expect(jkp[0].new_participants).toBe(jkp[0].active_participants); // the program starts from nobody
    const fresh2022 = jkp.filter((s) => s.year === 2022).reduce((sum, s) => sum + s.new_participants!, 0);
    const persons2022 = series().get('MADIUN|PU|—')!.filter((s) => s.year === 2022).reduce((sum, s) => sum + s.new_participants!, 0);
    expect(fresh2022).toBeGreaterThan(persons2022);
  });

  it('is deterministic', () => {
    expect(generateDemoData()).toEqual(data);
  });
});

describe('demo campaigns', () => {
  it('never has more leads than reach, nor more registrations than leads', () => {
    const impossible = data.campaigns.filter((c) => c.leads > c.reach || c.registrations > c.leads);
    expect(impossible).toEqual([]);
    expect(data.campaigns.length).toBeGreaterThan(4000);
  });

  it('has placements and sessions that bring nobody, and over-dispersed registrations', () => {
    for (const activity of ['SOCIALISATION', 'PROMOTION'] as const) {
      const rows = data.campaigns.filter((c) => c.activity === activity);
      expect(rows.filter((c) => c.registrations === 0).length, activity).toBeGreaterThan(rows.length * 0.02);
      // Index of dispersion within one channel (one conversion range): a Poisson count has 1.
      const channel = activity === 'SOCIALISATION' ? 'FACE_TO_FACE' : 'BROCHURE';
      const regs = rows.filter((c) => c.channel === channel).map((c) => c.registrations);
      const mean = regs.reduce((a, b) => a + b, 0) / regs.length;
      const variance = regs.reduce((a, b) => a + (b - mean) ** 2, 0) / (regs.length - 1);
      expect(variance / mean, `${activity} ${channel}`).toBeGreaterThan(2);
    }
  });

  it('costs whole Rupiah, some socialisation free of charge', () => {
    for (const c of data.campaigns) expect(Number.isSafeInteger(c.cost_idr) && c.cost_idr >= 0).toBe(true);
    expect(data.campaigns.some((c) => c.activity === 'SOCIALISATION' && c.cost_idr === 0)).toBe(true);
  });

  it('keeps the means plausible: face-to-face converts tens of percent, advertising a fraction of a percent', () => {
    const rate = (channel: string) => {
      const rows = data.campaigns.filter((c) => c.channel === channel);
      return rows.reduce((s, c) => s + c.registrations, 0) / rows.reduce((s, c) => s + c.reach, 0);
    };
    expect(rate('FACE_TO_FACE')).toBeGreaterThan(0.2);
    expect(rate('FACE_TO_FACE')).toBeLessThan(0.5);
    expect(rate('TELEVISION')).toBeLessThan(0.001);
  });
});
