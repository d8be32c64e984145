// The effectiveness verdict in plain words. It repeats the server's statistical outcome (it
// never re-decides it), says why from the machine-readable reason (too few activities, with the
// counts; a free side; a side without registrations) and says so explicitly when the data cannot
// tell the two efforts apart.
import { formatRupiah, type Locale } from '../i18n/format.ts';
import type { Effectiveness, EffectivenessComparison, VerdictOutcome } from './types.ts';
import { ACTIVITY_LABELS, labels, sentences } from './labels.ts';
import { type Measure, reasonWords } from './effectiveness-reasons.ts';
import { formatRatio } from './format-extra.ts';
import { finite } from './text.ts';

function other(outcome: 'SOCIALISATION' | 'PROMOTION'): 'SOCIALISATION' | 'PROMOTION' {
  return outcome === 'SOCIALISATION' ? 'PROMOTION' : 'SOCIALISATION';
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function decided(outcome: VerdictOutcome): outcome is 'SOCIALISATION' | 'PROMOTION' {
  return outcome === 'SOCIALISATION' || outcome === 'PROMOTION';
}

/**
 * How many times as expensive the dearer effort is, with its 95 % interval. The API gives
 * promotion / socialisation; when socialisation is the dearer one the ratio and its interval
 * are inverted so the sentence always reads "X costs about n times as much".
 */
function costRatioClause(data: Effectiveness, locale: Locale): string | null {
  const { costRatio, costRatioLow, costRatioHigh, cheaperPerRegistration } = data.verdict;
  const ratio = finite(costRatio);
  const low = finite(costRatioLow);
  const high = finite(costRatioHigh);
  if (!decided(cheaperPerRegistration) || ratio === null || low === null || high === null || ratio <= 0 || low <= 0) return null;
  const promotionDearer = cheaperPerRegistration === 'SOCIALISATION';
  const [r, lo, hi] = promotionDearer ? [ratio, low, high] : [1 / ratio, 1 / high, 1 / low];
  const who = ACTIVITY_LABELS[locale][promotionDearer ? 'PROMOTION' : 'SOCIALISATION'];
  return sentences(locale).times(who, formatRatio(r, locale), formatRatio(lo, locale), formatRatio(hi, locale));
}

/** "(cost per registration: socialisation Rp84,211, promotion Rp250,000)" */
function pair(measure: string, soc: string, pro: string, locale: Locale): string {
  const A = ACTIVITY_LABELS[locale];
  return `(${lower(measure)}: ${lower(A.SOCIALISATION)} ${soc}, ${lower(A.PROMOTION)} ${pro})`;
}

/** "(ratio 1.4, 95% CI: 0.8–2.3)" for an interval that contains 1; '' without one. */
function ratioRange(c: EffectivenessComparison | null | undefined, locale: Locale): string {
  const [ratio, low, high] = [finite(c?.ratio), finite(c?.low), finite(c?.high)];
  if (ratio === null || low === null) return '';
  return `; ${reasonWords(locale).ratio(formatRatio(ratio, locale), formatRatio(low, locale), high === null ? '∞' : formatRatio(high, locale))}`;
}

/**
 * The sentence for a comparison that did not come to a plain interval verdict, from its reason;
 * null when the reason is an interval (the caller writes those with the figures).
 */
function reasonSentence(c: EffectivenessComparison, measure: Measure, minimum: number, locale: Locale, data: Effectiveness): string | null {
  const W = reasonWords(locale);
  const side = (s: 'SOCIALISATION' | 'PROMOTION') => W.side[s];
  const counts = { SOCIALISATION: c.socialisationActivities, PROMOTION: c.promotionActivities };
  const sides = ['SOCIALISATION', 'PROMOTION'] as const;
  switch (c.reason) {
    case 'TOO_FEW_ACTIVITIES': {
      const short = sides.filter((s) => counts[s] < minimum).map((s) => W.onlyActivities(side(s), counts[s]));
      return `${W.notCompared(W.measure[measure])}: ${short.join(', ')}; ${W.needsMinimum(minimum)}.`;
    }
    case 'NO_ACTIVITIES': {
      const none = sides.filter((s) => counts[s] === 0).map((s) => W.noActivities(side(s)));
      return `${W.notCompared(W.measure[measure])}: ${none.join(', ')}.`;
    }
    case 'NO_REGISTRATIONS':
      return `${measure === 'cost' ? W.noRegistrationsCost : W.noRegistrationsActivity}.`;
    case 'BOTH_FREE':
      return `${W.bothFree}.`;
    case 'FREE_WITHOUT_REGISTRATIONS':
      return `${W.freeWithout(freeWithoutSides(data).map(side))}.`;
    case 'ONE_SIDE_FREE': {
      const winner = decided(c.outcome) ? c.outcome : 'SOCIALISATION';
      return `${W.oneFree(side(winner), side(other(winner)))}.`;
    }
    default:
      return null;
  }
}

/**
 * The side(s) whose cost per registration is 0/0 (for FREE_WITHOUT_REGISTRATIONS): activities
 * in the period, Rp0 spent and no registration, from the same sums the server decided on. The
 * other side may well be paid and have registrations; it is never named.
 */
function freeWithoutSides(data: Effectiveness): ('SOCIALISATION' | 'PROMOTION')[] {
  const sides = ['SOCIALISATION', 'PROMOTION'] as const;
  const stats = { SOCIALISATION: data.socialisation, PROMOTION: data.promotion };
  return sides.filter((s) => stats[s].activities > 0 && !((finite(stats[s].costIdr) ?? 0) > 0) && !((finite(stats[s].registrations) ?? 0) > 0));
}

/** Which side brought no registration (for ONE_SIDE_NO_REGISTRATIONS). */
function emptySide(data: Effectiveness): 'SOCIALISATION' | 'PROMOTION' | null {
  if (data.socialisation.registrations === 0 && data.socialisation.activities > 0) return 'SOCIALISATION';
  if (data.promotion.registrations === 0 && data.promotion.activities > 0) return 'PROMOTION';
  return null;
}

function sentence(data: Effectiveness, measure: Measure, locale: Locale): string {
  const S = sentences(locale);
  const W = reasonWords(locale);
  const comparison = measure === 'cost' ? data.verdict.costPerRegistration : data.verdict.registrationsPerActivity;
  const outcome = comparison?.outcome ?? (measure === 'cost' ? data.verdict.cheaperPerRegistration : data.verdict.moreRegistrationsPerActivity);
  const figures =
    measure === 'cost'
      ? pair(labels(locale).costPerRegistration, formatRupiah(finite(data.socialisation.costPerRegistration), locale), formatRupiah(finite(data.promotion.costPerRegistration), locale), locale)
      : pair(labels(locale).registrationsPerActivity, formatRatio(finite(data.socialisation.registrationsPerActivity), locale), formatRatio(finite(data.promotion.registrationsPerActivity), locale), locale);
  if (comparison) {
    const special = reasonSentence(comparison, measure, data.verdict.minimumActivities ?? 10, locale, data);
    if (special) return special;
    if (comparison.reason === 'ONE_SIDE_NO_REGISTRATIONS') {
      const empty = emptySide(data);
      const none = empty ? W.noneFrom(W.side[empty], empty === 'SOCIALISATION' ? data.socialisation.activities : data.promotion.activities) : '';
      if (decided(outcome)) {
        const head = measure === 'cost' ? S.cheaper(ACTIVITY_LABELS[locale][outcome], lower(ACTIVITY_LABELS[locale][other(outcome)])) : S.more(ACTIVITY_LABELS[locale][outcome], lower(ACTIVITY_LABELS[locale][other(outcome)]));
        return `${head}: ${none}.`;
      }
      return `${none.charAt(0).toUpperCase()}${none.slice(1)}, ${W.tooLittle}.`;
    }
  }
  if (decided(outcome)) {
    const winner = ACTIVITY_LABELS[locale][outcome];
    const loser = lower(ACTIVITY_LABELS[locale][other(outcome)]);
    if (measure === 'cost') {
      const ratio = costRatioClause(data, locale);
      return `${S.cheaper(winner, loser)} ${figures}${ratio ? `; ${lower(ratio)}` : ''}.`;
    }
    return `${S.more(winner, loser)} ${figures}.`;
  }
  if (outcome === 'NOT_DISTINGUISHABLE') {
    const same = measure === 'cost' ? S.cheaperSame : S.moreSame;
    return `${same} ${figures.slice(0, -1)}${ratioRange(comparison, locale)}).`;
  }
  return `${measure === 'cost' ? S.cheaperInsufficient : S.moreInsufficient}.`;
}

/** Two sentences: cost per registration, then registrations per activity. */
export function effectivenessVerdictText(data: Effectiveness | null | undefined, locale: Locale): string {
  if (!data) return labels(locale).empty + '.';
  return `${sentence(data, 'cost', locale)} ${sentence(data, 'perActivity', locale)}`;
}

/**
 * What every reading needs besides the verdict: reach counts attendees for socialisation and
 * impressions for promotion; conversion intervals treat the activity as cluster; the figures
 * are attributed registrations, not proof of cause.
 */
export function effectivenessReachNote(locale: Locale): string {
  const W = reasonWords(locale);
  // The conversion panels are drawn apart, each on its own scale (effectiveness-layout.ts): say why.
  return `${labels(locale).conversionSplitNote} ${W.conversionNote} ${W.attribution}`;
}

/** The method in one plain paragraph (the same as the schema's and the README's). */
export function effectivenessMethodText(data: Effectiveness | null | undefined, locale: Locale): string {
  return reasonWords(locale).method(data?.verdict?.minimumActivities ?? 10);
}
