import { EntitySchema } from '@mikro-orm/core';
import type { DataSource } from '../../../common/vocabulary/catalog.ts';

/** A branch office (kantor cabang), keyed by its code, e.g. MADIUN. */
export interface Branch {
  code: string;
  name: string;
  /** Province or area, free text (e.g. Jawa Timur). */
  region?: string | null;
  /** The regional office (kantor wilayah) the branch belongs to: a code of `region`. */
  regionCode?: string | null;
  source: DataSource;
  importId?: number | null;
}

export const BranchSchema = new EntitySchema<Branch>({
  name: 'Branch',
  tableName: 'branch',
  properties: {
    code: { type: 'string', length: 32, primary: true },
    name: { type: 'string', length: 200 },
    region: { type: 'string', length: 200, nullable: true },
    regionCode: { type: 'string', length: 32, nullable: true, index: 'branch_region_code_index' },
    source: { type: 'string', length: 16 },
    importId: { type: 'integer', nullable: true },
  },
});
