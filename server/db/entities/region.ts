import { EntitySchema } from '@mikro-orm/core';
import type { DataSource } from '../../../common/vocabulary/catalog.ts';

/** A regional office (kantor wilayah), keyed by its code, e.g. JATIM; branches name theirs. */
export interface Region {
  code: string;
  name: string;
  source: DataSource;
  importId?: number | null;
}

export const RegionSchema = new EntitySchema<Region>({
  name: 'Region',
  tableName: 'region',
  properties: {
    code: { type: 'string', length: 32, primary: true },
    name: { type: 'string', length: 200 },
    source: { type: 'string', length: 16 },
    importId: { type: 'integer', nullable: true },
  },
});
