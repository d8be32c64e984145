// Units for CSV headers, by field name (GraphQL camelCase or the chart tables' snake_case keys):
// `active_participants (persons)`, `costIdr (IDR)`, `conversionRate (%)`. Fields without a unit
// (keys, periods, codes, enums) keep their bare name.
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
  registrationsPerActivity: 'registrations per activity',
  target: 'persons',
  realised: 'persons',
  attainmentPct: '%',
  gap: 'persons',
  projectedRealised: 'persons',
  projectedAttainmentPct: '%',
  costRatio: 'ratio',
  costRatioLow: 'ratio',
  costRatioHigh: 'ratio',
  value: '',
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The unit of a field (by its last path segment), or '' when it has none. */
export function unitOf(field: string): string {
  const leaf = field.split('.').at(-1) ?? field;
  return UNITS[leaf] ?? UNITS[camel(leaf)] ?? (/_pct$|Pct$/.test(leaf) ? '%' : /_idr$|Idr$/.test(leaf) ? 'IDR' : '');
}

/** A CSV header: the field name, then its unit in parentheses when it has one. */
export function headerWithUnit(field: string): string {
  const unit = unitOf(field);
  return unit ? `${field} (${unit})` : field;
}
