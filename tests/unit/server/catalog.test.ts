// The domain's vocabulary is the schema's: the lists come from its enums, and the channel rules
// (which the schema cannot express) use exactly the schema's channels and media.
import { buildSchema, type GraphQLEnumType } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, CHANNELS, CHANNELS_BY_ACTIVITY, DATA_SOURCES, MEDIA, PROGRAMS, SEGMENTS, TARGET_METRICS } from '../../../common/vocabulary/catalog.ts';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'schema');
const schema = buildSchema(fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql')).map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8')).join('\n'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('catalog', () => {
  it("lists each enum's values in the schema's order", () => {
    expect(SEGMENTS).toEqual(values('Segment'));
    expect(PROGRAMS).toEqual(values('Program'));
    expect(ACTIVITY_TYPES).toEqual(values('ActivityType'));
    expect(TARGET_METRICS).toEqual(values('TargetMetric'));
    expect(MEDIA).toEqual(values('Medium'));
    expect(DATA_SOURCES).toEqual(values('DataSource').filter((s) => s !== 'MIXED'));
  });

  it("uses exactly the schema's channels and media in the channel rules", () => {
    expect([...CHANNELS].sort()).toEqual(values('Channel').sort());
    const media = new Set(Object.values(CHANNELS_BY_ACTIVITY).flatMap((byChannel) => Object.values(byChannel)));
    expect([...media].sort()).toEqual([...MEDIA].sort());
  });
});
