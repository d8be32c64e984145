// Input shapes of the four charts. They structurally match the GraphQL results
// (schema/*.graphql) so the dashboard (Apollo results) and the server (resolver output) can
// pass query results straight in. Enum fields are typed as string unions but accept any string
// where the schema may grow (new enum values are added, never removed), so unknown values
// render with a fallback label rather than breaking the type check at the callers.
import type { Locale } from '../i18n/format.ts';
import type { ActivityType, CountUnit, DataSource, ReachUnit, VerdictOutcome } from '../vocabulary/schema-enums.ts';

export type { ActivityType, CountUnit, DataSource, ReachUnit, VerdictOutcome };

export interface MembershipPoint {
  period: string;
  activeParticipants: number;
  change?: number | null;
  changePct?: number | null;
  newParticipants?: number | null;
  lapsedParticipants?: number | null;
  asOf?: string | null;
  source?: DataSource | null;
  /** Why `change` is null (PREVIOUS_PERIOD_MISSING, REPORTING_BRANCHES_DIFFER). */
  changeUnavailable?: string | null;
  reportingBranches?: number | null;
  flowSource?: DataSource | null;
  /** Some month of the change has no flows, so new/lapsed are null rather than partial. */
  flowsIncomplete?: boolean | null;
}

export interface MembershipSeries {
  segment: string;
  program?: string | null;
  /** What the series counts; without it, a series with a program counts enrolments. */
  unit?: CountUnit | string | null;
  points: readonly MembershipPoint[];
}

export interface ReachRow {
  key: string;
  /** The group's name where it has one beside its code: a branch's or an office's (office-names.ts). */
  label?: string | null;
  activity?: ActivityType | null;
  activities: number;
  reach: number;
  leads?: number | null;
  registrations: number;
  costIdr: number;
  conversionRate?: number | null;
  costPerRegistration?: number | null;
  registrationsPerActivity?: number | null;
  source?: DataSource | null;
  /** What reach counts: ATTENDEES, IMPRESSIONS, or MIXED (a group of both types: no conversion). */
  reachUnit?: ReachUnit | null;
  attendees?: number | null;
  impressions?: number | null;
  /** 95 % intervals (the activity as cluster); null where undefined. */
  conversionLow?: number | null;
  conversionHigh?: number | null;
  costPerRegistrationLow?: number | null;
  costPerRegistrationHigh?: number | null;
}

export interface AttainmentRow {
  key: string;
  label?: string | null;
  metric?: string | null;
  target: number;
  realised: number;
  attainmentPct: number;
  gap?: number | null;
  asOf?: string | null;
  projectedRealised?: number | null;
  projectedLow?: number | null;
  projectedHigh?: number | null;
  projectedAttainmentPct?: number | null;
  /** CountUnit of the figures: PERSONS or ENROLMENTS (program enrolments). */
  unit?: string | null;
  /**
   * AttainmentStatus: NO_DATA, PARTIAL_DATA, IN_PROGRESS or COMPLETE. NO_DATA shows "no data
   * yet", never 0 %; PARTIAL_DATA "incomplete data" (attainment over the keys with data only).
   */
  status?: string | null;
  /** The part of `target` whose keys have data: what realised and attainmentPct are against. */
  targetWithData?: number | null;
  /** The part of `target` whose keys have no data for the year yet. */
  targetWithoutData?: number | null;
  keysWithTargets?: number | null;
  keysWithData?: number | null;
  earliestAsOf?: string | null;
  branchesWithTargets?: number | null;
  reportingBranches?: number | null;
  source?: DataSource | null;
}

export interface EffectivenessStats {
  activities: number;
  reach: number;
  registrations: number;
  costIdr: number;
  conversionRate?: number | null;
  conversionLow?: number | null;
  conversionHigh?: number | null;
  costPerRegistration?: number | null;
  registrationsPerActivity?: number | null;
}

export interface EffectivenessVerdict {
  cheaperPerRegistration: VerdictOutcome;
  moreRegistrationsPerActivity: VerdictOutcome;
  costRatio?: number | null;
  costRatioLow?: number | null;
  costRatioHigh?: number | null;
  costPerRegistration?: EffectivenessComparison | null;
  registrationsPerActivity?: EffectivenessComparison | null;
  minimumActivities?: number | null;
}

/** One verdict with its reason (VerdictReason in schema/effectiveness.graphql) and interval. */
export interface EffectivenessComparison {
  outcome: VerdictOutcome;
  reason: string;
  ratio?: number | null;
  low?: number | null;
  high?: number | null;
  socialisationActivities: number;
  promotionActivities: number;
}

export interface Effectiveness {
  socialisation: EffectivenessStats;
  promotion: EffectivenessStats;
  verdict: EffectivenessVerdict;
}

/** Options every chart accepts. Sizes are in px; missing or invalid values fall back to defaults. */
export interface ChartOptions {
  width?: number;
  height?: number;
  locale?: Locale;
  /** Shown at the top of the chart and used as its accessible name. Without it the chart's
   *  default title (labels.ts) is the accessible name and nothing is drawn at the top, so the
   *  dashboard can use its own heading. */
  title?: string;
  /** Shown under the chart (e.g. source note) and appended to the text description. */
  caption?: string;
  /** Prefix for the SVG's element ids; give one when several charts share a page. By default
   *  it is derived from the chart name and a hash of its content, so output is deterministic. */
  id?: string;
}

export type ReachMeasure = 'reach' | 'registrations' | 'costIdr' | 'conversionRate' | 'costPerRegistration';

export interface CampaignReachOptions extends ChartOptions {
  /** What the bar length shows. Default 'reach'. */
  measure?: ReachMeasure;
  /** Bar to emphasise (cross-filtering), the others dimmed: `ACTIVITY:KEY` (`PROMOTION:YOUTUBE`) names one bar, a bare key every row with that key (reach-focus.ts). */
  highlight?: string | null;
  /** 'input' keeps the rows' order (periods stay in time order); 'value' sorts largest first. Default 'input'. */
  sort?: 'input' | 'value';
}

export interface EffectivenessOptions extends ChartOptions {
  /** Draw the verdict sentences under the panels. Default true; a page that shows the verdict
   *  itself (the dashboard) turns it off. The verdict stays in the chart's <desc> either way. */
  showVerdict?: boolean;
  /** Draw the reminder that reach counts attendees vs impressions. Default true; it still gives
   *  way to the panels on a short chart. Stays in <desc> either way. */
  showNotes?: boolean;
}

/** Text alternative of a chart: what a screen reader, the dashboard's table view and CSV use. */
export interface ChartTable {
  columns: TableColumn[];
  /** Formatted for people, per locale ("46.878", "−2,42%", "Rp1.500.000"). */
  rows: string[][];
  /** The same cells unformatted (numbers stay numbers, null where undefined), for CSV/JSON. */
  values: (string | number | null)[][];
}

export interface TableColumn {
  /** Stable machine name (snake_case), e.g. for CSV headers. */
  key: string;
  /** Header per locale. */
  label: string;
  numeric: boolean;
}
