// The effectiveness verdict in plain words. It repeats the server's statistical outcome (it
// never re-decides it) and says so explicitly when the data cannot tell the two efforts apart.
import { formatRupiah, type Locale } from '../i18n/format.ts';
import type { Effectiveness, VerdictOutcome } from './types.ts';
import { ACTIVITY_LABELS, labels, sentences } from './labels.ts';
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

function costSentence(data: Effectiveness, locale: Locale): string {
  const S = sentences(locale);
  const outcome = data.verdict.cheaperPerRegistration;
  const soc = formatRupiah(finite(data.socialisation.costPerRegistration), locale);
  const pro = formatRupiah(finite(data.promotion.costPerRegistration), locale);
  const figures = pair(labels(locale).costPerRegistration, soc, pro, locale);
  if (decided(outcome)) {
    const winner = ACTIVITY_LABELS[locale][outcome];
    const loser = lower(ACTIVITY_LABELS[locale][other(outcome)]);
    const ratio = costRatioClause(data, locale);
    return `${S.cheaper(winner, loser)} ${figures}${ratio ? `; ${lower(ratio)}` : ''}.`;
  }
  if (outcome === 'NOT_DISTINGUISHABLE') return `${S.cheaperSame} ${figures}.`;
  return `${S.cheaperInsufficient}.`;
}

function activitySentence(data: Effectiveness, locale: Locale): string {
  const S = sentences(locale);
  const outcome = data.verdict.moreRegistrationsPerActivity;
  const soc = formatRatio(finite(data.socialisation.registrationsPerActivity), locale);
  const pro = formatRatio(finite(data.promotion.registrationsPerActivity), locale);
  const figures = pair(labels(locale).registrationsPerActivity, soc, pro, locale);
  if (decided(outcome)) {
    return `${S.more(ACTIVITY_LABELS[locale][outcome], lower(ACTIVITY_LABELS[locale][other(outcome)]))} ${figures}.`;
  }
  if (outcome === 'NOT_DISTINGUISHABLE') return `${S.moreSame} ${figures}.`;
  return `${S.moreInsufficient}.`;
}

/** Two sentences: cost per registration, then registrations per activity. */
export function effectivenessVerdictText(data: Effectiveness | null | undefined, locale: Locale): string {
  if (!data) return labels(locale).empty + '.';
  return `${costSentence(data, locale)} ${activitySentence(data, locale)}`;
}

/** Reach counts attendees for socialisation and impressions for promotion. */
export function effectivenessReachNote(locale: Locale): string {
  return labels(locale).reachNote;
}
