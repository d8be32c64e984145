// The one shape of the users' texts: every namespace of common/i18n/ is a Bilingual<its texts>,
// both languages side by side in one object, so that a text missing in one language is a type
// error (and tests/unit/i18n/texts.test.ts checks what types cannot: empty strings).
import type { Locale } from './format.ts';

/** A namespace's texts in Bahasa Indonesia and English, of the same type. */
export type Bilingual<T> = Record<Locale, T>;

/**
 * One part of a namespace in both languages. For the accessors that keep the names other code
 * imports (ACTIVITY_LABELS, USAGE_ERRORS…), so that the text itself stays in its namespace.
 */
export function part<T, P>(texts: Bilingual<T>, get: (t: T) => P): Bilingual<P> {
  return { id: get(texts.id), en: get(texts.en) };
}
