// The national bench's tables as text: one per data set (each question's times, rows, its
// GraphQL/direct ratio and the goals it meets) and one comparing stress with demo times.
import type { FirstViewTiming } from './first-view-timing.ts';
import type { QuestionTiming } from './national-timing.ts';

/** The issue's goals. */
export const GOALS = { p95Ms: 50, graphqlOverDirect: 1.2, stressOverDemo: 3 } as const;

const f = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(head: string[], rows: string[][], right: Set<number>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? lpad(c, widths[i]) : pad(c, widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Whether a question meets the p95 and ratio goals: "yes", or what it misses. */
export function goalOf(t: QuestionTiming): string {
  if (t.error) return 'ERROR';
  const missed: string[] = [];
  if (t.graphql && t.graphql.p95 > GOALS.p95Ms) missed.push(`p95>${GOALS.p95Ms}`);
  if (t.ratio !== null && t.ratio > GOALS.graphqlOverDirect) missed.push(`ratio>${GOALS.graphqlOverDirect}`);
  if (t.refused) missed.push('refused');
  return missed.length ? `no (${missed.join(', ')})` : 'yes';
}

export function questionTable(timings: readonly QuestionTiming[]): string {
  const head = ['question', 'scope', 'period', 'first', 'p50', 'p95', 'max', 'n', 'rows', 'direct p50', 'gql/direct', 'warm p50', 'warm p95', 'goal', 'note'];
  const rows = timings.map((t) => [
    t.operation, t.scope, t.period, f(t.firstMs), f(t.graphql?.p50), f(t.graphql?.p95), f(t.graphql?.max), String(t.graphql?.n ?? 0),
    t.rows === null ? '–' : String(t.rows), f(t.direct?.p50), f(t.ratio, 2), f(t.warm?.p50), f(t.warm?.p95), goalOf(t),
    [t.refused ? `${t.refused.code} at the default limit, timed with it off` : '', t.error ?? '', t.rows !== null && t.directRows !== null && t.rows !== t.directRows ? `direct rows ${t.directRows}` : '']
      .filter(Boolean).join('; '),
  ]);
  return table(head, rows, new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
}

export function firstViewTable(views: readonly FirstViewTiming[]): string {
  const head = ['index.html', 'scope', 'first load', 'baked', 'p50', 'p95', 'max', 'n', 'answers baked (of 7)'];
  const rows = views.map((v) => [
    'first view', v.scope, f(v.firstLoadMs), String(v.firstLoadBaked), f(v.page.p50), f(v.page.p95), f(v.page.max), String(v.page.n),
    v.answersBaked.min === v.answersBaked.max ? String(v.answersBaked.min) : `${v.answersBaked.min}–${v.answersBaked.max}`,
  ]);
  return table(head, rows, new Set([2, 3, 4, 5, 6, 7]));
}

export interface ScaleComparison {
  id: string;
  demoP50: number | null;
  otherP50: number | null;
  /** p50 at the larger scale / p50 at demo: steadier than the p95s on a shared machine. */
  ratioP50: number | null;
  demoP95: number | null;
  otherP95: number | null;
  ratio: number | null;
  /** The goal on the p95s. */
  met: boolean | null;
}

const quotient = (a: number | null, b: number | null) => (a && b ? Math.round((a / b) * 100) / 100 : null);

/** Each question's times at a larger scale against its demo times (paired by id). */
export function compareScales(demo: readonly QuestionTiming[], other: readonly QuestionTiming[]): ScaleComparison[] {
  const byId = new Map(demo.map((t) => [t.id, t]));
  return other.map((t) => {
    const d = byId.get(t.id)?.graphql ?? null;
    const o = t.graphql ?? null;
    const ratio = quotient(o?.p95 ?? null, d?.p95 ?? null);
    return {
      id: t.id, demoP50: d?.p50 ?? null, otherP50: o?.p50 ?? null, ratioP50: quotient(o?.p50 ?? null, d?.p50 ?? null),
      demoP95: d?.p95 ?? null, otherP95: o?.p95 ?? null, ratio, met: ratio === null ? null : ratio <= GOALS.stressOverDemo,
    };
  });
}

export function comparisonTable(label: string, rows: readonly ScaleComparison[]): string {
  const head = ['question | scope | period', 'demo p50', `${label} p50`, 'ratio p50', 'demo p95', `${label} p95`, 'ratio p95', `goal ≤${GOALS.stressOverDemo}× (p95)`];
  const met = rows.filter((r) => r.met).length;
  const metP50 = rows.filter((r) => r.ratioP50 !== null && r.ratioP50 <= GOALS.stressOverDemo).length;
  const body = table(
    head,
    rows.map((r) => [r.id, f(r.demoP50), f(r.otherP50), f(r.ratioP50, 2), f(r.demoP95), f(r.otherP95), f(r.ratio, 2), r.met === null ? '–' : r.met ? 'yes' : 'no']),
    new Set([1, 2, 3, 4, 5, 6]),
  );
  return `${body}\n${met} of ${rows.length} questions within ${GOALS.stressOverDemo}× their demo p95 (${metP50} on the p50s)`;
}

export interface GoalSummary {
  questions: number;
  p95Met: number;
  ratioMet: number;
  refused: string[];
  failed: string[];
}

/** How many questions of a data set meet each goal, and which were refused or failed. */
export function summarizeGoals(timings: readonly QuestionTiming[]): GoalSummary {
  return {
    questions: timings.length,
    p95Met: timings.filter((t) => t.graphql && !t.error && t.graphql.p95 <= GOALS.p95Ms).length,
    ratioMet: timings.filter((t) => t.ratio !== null && t.ratio <= GOALS.graphqlOverDirect).length,
    refused: timings.filter((t) => t.refused).map((t) => t.id),
    failed: timings.filter((t) => t.error).map((t) => `${t.id}: ${t.error}`),
  };
}

export function goalLine(s: GoalSummary): string {
  return `${s.p95Met} of ${s.questions} questions p95 ≤ ${GOALS.p95Ms} ms, ${s.ratioMet} GraphQL/direct ≤ ${GOALS.graphqlOverDirect}, ` +
    `${s.refused.length} refused at the default cost limit${s.refused.length ? ` (${s.refused.join(', ')})` : ''}, ${s.failed.length} failed${s.failed.length ? ` (${s.failed.join('; ')})` : ''}`;
}
