// The latest month's coverage in words, for the dashboard's freshness notice and the printed
// report's warning alike: how many branches the latest month covers, which month the others
// have reported too (the rule of period-coverage.ts), and how old that month is when stale.
import { formatInteger, formatPeriod, type Locale } from '../i18n/format.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../i18n/period-coverage.ts';
import { monthsBetween, type PeriodCoverage } from './period-coverage.ts';

/**
 * The notice's line on the latest month's branches, or null when every branch that reported the
 * months before reported it too: "Data terakhir: November 2025 (1 dari 147 cabang); Oktober 2025
 * lengkap.", then how old the complete month is when that is stale.
 */
export function latestCoverageText(
  coverage: PeriodCoverage,
  freshness: { monthsBehind: number | null; staleAfterMonths: number },
  locale: Locale,
): string | null {
  const latest = coverage.incomplete.at(-1);
  if (!latest || !coverage.headline) return null;
  const C = COVERAGE_TEXTS[locale];
  const line = C.latestMonthCoverage(formatPeriod(latest.period, locale), formatInteger(latest.reportingBranches, locale), formatInteger(latest.of, locale), formatPeriod(coverage.headline, locale));
  if (freshness.monthsBehind === null) return line;
  const completeBehind = freshness.monthsBehind + monthsBetween(coverage.headline, latest.period);
  return completeBehind > freshness.staleAfterMonths ? `${line} ${C.completeMonthStale(completeBehind)}` : line;
}
