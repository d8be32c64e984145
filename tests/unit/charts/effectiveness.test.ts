import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { effectivenessClose, effectivenessDecided, effectivenessEmpty, effectivenessInsufficient, effectivenessPromotionCheaper } from './fixtures.ts';
import { layoutEffectiveness } from '../../../common/charts/effectiveness-layout.ts';
import { effectivenessTable } from '../../../common/charts/effectiveness-table.ts';
import { effectivenessReachNote, effectivenessVerdictText } from '../../../common/charts/effectiveness-verdict.ts';
import type { ChartOptions, Effectiveness } from '../../../common/charts/types.ts';

const cases: [string, Effectiveness, ChartOptions][] = [
  ['effectiveness-decided-id', effectivenessDecided, { width: 640, height: 400, locale: 'id' }],
  ['effectiveness-decided-en', effectivenessDecided, { width: 640, height: 400, locale: 'en', title: 'Socialisation versus promotion, Madiun 2024' }],
  ['effectiveness-not-distinguishable', effectivenessClose, { width: 800, height: 450, locale: 'id' }],
  ['effectiveness-insufficient', effectivenessInsufficient, { width: 640, height: 400, locale: 'en' }],
  ['effectiveness-large', effectivenessDecided, { width: 1200, height: 600, locale: 'id' }],
  ['effectiveness-small', effectivenessDecided, { width: 320, height: 240, locale: 'en' }],
  ['effectiveness-empty', effectivenessEmpty, { width: 640, height: 400, locale: 'id' }],
  ['effectiveness-too-few-id', twoASide(), { width: 640, height: 400, locale: 'id' }],
];

/** Answers as the server now gives them: each verdict with its reason and counts. */
function comparison(outcome: Effectiveness['verdict']['cheaperPerRegistration'], reason: string, soc: number, pro: number, ratio: number | null = null, low: number | null = null, high: number | null = null) {
  return { outcome, reason, ratio, low, high, socialisationActivities: soc, promotionActivities: pro };
}

function twoASide(): Effectiveness {
  const stats = { ...effectivenessDecided.socialisation, activities: 2 };
  return {
    socialisation: stats,
    promotion: { ...effectivenessDecided.promotion, activities: 2 },
    verdict: {
      cheaperPerRegistration: 'INSUFFICIENT_DATA',
      moreRegistrationsPerActivity: 'INSUFFICIENT_DATA',
      costRatio: 6.42783,
      minimumActivities: 10,
      costPerRegistration: comparison('INSUFFICIENT_DATA', 'TOO_FEW_ACTIVITIES', 2, 2, 6.42783),
      registrationsPerActivity: comparison('INSUFFICIENT_DATA', 'TOO_FEW_ACTIVITIES', 2, 2, 3.8),
    },
  };
}

describe('effectiveness verdict reasons', () => {
  it('says how many activities each side has and how many a verdict needs', () => {
    expect(effectivenessVerdictText(twoASide(), 'id')).toBe(
      'Biaya per pendaftaran belum dibandingkan: sosialisasi hanya 2 kegiatan, promosi hanya 2 kegiatan; kesimpulan perlu ≥ 10 kegiatan per jenis. Pendaftaran per kegiatan belum dibandingkan: sosialisasi hanya 2 kegiatan, promosi hanya 2 kegiatan; kesimpulan perlu ≥ 10 kegiatan per jenis.',
    );
    const oneShort = { ...twoASide(), verdict: { ...twoASide().verdict, costPerRegistration: comparison('INSUFFICIENT_DATA', 'TOO_FEW_ACTIVITIES', 40, 2) } };
    expect(effectivenessVerdictText(oneShort, 'en')).toContain('Cost per registration not compared yet: promotion has only 2 activities; a verdict needs ≥ 10 activities per type.');
  });

  it('decides a free side, and says so when both are free', () => {
    const free = { ...effectivenessDecided, verdict: { ...effectivenessDecided.verdict, cheaperPerRegistration: 'SOCIALISATION' as const, costPerRegistration: comparison('SOCIALISATION', 'ONE_SIDE_FREE', 12, 12) } };
    expect(effectivenessVerdictText(free, 'id')).toContain('Sosialisasi lebih murah: pendaftarannya diperoleh tanpa biaya (Rp0), sedangkan promosi berbiaya.');
    const both = { ...free, verdict: { ...free.verdict, costPerRegistration: comparison('NOT_DISTINGUISHABLE', 'BOTH_FREE', 12, 12) } };
    expect(effectivenessVerdictText(both, 'en')).toContain('Both activity types cost nothing (Rp0): neither is cheaper.');
  });

  it('names only the side that is 0/0 when one side is free and brought no registration (branch FREEZ)', () => {
    // Socialisation: 12 activities at Rp0, no registration; promotion: 12 activities, Rp24.000.000, 77 registrations.
    const freez: Effectiveness = {
      socialisation: { activities: 12, reach: 240, registrations: 0, costIdr: 0, conversionRate: 0, conversionLow: 0, conversionHigh: 1.5, costPerRegistration: null, registrationsPerActivity: 0 },
      promotion: { activities: 12, reach: 60000, registrations: 77, costIdr: 24000000, conversionRate: 0.13, conversionLow: 0.1, conversionHigh: 0.16, costPerRegistration: 311688.31, registrationsPerActivity: 6.42 },
      verdict: {
        cheaperPerRegistration: 'INSUFFICIENT_DATA',
        moreRegistrationsPerActivity: 'PROMOTION',
        costRatio: null,
        minimumActivities: 10,
        costPerRegistration: comparison('INSUFFICIENT_DATA', 'FREE_WITHOUT_REGISTRATIONS', 12, 12),
        registrationsPerActivity: comparison('PROMOTION', 'ONE_SIDE_NO_REGISTRATIONS', 12, 12, 0, 0, 0.1),
      },
    };
    const en = effectivenessVerdictText(freez, 'en');
    expect(en).toContain('Cost per registration cannot be compared: socialisation cost nothing (Rp0) and brought no registration, so its cost per registration is undefined (0/0).');
    expect(en).not.toContain('promotion cost nothing');
    expect(en).not.toContain('socialisation, promotion');
    const id = effectivenessVerdictText(freez, 'id');
    expect(id).toContain('Biaya per pendaftaran belum dapat dibandingkan: sosialisasi tidak berbiaya (Rp0) dan tidak menghasilkan pendaftaran, sehingga biaya per pendaftarannya tidak terdefinisi (0/0).');
    expect(id).not.toContain('promosi tidak berbiaya');
    // The other way round: promotion free and empty, socialisation paid with registrations.
    const mirrored: Effectiveness = { ...freez, socialisation: freez.promotion, promotion: freez.socialisation };
    expect(effectivenessVerdictText(mirrored, 'en')).toContain(': promotion cost nothing (Rp0) and brought no registration');
    expect(effectivenessVerdictText(mirrored, 'en')).not.toContain('socialisation cost nothing');
  });

  it('tells a side without registrations from missing data', () => {
    const empty = { ...effectivenessDecided, promotion: { ...effectivenessDecided.promotion, registrations: 0, activities: 12 } };
    const decided = { ...empty, verdict: { ...empty.verdict, registrationsPerActivity: comparison('SOCIALISATION', 'ONE_SIDE_NO_REGISTRATIONS', 30, 12, null) } };
    expect(effectivenessVerdictText(decided, 'en')).toContain('Socialisation brings more registrations per activity than promotion: promotion brought no registration from 12 activities.');
    const open = { ...empty, verdict: { ...empty.verdict, registrationsPerActivity: comparison('NOT_DISTINGUISHABLE', 'ONE_SIDE_NO_REGISTRATIONS', 30, 12, null) } };
    expect(effectivenessVerdictText(open, 'id')).toContain('Promosi tidak menghasilkan pendaftaran dari 12 kegiatan, tetapi data belum cukup');
  });

  it('gives the ratio and its interval when the data cannot tell the two apart', () => {
    const close = { ...effectivenessClose, verdict: { ...effectivenessClose.verdict, costPerRegistration: comparison('NOT_DISTINGUISHABLE', 'INTERVAL_INCLUDES_ONE', 30, 30, 1.4, 0.8, 2.3) } };
    expect(effectivenessVerdictText(close, 'en')).toContain('; ratio 1.4, 95% CI: 0.8–2.3).');
  });

  it('says the figures are attributed registrations, not proof of cause, and how conversion intervals are made', () => {
    expect(effectivenessReachNote('en')).toContain('attributed to the activities in the period, not proof');
    expect(effectivenessReachNote('id')).toContain('bukan bukti');
    expect(effectivenessReachNote('en')).toContain('each activity one cluster');
  });
});

describe('effectiveness', () => {
  it.each(cases)('%s matches its golden SVG', (name, data, options) => {
    const svg = svgOf('effectiveness', data, options);
    expectWellFormed(svg);
    expectGolden(name, svg);
  });

  it('states the winner with figures and the cost ratio interval', () => {
    const id = effectivenessVerdictText(effectivenessDecided, 'id');
    expect(id).toContain('Sosialisasi menghasilkan pendaftaran dengan biaya lebih rendah daripada promosi');
    expect(id).toContain('Rp73.861');
    expect(id).toContain('promosi sekitar 6,4 kali lebih mahal');
    expect(id).toContain('5,2–8,0');
    const en = effectivenessVerdictText(effectivenessDecided, 'en');
    expect(en).toContain('Socialisation brings registrations at a lower cost than promotion');
    expect(en).toContain('Socialisation brings more registrations per activity than promotion');
  });

  it('inverts the ratio when promotion is the cheaper one', () => {
    const en = effectivenessVerdictText(effectivenessPromotionCheaper, 'en');
    expect(en).toContain('Promotion brings registrations at a lower cost than socialisation');
    expect(en).toContain('socialisation costs about 2.0 times as much per registration (95% CI: 1.3–4.0)');
  });

  it('says explicitly when the data cannot tell them apart, or is insufficient', () => {
    expect(effectivenessVerdictText(effectivenessClose, 'en')).toContain('The data cannot tell socialisation and promotion apart on cost per registration');
    expect(effectivenessVerdictText(effectivenessClose, 'id')).toContain('Data belum dapat membedakan');
    expect(effectivenessVerdictText(effectivenessInsufficient, 'en')).toContain('cannot be compared yet');
    expect(effectivenessVerdictText(effectivenessClose, 'en')).not.toContain('times');
  });

  it('reminds that reach is attendees vs impressions', () => {
    expect(effectivenessReachNote('en')).toContain('attendees');
    expect(effectivenessReachNote('id')).toContain('tayangan');
    const svg = svgOf('effectiveness', effectivenessDecided, { locale: 'id' });
    expect(svg).toContain('tidak sebanding');
  });

  it('draws conversion as dots with 95 % whiskers and the others as bars', () => {
    const model = layoutEffectiveness(effectivenessDecided, { locale: 'en' });
    const [socialisation, promotion, cost, perActivity] = model.panels;
    for (const conversion of [socialisation, promotion]) expect(conversion.items.every((i) => i.dot && i.whisker && !i.bar)).toBe(true);
    expect(cost.items.every((i) => i.bar && !i.dot)).toBe(true);
    expect(perActivity.items.map((i) => i.valueLabel.text)).toEqual(['6.1', '1.6']);
    const w = socialisation.items[0].whisker!;
    expect(w.y1).toBeGreaterThan(w.y2);
  });

  // Tryout F14 for conversion: attendees and impressions never share an axis.
  it('gives each side’s conversion a panel and a scale of its own, with its unit', () => {
    const model = layoutEffectiveness(effectivenessDecided, { width: 800, height: 450, locale: 'id' });
    expect(model.panels.map((p) => p.key)).toEqual(['conversionSocialisation', 'conversionPromotion', 'costPerRegistration', 'registrationsPerActivity']);
    const [soc, pro] = model.panels;
    expect([soc.unit, pro.unit]).toEqual(['ATTENDEES', 'IMPRESSIONS']);
    // One side each: the other type's conversion is not drawn where it could be compared.
    expect(soc.items.map((i) => i.key)).toEqual(['SOCIALISATION']);
    expect(pro.items.map((i) => i.key)).toEqual(['PROMOTION']);
    // Its name, then its unit and interval (broken at the " · " when it needs two lines).
    expect(soc.title.map((t) => t.text)).toEqual(['Konversi sosialisasi*', 'pendaftaran per peserta hadir', 'IK 95%']);
    expect(pro.title.map((t) => t.text)).toEqual(['Konversi promosi*', 'pendaftaran per tayangan', 'IK 95%']);
    // Each scale fits its own side: 13,85 % (12,7–15,2) and 0,14 % (0,11–0,16) both reach most of their panel's height.
    for (const panel of [soc, pro]) {
      const axis = panel.axis!;
      expect(axis.ticks[0].label.text).toMatch(/^0(,0+)?%$/);
      const height = axis.y1 - axis.y2;
      expect(axis.y1 - panel.items[0].whisker!.y2, panel.key).toBeGreaterThan(height * 0.6);
    }
    expect(soc.axis!.ticks.at(-1)!.label.text).toBe('20%');
    expect(pro.axis!.ticks.at(-1)!.label.text).toBe('0,20%');
    // The panels do not overlap, and the conversions stand apart from the measures both sides share.
    expect(soc.baseline.x2).toBeLessThan(pro.axis!.x);
    // (two gaps of 20 px at this width between the conversions and the rest, one between the conversions)
    expect(model.panels[2].baseline.x1 - pro.baseline.x2).toBe(40);
    // Measures both types count alike keep one scale and no axis.
    expect(model.panels[2].axis).toBeNull();
    expect(model.panels[2].items.map((i) => i.key)).toEqual(['SOCIALISATION', 'PROMOTION']);
  });

  it('says each conversion with its unit to a screen reader, and why they stand apart', () => {
    const model = layoutEffectiveness(effectivenessDecided, { locale: 'en' });
    expect(model.frame.desc).toMatch(/^Socialisation conversion \(registrations per attendee · 95% CI\): 13\.85% \([\d.]+%–[\d.]+%\)\. Promotion conversion \(registrations per impression · 95% CI\): 0\.14% /);
    expect(model.frame.desc).toContain('each on a scale of their own: attendees and impressions are not comparable');
    const svg = svgOf('effectiveness', effectivenessDecided, { width: 800, height: 450, locale: 'en' });
    expect(svg).toContain('data-unit="ATTENDEES"');
    expect(svg).toContain('data-unit="IMPRESSIONS"');
    expect(svg).toContain('class="panel-axis"');
    expect(model.panels[1].items[0].tooltip).toBe('Promotion — Promotion conversion (registrations per impression · 95% CI): 0.14% (0.11%–0.16%)');
  });

  it('stacks two rows of two on a phone when the height holds them, one row when it does not', () => {
    const phone = layoutEffectiveness(effectivenessDecided, { width: 390, height: 292, locale: 'id', showVerdict: false, showNotes: false });
    const [soc, pro, cost, perActivity] = phone.panels;
    expect(soc.baseline.y).toBe(pro.baseline.y);
    expect(cost.baseline.y).toBe(perActivity.baseline.y);
    expect(cost.title[0].y).toBeGreaterThan(soc.baseline.y);
    const short = layoutEffectiveness(effectivenessDecided, { width: 320, height: 240, locale: 'en' });
    expect(new Set(short.panels.map((p) => p.baseline.y)).size).toBe(1);
    // Too narrow for tick labels: the conversions keep their own panels, values labelled.
    expect(short.panels[0].axis).toBeNull();
    expect(short.panels[1].items[0].valueLabel.text).toBe('0.14%');
  });

  it('leaves the missing side empty with a dash, and gives it no scale', () => {
    const model = layoutEffectiveness(effectivenessInsufficient, { locale: 'id' });
    const promo = model.panels[2].items[1];
    expect(promo.bar).toBeNull();
    expect(promo.valueLabel.text).toBe('–');
    expect(model.panels[1].items[0].dot).toBeNull();
    expect(model.panels[1].items[0].valueLabel.text).toBe('–');
    expect(model.panels[1].axis).toBeNull();
  });

  it('treats a partial result as missing data rather than crashing', () => {
    const partial = { promotion: effectivenessDecided.promotion } as unknown as Effectiveness;
    const svg = svgOf('effectiveness', partial, { locale: 'en' });
    expectWellFormed(svg);
    expect(svg).toContain('cannot be compared yet');
    expectWellFormed(svgOf('effectiveness', null as unknown as Effectiveness, { locale: 'en' }));
  });

  it('has a table with every figure', () => {
    const table = effectivenessTable(effectivenessDecided, 'id');
    expect(table.columns.map((c) => c.label)).toEqual(['Ukuran', 'Sosialisasi', 'Promosi']);
    expect(table.rows.find((r) => r[0] === 'Biaya per pendaftaran')).toEqual(['Biaya per pendaftaran', 'Rp73.861', 'Rp474.757']);
    expect(table.rows.find((r) => r[0] === 'Konversi')).toEqual(['Konversi', '13,85%', '0,14%']);
    // Reach in its two units, never side by side as one figure.
    expect(table.values.find((v) => v[0] === 'reach')).toBeUndefined();
    expect(table.values.find((v) => v[0] === 'attendees')).toEqual(['attendees', 3010, null]);
    expect(table.values.find((v) => v[0] === 'impressions')).toEqual(['impressions', null, 76000]);
    expect(table.rows.find((r) => r[0] === 'Peserta hadir (sosialisasi)')).toEqual(['Peserta hadir (sosialisasi)', '3.010', '–']);
    expect(table.rows.find((r) => r[0] === 'Tayangan (promosi)')).toEqual(['Tayangan (promosi)', '–', '76.000']);
    expect(JSON.stringify(effectivenessTable(effectivenessInsufficient, 'en'))).not.toContain('NaN');
  });
});
