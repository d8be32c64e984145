// Errors that pure code throws with a precise message; they are mapped once at each boundary
// (Apollo formatError, the HTTP error handler, the CLI reporter) to codes a user can act on.
import type { DetailedReason, RefusalDetails, RefusalReason } from '../common/vocabulary/refusal-reasons.ts';

/** A reason, with its details when its sentence needs figures: the compiler checks both. */
export type Refusal = [] | { [R in RefusalReason]: R extends DetailedReason ? [reason: R, details: RefusalDetails[R]] : [reason: R] }[RefusalReason];

/**
 * Bad input from a caller: the message names the argument or parameter at fault. A refusal the
 * dashboard says in its reader's language also carries its reason (extensions.reason), since the
 * English message may be reworded.
 */
export class BadInputError extends Error {
  readonly argument: string;
  readonly reason: RefusalReason | undefined;
  readonly details: Readonly<Record<string, string | number>> | undefined;
  constructor(argument: string, message: string, ...[reason, details]: Refusal) {
    super(`${argument}: ${message}`);
    this.name = 'BadInputError';
    this.argument = argument;
    this.reason = reason;
    this.details = details;
  }
}

/** The caller is not allowed to do this (missing or wrong admin token, bad embed signature). */
export class ForbiddenError extends Error {
  readonly status: 401 | 403;
  constructor(message: string, status: 401 | 403 = 403) {
    super(message);
    this.name = 'ForbiddenError';
    this.status = status;
  }
}

/** Work for one request ran past its time limit and was cancelled (QUERY_TIMEOUT_MS). */
export class TimeLimitError extends Error {
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`The request's database work ran past its time limit of ${limitMs} ms (set by QUERY_TIMEOUT_MS) and was cancelled: ask for a shorter range, fewer series or a coarser granularity.`);
    this.name = 'TimeLimitError';
    this.limitMs = limitMs;
  }
}
