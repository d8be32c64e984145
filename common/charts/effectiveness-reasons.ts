// The words of the effectiveness verdict per reason, in the chosen language (the texts are in
// common/i18n/verdict-reasons.ts).
import type { Locale } from '../i18n/format.ts';
import { verdictReasons, type VerdictMeasure, type VerdictReasonTexts } from '../i18n/verdict-reasons.ts';

export type Measure = VerdictMeasure;

export function reasonWords(locale: Locale): VerdictReasonTexts {
  return verdictReasons[locale];
}
