// Units for CSV headers, by field name (GraphQL camelCase or the chart tables' snake_case keys):
// `active_participants (persons)`, `costIdr (IDR)`, `conversionRate (%)`. The unit of a figure
// is its metadata (common/vocabulary/measures.ts, which the cubes' measures carry); fields
// without a unit (keys, periods, codes, enums) keep their bare name.
import { figureOf, ROW_UNIT, type Unit } from '../../common/vocabulary/measures.ts';

/** CountUnit values (schema/base.graphql) as a CSV header says them. */
export const COUNT_UNIT_WORDS: Record<string, Unit> = { PERSONS: 'persons', ENROLMENTS: 'program enrolments' };

const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The unit of a field (by its last path segment), or '' when it has none. */
export function unitOf(field: string): string {
  const leaf = field.split('.').at(-1) ?? field;
  return (
    (figureOf(leaf) ?? figureOf(camel(leaf)))?.unit ??
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
 * in their row's unit (ROW_UNIT: the target figures) take `countUnit`, the answer's CountUnit,
 * when known.
 */
export function headerWithUnit(field: string, countUnit?: string | null): string {
  const unit = unitOf(field);
  const counted = unit === ROW_UNIT && countUnit ? (COUNT_UNIT_WORDS[countUnit] ?? ROW_UNIT) : unit;
  return counted ? `${field} (${counted})` : field;
}
