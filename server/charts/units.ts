// Units for CSV headers, by field name (GraphQL camelCase or the chart tables' snake_case keys):
// `active_participants (persons)`, `costIdr (IDR)`, `conversionRate (%)`. Fields without a unit
// (keys, periods, codes, enums) keep their bare name.
const ROW_UNIT = 'persons or program enrolments: see unit';

/** CountUnit values (schema/base.graphql) as a CSV header says them. */
export const COUNT_UNIT_WORDS: Record<string, string> = { PERSONS: 'persons', ENROLMENTS: 'program enrolments' };

const UNITS: Record<string, string> = {
  activeParticipants: 'persons',
  change: 'persons',
  changePct: '%',
  newParticipants: 'persons',
  lapsedParticipants: 'persons',
  activities: 'activities',
  reach: 'attendees or impressions',
  leads: 'persons',
  registrations: 'persons',
  costIdr: 'IDR',
  conversionRate: '%',
  conversionLow: '%',
  conversionHigh: '%',
  costPerRegistration: 'IDR',
  costPerRegistrationLow: 'IDR',
  costPerRegistrationHigh: 'IDR',
  attendees: 'persons',
  impressions: 'impressions',
  registrationsPerActivity: 'registrations per activity',
  // Target figures count persons or program enrolments by row (AttainmentRow.unit): an answer
  // gets the unit of its rows (headerWithUnit's countUnit); this is for an answer without rows.
  target: ROW_UNIT,
  targetWithData: ROW_UNIT,
  targetWithoutData: ROW_UNIT,
  keysWithTargets: 'targets',
  keysWithData: 'targets',
  realised: ROW_UNIT,
  attainmentPct: '%',
  gap: ROW_UNIT,
  projectedRealised: ROW_UNIT,
  projectedLow: ROW_UNIT,
  projectedHigh: ROW_UNIT,
  projectedAttainmentPct: '%',
  branchesWithTargets: 'branches',
  reportingBranches: 'branches',
  costRatio: 'ratio',
  costRatioLow: 'ratio',
  costRatioHigh: 'ratio',
  value: '',
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The unit of a field (by its last path segment), or '' when it has none. */
export function unitOf(field: string): string {
  const leaf = field.split('.').at(-1) ?? field;
  return (
    UNITS[leaf] ??
    UNITS[camel(leaf)] ??
    (/_pct$|Pct$/.test(leaf)
      ? '%'
      : /_idr$|Idr$/.test(leaf)
        ? 'IDR'
        : // Table columns named with their count unit (`realised_enrolments`, `target_persons`).
          /_enrolments$/.test(leaf)
          ? COUNT_UNIT_WORDS.ENROLMENTS
          : /_persons$/.test(leaf)
            ? COUNT_UNIT_WORDS.PERSONS
            : '')
  );
}

/**
 * The one CountUnit of an answer's flattened rows (their `unit` column): null when the rows
 * carry none, 'MIXED' when they differ.
 */
export function countUnitOf(rows: readonly Record<string, unknown>[]): string | null {
  const units = new Set(rows.map((r) => r.unit).filter((u): u is string => typeof u === 'string' && u in COUNT_UNIT_WORDS));
  return units.size === 0 ? null : units.size === 1 ? [...units][0] : 'MIXED';
}

/**
 * A CSV header: the field name, then its unit in parentheses when it has one. Fields that count
 * in their row's unit (ROW_UNIT above) take `countUnit`, the answer's CountUnit, when known.
 */
export function headerWithUnit(field: string, countUnit?: string | null): string {
  const unit = unitOf(field);
  const counted = unit === ROW_UNIT && countUnit ? (COUNT_UNIT_WORDS[countUnit] ?? ROW_UNIT) : unit;
  return counted ? `${field} (${counted})` : field;
}
