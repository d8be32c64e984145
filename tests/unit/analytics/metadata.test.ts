// The semantic layer's metadata: every measure and dimension of every cube is described, the
// figures are described once (common/vocabulary/) and the CSV headers, units, chart labels and
// the reach bar's formats answer from that description.
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../server/analytics/compile.ts';
import { postgresqlDialect } from '../../../server/analytics/dialects/postgresql.ts';
import { sqliteDialect } from '../../../server/analytics/dialects/sqlite.ts';
import type { DescribedCube } from '../../../server/analytics/model.ts';
import { apiHeaderId } from '../../../server/api/csv-headers.ts';
import { shownDigits } from '../../../server/api/csv-format.ts';
import { headerWithUnit, unitOf } from '../../../server/charts/units.ts';
import { campaignCube, REACH_ANSWER_MEASURES } from '../../../server/domains/campaigns/cube.ts';
import { membershipCube } from '../../../server/domains/membership/cube.ts';
import { targetCube } from '../../../server/domains/targets/cube.ts';
import { labels } from '../../../common/charts/labels.ts';
import { formatMeasure, measureLabel, REACH_MEASURES as REACH_BAR_MEASURES } from '../../../common/charts/reach-measures.ts';
import { FIELDS } from '../../../common/vocabulary/fields.ts';
import { FIGURES, FORMAT_DIGITS, formatFigure, ROW_UNIT, type Unit } from '../../../common/vocabulary/measures.ts';

const CUBES: Record<string, DescribedCube> = { membership: membershipCube, campaigns: campaignCube, targets: targetCube };
const UNITS: Unit[] = [
  'persons', 'program enrolments', ROW_UNIT, '%', 'IDR', 'ratio', 'activities', 'attendees or impressions', 'impressions', 'registrations per activity', 'targets', 'branches', '',
];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('cube metadata', () => {
  for (const [name, cube] of Object.entries(CUBES)) {
    it(`describes every measure and dimension of the ${name} cube`, () => {
      for (const [measure, { meta }] of Object.entries(cube.measures)) {
        expect(meta.title.id, measure).toMatch(/\S/);
        expect(meta.title.en, measure).toMatch(/\S/);
        expect(UNITS, measure).toContain(meta.unit);
        expect(Object.keys(FORMAT_DIGITS), measure).toContain(meta.format);
        // A measure named as an answer's figure is that figure, described once.
        if (measure in FIGURES) expect(meta, measure).toBe(FIGURES[measure as keyof typeof FIGURES]);
      }
      for (const [dimension, { title }] of Object.entries(cube.dimensions)) {
        expect(title.id, dimension).toMatch(/\S/);
        expect(title.en, dimension).toMatch(/\S/);
      }
    });
  }

  it('gives the figures of the answers a number format, and the internal measures no unit', () => {
    for (const cube of Object.values(CUBES)) {
      for (const [measure, { meta }] of Object.entries(cube.measures)) {
        if (measure in FIGURES) expect(['integer', 'percent', 'rupiah', 'ratio'], measure).toContain(meta.format);
        else expect(meta.unit, measure).toBe('');
      }
    }
  });
});

describe('units and headers from the metadata', () => {
  it('answers unitOf from the figures, in camelCase, snake_case and under a path', () => {
    for (const [name, meta] of Object.entries(FIGURES)) {
      expect(unitOf(name), name).toBe(meta.unit);
      expect(unitOf(snake(name)), name).toBe(meta.unit);
      expect(unitOf(`socialisation.${name}`), name).toBe(meta.unit);
      expect(headerWithUnit(name), name).toBe(meta.unit ? `${name} (${meta.unit})` : name);
    }
    for (const name of Object.keys(FIELDS)) expect(unitOf(name), name).toBe('');
  });

  it('says the count unit of target figures when the answer has one', () => {
    for (const [name, meta] of Object.entries(FIGURES).filter(([, m]) => m.unit === ROW_UNIT)) {
      expect(headerWithUnit(name, 'ENROLMENTS'), name).toBe(`${name} (program enrolments)`);
      expect(headerWithUnit(name, 'PERSONS'), name).toBe(`${name} (persons)`);
      expect(headerWithUnit(name, 'MIXED'), name).toBe(`${name} (${meta.unit})`);
    }
  });

  it('keeps the fallbacks for table columns named with their unit', () => {
    expect(unitOf('realised_enrolments')).toBe('program enrolments');
    expect(unitOf('target_persons')).toBe('persons');
    expect(unitOf('share_pct')).toBe('%');
    expect(unitOf('budget_idr')).toBe('IDR');
    expect(unitOf('constructor')).toBe('');
  });

  it('rounds each figure in the Indonesian CSV as its format shows it', () => {
    for (const [name, { unit, format }] of Object.entries(FIGURES)) {
      // Counts without a unit in their header (the comparison's activity counts) are written as
      // they are: integers either way.
      expect(shownDigits(unitOf(name), name), name).toBe(unit === '' && format === 'integer' ? null : FORMAT_DIGITS[format]);
    }
  });

  it('writes the Indonesian headers with the titles', () => {
    // The unit joins a title's closing parenthesis: "Peserta hadir (sosialisasi, orang)".
    for (const [name, meta] of Object.entries(FIGURES)) expect(apiHeaderId(name, 'PERSONS').startsWith(meta.title.id.replace(/\)$/, '')), name).toBe(true);
    for (const [name, title] of Object.entries(FIELDS)) expect(apiHeaderId(name, null), name).toBe(title.id);
    expect(apiHeaderId('attainmentPct', null)).toBe('Capaian (%)');
    expect(apiHeaderId('socialisation.costIdr', null)).toBe('Sosialisasi: Biaya (Rp)');
    expect(apiHeaderId('verdict.costPerRegistration.ratio', null)).toBe('Kesimpulan: Biaya per pendaftaran: Rasio');
    expect(apiHeaderId('points.nope', null)).toBe('points.nope');
    expect(apiHeaderId('constructor', null)).toBe('constructor');
  });

  it('labels the charts with the same titles', () => {
    for (const locale of ['id', 'en'] as const) {
      const L = labels(locale);
      expect(L.activeParticipants).toBe(FIGURES.activeParticipants.title[locale]);
      expect(L.attainment).toBe(FIGURES.attainmentPct.title[locale]);
      expect(L.segment).toBe(FIELDS.segment[locale]);
      for (const m of REACH_BAR_MEASURES) expect(measureLabel(m, locale)).toBe(FIGURES[m].title[locale]);
    }
  });
});

describe('formats', () => {
  it('writes each format as the dashboard does', () => {
    expect(formatFigure(46878, 'integer', 'id')).toBe('46.878');
    expect(formatFigure(2.425, 'percent', 'en')).toBe('2.43%');
    expect(formatFigure(1500000.4, 'rupiah', 'id')).toBe('Rp1.500.000');
    expect(formatFigure(1.456, 'ratio', 'id')).toBe('1,46');
    expect(formatFigure(1.23456789, 'unrounded', 'en')).toBe('1.23456789');
    expect(formatFigure(null, 'integer', 'en')).toBe('–');
    expect(formatMeasure(84211.4, 'costPerRegistration', 'en')).toBe('Rp84,211');
    expect(formatMeasure(2.4199, 'conversionRate', 'id')).toBe('2,42%');
    expect(formatMeasure(1234, 'reach', 'en')).toBe('1,234');
  });
});

describe('one list of reach measures', () => {
  it('asks the cube for the bar measures and the rest of a reach answer', () => {
    for (const m of REACH_BAR_MEASURES) expect(REACH_ANSWER_MEASURES).toContain(m);
    for (const m of REACH_ANSWER_MEASURES) expect(Object.keys(campaignCube.measures)).toContain(m);
    expect(new Set(REACH_ANSWER_MEASURES).size).toBe(REACH_ANSWER_MEASURES.length);
  });
});

describe('time and named filters', () => {
  it('labels every granularity from the same columns in both dated cubes, grouped by those columns', () => {
    for (const cube of [membershipCube, campaignCube]) {
      for (const dialect of [sqliteDialect, postgresqlDialect]) {
        const year = compileQuery(cube, { dimensions: ['YEAR'], measures: [] }, dialect).sql;
        expect(year).toBe(`SELECT ${dialect.yearLabel('year')} AS "YEAR" FROM "${cube.table}" GROUP BY year`);
        expect(compileQuery(cube, { dimensions: ['QUARTER'], measures: [] }, dialect).sql).toMatch(/ GROUP BY year, \(month \+ 2\) \/ 3$/);
        expect(compileQuery(cube, { dimensions: ['MONTH'], measures: [] }, dialect).sql).toMatch(/ GROUP BY year, month$/);
      }
    }
  });

  it('applies a named filter as its filters, in every form of the query', () => {
    for (const dialect of [sqliteDialect, postgresqlDialect]) {
      for (const measures of [['newParticipants'], ['activeParticipants', 'newParticipants']]) {
        for (const [name, filters] of Object.entries(membershipCube.namedFilters)) {
          const own = [{ member: 'branch', op: 'equals' as const, value: 'MADIUN' }];
          const named = compileQuery(membershipCube, { dimensions: ['segment', 'QUARTER'], measures, filters: own, namedFilters: [name] }, dialect);
          const written = compileQuery(membershipCube, { dimensions: ['segment', 'QUARTER'], measures, filters: [...own, ...filters] }, dialect);
          expect(named).toEqual(written);
        }
      }
    }
    expect(compileQuery(membershipCube, { dimensions: [], measures: ['newParticipants'], namedFilters: ['persons'] }, sqliteDialect).bindings).toEqual(['']);
  });

  it('names an unknown named filter precisely', () => {
    expect(() => compileQuery(membershipCube, { dimensions: [], measures: ['newParticipants'], namedFilters: ['nope'] }, sqliteDialect)).toThrow(
      'unknown named filter "nope" (known: persons, enrolments)',
    );
    expect(() => compileQuery(targetCube, { dimensions: [], measures: ['target'], namedFilters: ['persons'] }, sqliteDialect)).toThrow('unknown named filter "persons" (known: )');
  });
});
