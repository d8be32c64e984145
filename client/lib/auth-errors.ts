// Tells an error of a GraphQL answer that means "log in first" (extensions.code UNAUTHENTICATED)
// from any other. Apollo hands it over as GraphQL errors when the server answers HTTP 200, and as
// a ServerError carrying the body when the server answers 401, so both shapes are read.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

interface ErrorBody {
  errors?: { extensions?: { code?: unknown } }[];
}

function codesOfBody(bodyText: string): unknown[] {
  try {
    return ((JSON.parse(bodyText) as ErrorBody).errors ?? []).map((e) => e.extensions?.code);
  } catch {
    return [];
  }
}

/** True when the error says the caller must be logged in. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (ServerError.is(error)) return error.statusCode === 401 || codesOfBody(error.bodyText).includes('UNAUTHENTICATED');
  return false;
}

/** The error codes (extensions.code) of an error of a GraphQL answer, in either shape. */
export function errorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  if (ServerError.is(error)) return codesOfBody(error.bodyText).filter((c): c is string => typeof c === 'string');
  return [];
}
