// Stage 4, the key check: the branch a row names must exist, and no natural key may come twice
// in one file.
import { KeySet } from '../key-set.ts';
import type { KindSpec } from '../kinds.ts';
import type { Header } from './header.ts';
import type { ProblemLog } from './problems.ts';
import type { CheckedRow } from './row-check.ts';

export class KeyChecker {
  private readonly seen = new KeySet();
  /** The last branch found known and allowed. */
  private allowedBranch: string | undefined;
  private readonly interned = new Map<string, number>();
  private readonly intern = (text: string): number => {
    let id = this.interned.get(text);
    if (id === undefined) this.interned.set(text, (id = this.interned.size));
    return id;
  };

  constructor(
    private readonly spec: KindSpec,
    private readonly header: Header,
    /** Known branch codes, upper-cased; undefined for a kind that names no branch. */
    private readonly known: ReadonlySet<string> | undefined,
    private readonly log: ProblemLog,
    /** The branches the importing account may write; every branch when undefined. */
    private readonly scope?: { allows(code: string): boolean; text: string },
    /** Known regional office codes; undefined for a kind that names none. */
    private readonly regions?: ReadonlySet<string>,
  ) {}

  check(row: CheckedRow): void {
    const { spec, log } = this;
    const { line, raw, data } = row;
    const ok = data !== undefined;
    // A row rejected for another cell has its branch checked too, when the branch cell itself is
    // fine, so that every problem of the row is listed at once (a totals row at the bottom:
    // branch `TOTAL`).
    if (this.known && spec.branchOf) {
      const usable = ok || (!row.flagged.has('branch') && !this.header.missing.has('branch') && raw.branch !== '');
      const branch = ok ? spec.branchOf(data) : raw.branch.toUpperCase();
      // Rows of one branch mostly come together: a branch found allowed is not looked up again for the next row.
      if (usable && branch !== this.allowedBranch) {
        if (!this.known.has(branch)) log.report(line, 'branch', raw.branch, 'unknown_branch');
        else if (this.scope && !this.scope.allows(branch)) log.report(line, 'branch', raw.branch, 'branch_not_allowed', { allowed: this.scope.text });
        else this.allowedBranch = branch;
      }
    }
    if (!ok) return;
    const region = this.regions && spec.regionOf ? spec.regionOf(data) : null;
    if (region && !this.regions!.has(region)) log.report(line, 'region_code', raw.region_code, 'unknown_region');
    const first = this.seen.seen(spec.key(data, this.intern), line);
    if (first !== undefined) log.report(line, null, null, 'duplicate_key', { key: spec.keyText(data), line: first });
  }

  /** Sizes the key set for a file of about `keys` rows: growing a large table step by step costs rehashing. */
  reserve(keys: number): void {
    this.seen.reserve(keys);
  }
}
