// Targets as a cube: target values are summed within a group (a program's target is the sum
// of its segments' targets).
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import { FIGURES } from '../../../common/vocabulary/measures.ts';
import { type DescribedCube, internalFigure as internal } from '../../analytics/model.ts';

export const targetCube = {
  table: 'target',
  time: 'year',
  stockPartition: [],
  measures: {
    target: { kind: 'sum', sql: 'target', type: 'integer', meta: FIGURES.target },
    sourceMin: { kind: 'min', sql: 'source', type: 'text', meta: internal('Sumber (terkecil)', 'Source (smallest)', 'text') },
    sourceMax: { kind: 'max', sql: 'source', type: 'text', meta: internal('Sumber (terbesar)', 'Source (largest)', 'text') },
  },
  dimensions: {
    branch: { sql: 'branch_code', title: DIMENSIONS.branch },
    year: { sql: 'year', title: DIMENSIONS.year },
    metric: { sql: 'metric', title: DIMENSIONS.metric },
    program: { sql: 'program', title: DIMENSIONS.program },
    segment: { sql: 'segment', title: DIMENSIONS.segment },
    staff: { sql: 'staff_code', title: DIMENSIONS.staff },
    hasStaff: { sql: "CASE WHEN staff_code = '' THEN 0 ELSE 1 END", title: DIMENSIONS.hasStaff },
  },
} satisfies DescribedCube;
