// One analytic question: a root field of the GraphQL Query type, the function that answers it,
// and what the rest of Pantau derives from it. The resolvers, /api/<field>.csv, the chart files
// and embeds, and the report all read the list in questions.ts, so a new question (or a chart
// for an existing one) is one descriptor in its domain plus one line in that list.
import { type DatedRange, dayNumber, daysOfPart, monthLabel, parseDatedRange, splitDays } from '../analytics/periods.ts';
import type { Database } from '../db/orm.ts';
import type { Query, QueryResolvers } from '../graphql/generated/resolvers-types.ts';
import type { ExtraSpecs } from './url-options.ts';
import type { ChartName } from '../../common/charts/registry.ts';
import type { Locale } from '../../common/i18n/format.ts';

/** The root fields a domain answers; the import's fields have resolvers of their own. */
export type QuestionField = Exclude<keyof Query, '__typename' | NotAQuestion>;

/**
 * Root fields that are no analytic question: the import's and the accounts' own, and the weekly
 * review's and the plan's, which read team work rather than aggregate figures.
 */
export const NOT_QUESTIONS = [
  'importHistory', 'importKinds', 'me', 'apiTokens', 'auditLog', 'reviews', 'reviewStaff', 'reviewOverview', 'targetPlan', 'plannedActivities', 'planRealisation',
] as const;
type NotAQuestion = (typeof NOT_QUESTIONS)[number];

type ResolverFn<F extends QuestionField> = Extract<NonNullable<QueryResolvers[F]>, (...args: never[]) => unknown>;
/** The arguments GraphQL passes for the field (its defaults applied). */
type SchemaArgs<F extends QuestionField> = Parameters<ResolverFn<F>>[1];
/** What the schema lets the field return. */
type SchemaAnswer<F extends QuestionField> = Awaited<ReturnType<ResolverFn<F>>>;

/** The fields a caller selects on an answer's rows (Question.answer). */
export interface AnswerFields {
  fields?: ReadonlySet<string>;
}

export interface DataMeta {
  /** Last month with data (`YYYY-MM`), null when there is none. */
  asOf: string | null;
  /** STUDY, SYNTHETIC, IMPORTED or MIXED over everything the chart shows; null when empty. */
  source: string | null;
}

/** The report's section for a chart: one branch (or all) and one year. */
export interface ReportSection<Args> {
  args(branch: string | undefined, year: number): Args;
  /** Chart options of the printed chart (the same as its URL's `measure`, `sort`…). */
  options?: Record<string, unknown>;
  /** The sentence under the section's heading: how to read the chart. */
  note: Record<Locale, string>;
  /** Columns a printed page has room for (the CSV link carries them all); all when absent. */
  printedColumns?: readonly string[];
  /** Rows the printed table keeps; the default is a short table. */
  rows?: number;
}

/**
 * A question's chart: which drawing of common/charts/registry.ts shows the answer, and what the
 * server adds around it. The chart URLs' parameters are the field's arguments plus `options`.
 */
export interface ChartDefinition<Args, Data> {
  name: ChartName;
  /** Chart options a URL may set besides the field's arguments. */
  options: ExtraSpecs;
  /** The caption's "data as of" month and source. */
  meta(db: Database, args: Args, data: Data): Promise<DataMeta>;
  /** Present when the report shows the chart, in the order of the list. */
  report?: ReportSection<Args>;
}

// `any` by default: the list holds every question; each descriptor is checked where it is
// defined (defineQuestion).
export interface Question<Args = any, Data = any> {
  field: QuestionField;
  /**
   * Validates the arguments (a BadInputError names the bad one) and answers. `asked.fields`,
   * from GraphQL, are the fields selected on the answer's rows: an answer may leave out what
   * only unselected fields need (then null there). Without it (CSV, charts, the report) every
   * field is answered.
   */
  answer(db: Database, args: Args, asked?: AnswerFields): Promise<Data>;
  /** Downloadable as /api/<field>.csv (the answer flattened, server/api/csv.ts). */
  csv?: boolean;
  chart?: ChartDefinition<Args, Data>;
  /** True when this answer names staff members (a breakdown by staff): refused to callers who
   *  read aggregates only (server/auth/permissions.ts). */
  namesStaff?(args: Args): boolean;
  /**
   * The rows answering would read, before anything runs: the GraphQL endpoint adds up its
   * root fields' estimates and refuses a request above GRAPHQL_MAX_COST_ROWS
   * (server/graphql/cost-limit.ts). `args` are as GraphQL passes them but not yet checked, so
   * an estimate must not throw on bad ones (the answer refuses them without database work).
   * `asked` are the fields selected, as `answer` gets them: an answer that skips reads for
   * fields nobody selected estimates without them.
   */
  estimate(args: Args, facts: DataFacts, asked?: AnswerFields): RowEstimate;
}

/** A question with a chart, as the chart routes look them up. */
export type ChartQuestion = Question & { chart: NonNullable<Question['chart']> };

/**
 * Checks a descriptor against the schema: `answer` must take the arguments GraphQL passes for
 * `field` and return what the schema allows, as a hand-written resolver would have to.
 */
type FitsSchema<F extends QuestionField, Args, Data> = [SchemaArgs<F>] extends [Args]
  ? [Data] extends [SchemaAnswer<F>]
    ? unknown
    : { answer: `returns what the schema does not allow for ${F}` }
  : { answer: `does not accept the GraphQL arguments of ${F}` };

export function defineQuestion<F extends QuestionField, Args, Data>(question: Question<Args, Data> & { field: F } & FitsSchema<F, Args, Data>): Question<Args, Data> {
  return question;
}

/** The latest of some `YYYY-MM` months, null when there is none. */
export function latestMonth(values: Iterable<string | null | undefined>): string | null {
  let out: string | null = null;
  for (const v of values) if (v && (out === null || v > out)) out = v;
  return out;
}

/**
 * Cheap facts about the stored data, for estimates where the arguments leave a range open
 * (server/graphql/cost-facts.ts reads them once per data version). Months are month indexes
 * (year*12 + month-1); null when the table is empty.
 */
export interface DataFacts {
  branches: number;
  /** Regional offices stored. */
  regions: number;
  /** Branches per regional office, by office code (an office absent here has none). */
  regionBranches?: Record<string, number>;
  membership: { rows: number; firstMonth: number | null; lastMonth: number | null; segments: number; programs: number };
  /**
   * Activities, and the groups of the campaign rollups (campaigns/rollup.ts, staff-rollup.ts):
   * per branch and month, per branch and year, per branch over all time, over every branch (per month, and per day), per
   * branch and day, and by staff member and segment per branch and month and per branch and year.
   */
  campaigns: {
    rows: number;
    firstMonth: number | null;
    lastMonth: number | null;
    branches: number;
    branchGroups: number;
    yearGroups: number;
    nationalGroups: number;
    staffGroups: number;
    staffYearGroups: number;
    nationalDayGroups: number;
    /** Groups per branch over all time (campaign_branch_total_rollup). */
    totalGroups: number;
    /** Groups per branch and day (campaign_branch_day_rollup). */
    branchDayGroups: number;
  };
  targets: { rows: number; firstYear: number | null; lastYear: number | null };
}

/** An estimate of the rows a question reads, and the factors it is the product of (for the refusal's message). */
export interface RowEstimate {
  rows: number;
  /** e.g. `118 months × 20 series × 4 branches`. */
  basis: string;
}

/** The product of named factors, e.g. `{ months: 118, series: 20, branches: 4 }`. */
export function estimateRows(factors: Record<string, number>): RowEstimate {
  const entries = Object.entries(factors);
  return {
    rows: entries.reduce((product, [, n]) => product * n, 1),
    basis: entries.map(([name, n]) => `${n} ${n === 1 ? singular(name) : name}`).join(' × '),
  };
}

/** Estimates of the parts of a question read from different tables, added up: `a × b + c × d`. */
export function addEstimates(...parts: RowEstimate[]): RowEstimate {
  return { rows: parts.reduce((sum, part) => sum + part.rows, 0), basis: parts.map((part) => part.basis).join(' + ') };
}

/** `1 branch`, `1 month`, `1 activity per branch-month`: the first word in the singular. */
function singular(name: string): string {
  return name.replace(/^(\S+?)(ies|(?<=ch)es|s)(?=\s|$)/, (_m, stem: string, end: string) => stem + (end === 'ies' ? 'y' : ''));
}

/**
 * Stored months between `from` and `to`: the arguments' range cut to the stored one. An
 * unparseable period counts as open (its answer refuses it before reading anything); two
 * periods that parse but run backwards read nothing, so that the caller hears "from is after
 * to" from the answer rather than a cost refusal for the whole stored range.
 */
export function monthsIn(from: string | null | undefined, to: string | null | undefined, stored: { firstMonth: number | null; lastMonth: number | null }): number {
  if (stored.firstMonth === null || stored.lastMonth === null) return 0;
  let range: { start?: number; end?: number } = {};
  try {
    range = parseDatedRange(from, to);
  } catch {
    if (parses(from) && parses(to)) return 0;
    range = {};
  }
  const start = Math.max(range.start ?? stored.firstMonth, stored.firstMonth);
  const end = Math.min(range.end ?? stored.lastMonth, stored.lastMonth);
  return Math.max(0, end - start + 1);
}

/** The range between `from` and `to` when it parses and an end is an ISO week, else null. */
function weekEndedRange(from: string | null | undefined, to: string | null | undefined): DatedRange | null {
  try {
    const range = parseDatedRange(from, to);
    return range.firstDay === undefined && range.lastDay === undefined ? null : range;
  } catch {
    return null;
  }
}

/**
 * Stored days between `from` and `to` when an end is an ISO week (a week range reads the
 * activities of its days, not of the months they touch: 2025-W40 is seven days of September
 * and October, not two months), the range cut to the stored months; null when neither end is a
 * week (monthsIn counts the range).
 */
export function daysIn(from: string | null | undefined, to: string | null | undefined, stored: { firstMonth: number | null; lastMonth: number | null }): number | null {
  const range = weekEndedRange(from, to);
  if (!range) return null;
  if (stored.firstMonth === null || stored.lastMonth === null) return 0;
  const storedFirst = dayNumber(`${monthLabel(stored.firstMonth)}-01`);
  const storedLast = dayNumber(`${monthLabel(stored.lastMonth + 1)}-01`) - 1;
  const first = Math.max(range.firstDay ?? (range.start === undefined ? storedFirst : dayNumber(`${monthLabel(range.start)}-01`)), storedFirst);
  const last = Math.min(range.lastDay ?? (range.end === undefined ? storedLast : dayNumber(`${monthLabel(range.end + 1)}-01`) - 1), storedLast);
  return Math.max(0, last - first + 1);
}

/**
 * A range that ends in a week and holds whole months, as the planner reads it (periods.ts
 * splitDays, analytics/run.ts planParts): its stored whole months, and the stored days at its
 * ends outside them. Null when it holds no whole month, or neither end is a week.
 */
export function splitDaysIn(from: string | null | undefined, to: string | null | undefined, stored: { firstMonth: number | null; lastMonth: number | null }): { months: number; days: number } | null {
  const range = weekEndedRange(from, to);
  if (!range) return null;
  const split = splitDays(range);
  if (!split || stored.firstMonth === null || stored.lastMonth === null) return split && { months: 0, days: 0 };
  const isStored = (month: number) => month >= stored.firstMonth! && month <= stored.lastMonth!;
  const months = Math.max(0, Math.min(split.months.end ?? stored.lastMonth, stored.lastMonth) - Math.max(split.months.start ?? stored.firstMonth, stored.firstMonth) + 1);
  const days = split.ends.filter((end) => isStored(end.months.start!)).reduce((sum, end) => sum + daysOfPart(end), 0);
  return { months, days };
}

/** Whether one end of a range is a period on its own (a year, a month or an ISO week). */
function parses(period: string | null | undefined): boolean {
  try {
    parseDatedRange(period, null);
    return Boolean(period);
  } catch {
    return false;
  }
}

/** Whether a period takes whole years (from a January, to a December, either open), as the yearly rollups answer. */
export function wholeYears(from: string | null | undefined, to: string | null | undefined): boolean {
  try {
    const range = parseDatedRange(from, to);
    if (range.firstDay !== undefined || range.lastDay !== undefined) return false;
    return (range.start === undefined || range.start % 12 === 0) && (range.end === undefined || range.end % 12 === 11);
  } catch {
    return false;
  }
}

/** Branches a question reads: one when it names a branch, every stored branch otherwise. */
export function branchesIn(scope: { branch?: string | null; region?: string | null }, facts: DataFacts): number {
  if (scope.branch) return 1;
  // A regional office: its branches as stored; without that count, twice the average office's
  // (offices differ in size), at most all.
  if (scope.region && facts.regionBranches) return facts.regionBranches[String(scope.region).toUpperCase()] ?? 0;
  if (scope.region && facts.regions > 0) return Math.min(facts.branches, Math.ceil((2 * facts.branches) / facts.regions));
  return facts.branches;
}

/** Distinct values asked for, at most as many as are stored; all stored ones when not asked. */
export function chosen(values: readonly unknown[] | null | undefined, stored: number): number {
  return values ? Math.min(new Set(values).size, stored) : stored;
}

/** Rows of a campaign table per day (and per branch): a month's (perMonth) over its 28 days at least, rounded up. */
export function perDay(facts: DataFacts, rows: number, branches = 1): number {
  return Math.ceil(perMonth(facts, rows, branches) / 28);
}

/** Rows of a campaign table per month (and per branch, for `branches` > 1) on average, rounded up. */
export function perMonth(facts: DataFacts, rows: number, branches = 1): number {
  const c = facts.campaigns;
  if (c.firstMonth === null || c.lastMonth === null || rows === 0) return 0;
  return Math.ceil(rows / ((c.lastMonth - c.firstMonth + 1) * Math.max(1, branches)));
}
