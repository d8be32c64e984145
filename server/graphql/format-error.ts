// The one place where errors become what a GraphQL client sees: input errors keep their
// message and get BAD_USER_INPUT; anything unexpected is logged and answered with a generic
// message, so stack traces and SQL never reach a client.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { BadInputError, ForbiddenError, TimeLimitError } from '../errors.ts';
import { logger } from '../logger.ts';
import { formatLimitError } from './security.ts';

const CLIENT_CODES = new Set([
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
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const limit = formatLimitError(formatted);
  if (limit) return limit;
  if (original instanceof BadInputError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', argument: original.argument } };
  }
  if (original instanceof TimeLimitError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', limit: 'queryTimeoutMs', limitValue: original.limitMs } };
  }
  if (original instanceof ForbiddenError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
