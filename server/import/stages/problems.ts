// The problems of one import as the stages find them: all counted, the first ones listed, each
// passed on as found (the CLI prints them all that way).
import type { Locale } from '../../../common/i18n/format.ts';
import { describeProblem, type ProblemCode, type ProblemParams } from '../messages.ts';
import { shortened } from '../shown-value.ts';

export interface ImportProblem {
  /** Line of the file (the header is line 1); null for a problem with the whole file. */
  line: number | null;
  /** Canonical column (or the header text for an unknown column); null when the whole row or file is at fault. */
  column: string | null;
  /** The offending cell as it was in the file. */
  value: string | null;
  code: ProblemCode;
  params: ProblemParams;
  /** The reason, in the report's language. */
  reason: string;
}

export class ProblemLog {
  /** The first `maxListed` problems in file order. */
  readonly listed: ImportProblem[] = [];
  /** All problems found. */
  count = 0;
  /** Rows with at least one problem (problems of the header and of the whole file not counted). */
  rejectedRows = 0;
  /** The first problem found, also when none is listed (the history names it). */
  first: ImportProblem | undefined;
  /** The header's line once read: its problems are not a rejected row. */
  headerLine = -1;
  private lastRejectedLine = -1;

  constructor(
    private readonly lang: Locale,
    private readonly maxListed: number,
    private readonly onProblem?: (problem: ImportProblem) => void,
  ) {}

  report(line: number | null, column: string | null, value: string | null, code: ProblemCode, params: ProblemParams = {}): void {
    this.count++;
    if (line !== null && line !== this.headerLine && line !== this.lastRejectedLine) {
      this.rejectedRows++;
      this.lastRejectedLine = line;
    }
    // Past the listed ones, a problem is only built when someone is told of it.
    if (this.listed.length >= this.maxListed && !this.onProblem && this.first) return;
    const p: ImportProblem = { line, column, value: shortened(value), code, params, reason: describeProblem(code, params, this.lang) };
    this.first ??= p;
    if (this.listed.length < this.maxListed) this.listed.push(p);
    this.onProblem?.(p);
  }
}
