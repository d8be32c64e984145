// One analytic question: a root field of the GraphQL Query type, the function that answers it,
// and what the rest of Pantau derives from it. The resolvers, /api/<field>.csv, the chart files
// and embeds, and the report all read the list in questions.ts, so a new question (or a chart
// for an existing one) is one descriptor in its domain plus one line in that list.
import type { Database } from '../db/orm.ts';
import type { Query, QueryResolvers } from '../graphql/generated/resolvers-types.ts';
import type { ExtraSpecs } from './url-options.ts';
import type { ChartName } from '../../common/charts/registry.ts';
import type { Locale } from '../../common/i18n/format.ts';

/** The root fields a domain answers; the import's fields have resolvers of their own. */
export type QuestionField = Exclude<keyof Query, '__typename' | 'importHistory' | 'importKinds'>;

type ResolverFn<F extends QuestionField> = Extract<NonNullable<QueryResolvers[F]>, (...args: never[]) => unknown>;
/** The arguments GraphQL passes for the field (its defaults applied). */
type SchemaArgs<F extends QuestionField> = Parameters<ResolverFn<F>>[1];
/** What the schema lets the field return. */
type SchemaAnswer<F extends QuestionField> = Awaited<ReturnType<ResolverFn<F>>>;

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
  /** Validates the arguments (a BadInputError names the bad one) and answers. */
  answer(db: Database, args: Args): Promise<Data>;
  /** Downloadable as /api/<field>.csv (the answer flattened, server/api/csv.ts). */
  csv?: boolean;
  chart?: ChartDefinition<Args, Data>;
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
