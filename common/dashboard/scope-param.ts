// The one spelling of "the whole nation" in an address: `scope=national`. The dashboard writes
// it (url-state.ts) and every address built from a view reads it: the report, chart images,
// embeds and CSV downloads, where naming no branch or office asks for the nation as well.
export const SCOPE_PARAM = 'scope';
export const NATIONAL_SCOPE = 'national';

/** Whether a `scope` value names the nation (case and spaces aside). */
export const isNationalScope = (value: string): boolean => value.trim().toLowerCase() === NATIONAL_SCOPE;
