// Why the server refused an argument, as a code the dashboard can say in the reader's language
// (GraphQL extensions.reason next to extensions.argument; the English message stays for API
// users). Defined once here so that the server's throw sites and the dashboard's texts name the
// same codes: a misspelt one is a type error on either side, not a refusal shown in English.

export const REFUSAL_REASONS = [
  // written text (server/domains/written-text.ts, the GraphQL error formatter)
  'TEXT_TOO_LONG',
  'CONTROL_CHARACTER',
  'NUL_CHARACTER',
  'EMPTY',
  // any argument
  'REQUIRED',
  'NOT_A_DAY',
  'NOT_A_COUNT',
  'NOT_FOUND',
  'UNKNOWN_BRANCH',
  'NOT_BRANCH_STAFF',
  'RANGE_TOO_LARGE',
  // planning: target split
  'SHARE_NOT_TEAM',
  'SHARE_TWICE',
  'SHARE_MONTHS_INVALID',
  'SHARES_OVER_TARGET',
  'NO_BRANCH_TARGET',
  // planning: activities
  'NOT_A_CHANNEL',
  'ACTIVITY_DONE',
  'ACTIVITY_CANCELLED',
  'ACTIVITY_CHANGED',
  'RESULTS_NOT_STORED',
  // weekly reviews
  'WEEK_INVALID',
  'WEEK_NOT_BEGUN',
  'REVIEW_WEEK_TAKEN',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}

/**
 * The figures a reason's sentence needs (extensions.details), so that the dashboard says them in
 * the reader's numbers instead of reading them out of the English message.
 */
const DETAIL_FIELDS = {
  SHARES_OVER_TARGET: { assigned: 'number', target: 'number', over: 'number' },
  /** The importer's reasons, already in the caller's language. */
  RESULTS_NOT_STORED: { reasons: 'string' },
} as const satisfies Partial<Record<RefusalReason, Record<string, 'number' | 'string'>>>;

type DetailFields = typeof DETAIL_FIELDS;

export type RefusalDetails = {
  [R in keyof DetailFields]: { [F in keyof DetailFields[R]]: DetailFields[R][F] extends 'number' ? number : string };
};

/** The reasons whose refusal carries details. */
export type DetailedReason = keyof RefusalDetails;

/** The details of a refusal for `reason`, or null when they are missing or not of their type. */
export function refusalDetails<R extends DetailedReason>(reason: R, details: unknown): RefusalDetails[R] | null {
  if (typeof details !== 'object' || details === null) return null;
  const fields: Record<string, string> = DETAIL_FIELDS[reason];
  const given = details as Record<string, unknown>;
  return Object.entries(fields).every(([field, type]) => typeof given[field] === type) ? (given as RefusalDetails[R]) : null;
}
