// Amounts stored rounded to whole Rupiah (cost_idr "1.500.000,50" → 1.500.001): not a problem of
// the file, but something its owner should be told. Counted per column while the rows are read,
// then turned into the report's notes.
import type { Locale } from '../../common/i18n/format.ts';
import { amountIsRounded, isAmountSchema } from './fields.ts';
import type { KindSpec } from './kinds.ts';
import { describeNote, type NoteCode, type ProblemParams } from './messages.ts';

/**
 * Something the importer did to an accepted file that is not a problem but that the user should
 * know (cost values with a fraction of a Rupiah, stored rounded to whole Rupiah).
 */
export interface ImportNote {
  code: NoteCode;
  /** How many values it concerns. */
  count: number;
  /** Line of the first of them. */
  line: number | null;
  column: string | null;
  params: ProblemParams;
  /** The note, in the report's language. */
  text: string;
}

export class RoundedAmounts {
  private readonly columns: string[];
  private readonly seen = new Map<string, { count: number; line: number; value: string; rounded: number }>();

  constructor(spec: KindSpec) {
    const shape = (spec.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    this.columns = Object.keys(shape).filter((c) => isAmountSchema(shape[c]));
  }

  /** Counts the amount cells of an accepted row (`raw` as read, `row` as parsed) that were rounded. */
  see(raw: Record<string, string>, row: Record<string, unknown>, line: number): void {
    for (const column of this.columns) {
      if (!amountIsRounded(raw[column])) continue;
      const found = this.seen.get(column);
      if (found) found.count++;
      else this.seen.set(column, { count: 1, line, value: raw[column], rounded: Number(row[column]) });
    }
  }

  /** One note per column with rounded amounts; `shown` shortens the value quoted. */
  notes(lang: Locale, dryRun: boolean, shown: (value: string) => string): ImportNote[] {
    return [...this.seen].map(([column, r]) => {
      const params: ProblemParams = { count: r.count, column, line: r.line, value: shown(r.value), rounded: r.rounded, dryRun: dryRun ? 1 : undefined };
      return { code: 'amount_rounded' as const, count: r.count, line: r.line, column, params, text: describeNote('amount_rounded', params, lang) };
    });
  }
}
