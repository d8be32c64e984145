// The sums over activities that the statistics need (effectiveness/statistics.ts), read from a
// campaign cube row. Asked for alongside REACH_ANSWER_MEASURES wherever intervals are computed.
import type { Row } from '../../analytics/run.ts';
import type { Moments } from '../effectiveness/statistics.ts';

export const MOMENT_MEASURES = [
  'registrationsSquared',
  'costSquared',
  'costTimesRegistrations',
  'reachSquared',
  'reachTimesRegistrations',
] as const;

/** Every measure momentsOf reads: the moments and the sums they go with. */
export const MOMENTS_OF_MEASURES = [...MOMENT_MEASURES, 'activities', 'registrations', 'costIdr', 'reach'] as const;

export function momentsOf(row: Row | undefined): Moments {
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    n: n('activities'),
    y: n('registrations'),
    y2: n('registrationsSquared'),
    c: n('costIdr'),
    c2: n('costSquared'),
    cy: n('costTimesRegistrations'),
    r: n('reach'),
    r2: n('reachSquared'),
    ry: n('reachTimesRegistrations'),
  };
}
