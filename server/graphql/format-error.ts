// The one place where errors become what a GraphQL client sees: input errors keep their
// message and get BAD_USER_INPUT, the argument at fault and, when the thrower gave one, the
// reason's code (common/vocabulary/refusal-reasons.ts) with its details; anything unexpected is
// logged and answered with a generic message, so stack traces and SQL never reach a client.
import { unwrapResolverError } from '@apollo/server/errors';
import type { ASTNode, GraphQLFormattedError, ValueNode } from 'graphql';
import type { RefusalReason } from '../../common/vocabulary/refusal-reasons.ts';
import { isNulTextError, NUL_REFUSAL } from '../db/errors.ts';
import { BadInputError, ForbiddenError, TimeLimitError } from '../errors.ts';
import { logger } from '../logger.ts';
import { formatLimitError } from './security.ts';

const CLIENT_CODES = new Set([
  'HEAVY_QUERY_BUSY',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'QUERY_LIMIT_EXCEEDED',
  'COST_LIMIT',
]);

const holdsNul = (value: ValueNode): boolean =>
  value.kind === 'StringValue' ? value.value.includes('\0') : value.kind === 'ListValue' ? value.values.some(holdsNul) : value.kind === 'ObjectValue' ? value.fields.some((f) => holdsNul(f.value)) : false;

/**
 * The argument of the failed field that holds the NUL character: one written in the query, else
 * the ones given by variables (whose values an error does not carry).
 */
function nulArgument(error: unknown): string {
  const node: ASTNode | undefined = (error as { nodes?: readonly ASTNode[] } | undefined)?.nodes?.[0];
  const args = node?.kind === 'Field' ? (node.arguments ?? []) : [];
  const literal = args.find((a) => holdsNul(a.value));
  if (literal) return literal.name.value;
  const byVariable = args.filter((a) => a.value.kind === 'Variable').map((a) => a.name.value);
  return byVariable.length ? byVariable.join(', ') : 'an argument';
}

/**
 * Apollo's refusals of automatic persisted queries: plain GraphQLErrors with an HTTP status of 400
 * but no code, which would otherwise read as INTERNAL_SERVER_ERROR (and be logged as ours).
 */
const PERSISTED_QUERY_REFUSALS: Record<string, { code: string; message: string }> = {
  'provided sha does not match query': {
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message: "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: send the hash of exactly this query text (hex, lower case), or leave the persistedQuery extension out",
  },
  'Unsupported persisted query version': {
    code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    message: 'extensions.persistedQuery.version must be 1, the only version of automatic persisted queries',
  },
};

/**
 * The HTTP status a GraphQL error asks for (Apollo's extensions.http), if any. Read by shape:
 * Apollo's errors may come from another copy of graphql-js than ours (instanceof fails).
 */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
  return typeof status === 'number' ? status : undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const limit = formatLimitError(formatted);
  if (limit) return limit;
  // A NUL character in a text argument: PostgreSQL refuses the statement (22021), SQLite finds
  // nothing (an "unknown branch code" naming it); both say the same, naming the argument.
  const nulIn = original instanceof BadInputError && original.message.includes('\0') ? original.argument : isNulTextError(original) ? nulArgument(error) : undefined;
  if (nulIn !== undefined) {
    const reason: RefusalReason = 'NUL_CHARACTER';
    return { message: `${nulIn}: ${NUL_REFUSAL}`, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', argument: nulIn, reason } };
  }
  if (original instanceof BadInputError) {
    const { argument, reason, details } = original;
    return {
      message: original.message, path: formatted.path, locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', argument, ...(reason ? { reason } : {}), ...(details ? { details } : {}) },
    };
  }
  if (original instanceof TimeLimitError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', limit: 'queryTimeoutMs', limitValue: original.limitMs } };
  }
  if (original instanceof ForbiddenError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } };
  }
  const refusal = Object.hasOwn(PERSISTED_QUERY_REFUSALS, formatted.message) ? PERSISTED_QUERY_REFUSALS[formatted.message] : undefined;
  if (refusal && httpStatusOf(original) === 400) return { message: refusal.message, extensions: { code: refusal.code } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
