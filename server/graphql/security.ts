// Protections for a public GraphQL endpoint: limits on query depth, aliases, directives, cost
// (GraphQL Armor's validation rules), tokens (graphql-js's parser), and request body size
// (a small limit for anonymous requests, a large one only for the admin's import uploads).
// Every refusal names the limit it hit and carries the code QUERY_LIMIT_EXCEEDED; the
// GRAPHQL_MAX_* environment variables tune them (see limitsFromEnv).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { GraphQLContext } from './context.ts';

export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

export interface QueryLimits {
  /** Nesting depth of fields (fragments flattened; `__schema` is bounded by graphql-js's own introspection rule). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Directives in one document. */
  maxDirectives: number;
  /** Estimated cost: 1 per scalar, 2 per object, ×1.5 per level, × `first` for paged fields. */
  maxCost: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Times one response name may stand in one selection set (graphql-js's overlap check is quadratic in it). */
  maxSameField: number;
  /** Largest JSON body of an anonymous request (bytes, or a size such as `100kb`). */
  bodyLimit: string;
  /** Largest JSON body of a request carrying the admin token (imports send files). */
  adminBodyLimit: string;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 100_000,
  maxTokens: 3000,
  maxSameField: 50,
  bodyLimit: '100kb',
  adminBodyLimit: '16mb',
};

/** Which environment variable sets each limit; error messages name it so operators know what to change. */
export const LIMIT_VARIABLES: Record<keyof QueryLimits, string> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxCost: 'GRAPHQL_MAX_COST',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxSameField: 'GRAPHQL_MAX_SAME_FIELD',
  bodyLimit: 'GRAPHQL_BODY_LIMIT',
  adminBodyLimit: 'GRAPHQL_ADMIN_BODY_LIMIT',
};

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive whole number, got "${value}"`);
  return n;
}

function size(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i.test(value.trim())) throw new Error(`${name}: expected a size such as 100kb or 16mb, got "${value}"`);
  return value.trim();
}

/** The limits in force: defaults, overridden by GRAPHQL_MAX_* / GRAPHQL_*BODY_LIMIT variables. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const v = LIMIT_VARIABLES;
  return {
    maxDepth: positiveInt(v.maxDepth, env[v.maxDepth], DEFAULT_LIMITS.maxDepth),
    maxAliases: positiveInt(v.maxAliases, env[v.maxAliases], DEFAULT_LIMITS.maxAliases),
    maxDirectives: positiveInt(v.maxDirectives, env[v.maxDirectives], DEFAULT_LIMITS.maxDirectives),
    maxCost: positiveInt(v.maxCost, env[v.maxCost], DEFAULT_LIMITS.maxCost),
    maxTokens: positiveInt(v.maxTokens, env[v.maxTokens], DEFAULT_LIMITS.maxTokens),
    maxSameField: positiveInt(v.maxSameField, env[v.maxSameField], DEFAULT_LIMITS.maxSameField),
    bodyLimit: size(v.bodyLimit, env[v.bodyLimit], DEFAULT_LIMITS.bodyLimit),
    adminBodyLimit: size(v.adminBodyLimit, env[v.adminBodyLimit], DEFAULT_LIMITS.adminBodyLimit),
  };
}

type LimitName = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost' | 'maxTokens';

/** A validation error that formatError turns into QUERY_LIMIT_EXCEEDED (Apollo forces the code of validation errors). */
function limitError(limit: LimitName, allowed: number, message: string, found?: number): GraphQLError {
  return new GraphQLError(`${message} (set by ${LIMIT_VARIABLES[limit]}).`, {
    extensions: { queryLimit: limit, limitValue: allowed, ...(found === undefined ? {} : { found }) },
  });
}

const ARMOR_MESSAGES: { limit: LimitName; pattern: RegExp; say: (found: string, allowed: number) => string }[] = [
  { limit: 'maxDepth', pattern: /depth limit of \d+ exceeded, found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i, say: (f, n) => `Query depth ${f} exceeds the limit of ${n}` },
  { limit: 'maxAliases', pattern: /aliases limit of \d+ exceeded, found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i, say: (f, n) => `Query uses ${f} aliases, more than the limit of ${n}` },
  { limit: 'maxDirectives', pattern: /directives limit of \d+ exceeded, found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i, say: (f, n) => `Query uses ${f} directives, more than the limit of ${n}` },
  {
    limit: 'maxCost',
    pattern: /cost limit of \d+ exceeded, found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i,
    say: (f, n) => `Query cost ${roughly(Number(f))} exceeds the limit of ${n}; ask for fewer fields, fewer aliases or smaller pages (\`first\`)`,
  },
];

/** A cost for people: whole numbers up to a trillion, then powers of ten (deep nesting multiplies cost per level). */
function roughly(n: number): string {
  return n < 1e12 ? String(Math.ceil(n)) : `about ${n.toExponential(1).replace('e+', ' × 10^')}`;
}

/** Reports an armor rejection with our wording and marker instead of armor's "Syntax Error: …". */
function reporter(limit: LimitName, allowed: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const known = ARMOR_MESSAGES.find((m) => m.limit === limit);
    const found = known?.pattern.exec(error.message)?.[1];
    const message = known && found ? known.say(found, allowed) : `Query exceeds the ${limit} limit of ${allowed}`;
    const count = found === undefined ? undefined : Math.min(Math.ceil(Number(found)), Number.MAX_SAFE_INTEGER);
    ctx?.reportError(limitError(limit, allowed, message, count));
  };
}

/**
 * The Apollo options that protect the endpoint: validation rules (depth, aliases, directives,
 * cost), parser options (tokens) and no batched requests. Spread into the ApolloServer options.
 */
export function queryProtection(
  limits: QueryLimits = limitsFromEnv(),
  opts: { introspection: boolean } = { introspection: true },
): Pick<ApolloServerOptions<GraphQLContext>, 'validationRules' | 'parseOptions' | 'allowBatchedHttpRequests'> & {
  plugins: ApolloServerPlugin<GraphQLContext>[];
} {
  const callbacks = (limit: LimitName, allowed: number) => ({ propagateOnRejection: false, onReject: [reporter(limit, allowed)] });
  const armor = new ApolloArmor({
    // Field suggestions ("Did you mean …?") name schema fields: they help researchers while the
    // schema is public (introspection on), and would leak it field by field when it is not.
    blockFieldSuggestion: { enabled: !opts.introspection },
    // Tokens are limited by graphql-js's own parser option below, which stops lexing at the limit.
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...callbacks('maxDepth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...callbacks('maxAliases', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...callbacks('maxDirectives', limits.maxDirectives) },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ignoreIntrospection: true, ...callbacks('maxCost', limits.maxCost) },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules,
    // Apollo's own landing page loads from a CDN; Pantau serves its bundled playground instead.
    plugins: [...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]), ApolloServerPluginLandingPageDisabled()],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
}

const TOKENS = /Document contains more (?:than|that) (\d+) tokens/i;

/**
 * The client's view of an error that hit a limit (code QUERY_LIMIT_EXCEEDED, the limit named in
 * the message and in `extensions.limit`), or undefined for any other error. Called by formatError.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const ext = formatted.extensions ?? {};
  if (typeof ext.queryLimit === 'string') {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: QUERY_LIMIT_EXCEEDED, limit: ext.queryLimit, limitValue: ext.limitValue, found: ext.found },
    };
  }
  if (ext.code === 'GRAPHQL_VALIDATION_FAILED' && /^Maximum introspection depth exceeded/.test(formatted.message)) {
    // graphql-js's own rule: `fields`, `interfaces`, `possibleTypes` or `inputFields` nested 3 deep in introspection.
    return {
      message: 'Introspection nests list fields (fields, interfaces, possibleTypes, inputFields) 3 or more levels deep, beyond the limit of graphql-js.',
      locations: formatted.locations,
      extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'introspectionDepth', limitValue: 3 },
    };
  }
  const tokens = TOKENS.exec(formatted.message);
  if (tokens && ext.code === 'GRAPHQL_PARSE_FAILED') {
    const n = Number(tokens[1]);
    return {
      message: `Query has more than ${n} tokens, the limit (set by ${LIMIT_VARIABLES.maxTokens}).`,
      extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'maxTokens', limitValue: n },
    };
  }
  return undefined;
}

/**
 * JSON body parser for /graphql: `bodyLimit` (100 KB by default) for everyone, `adminBodyLimit`
 * (16 MB) only for a caller who may import (`mayUpload`: an account allowed to, or the
 * ADMIN_TOKEN), so the import mutation can upload files while others cannot send huge bodies.
 * An oversized body is refused from its Content-Length, before it is read.
 */
export function graphqlBodyParser(mayUpload: (req: Request) => boolean, limits: QueryLimits = limitsFromEnv()): RequestHandler {
  const small = express.json({ limit: limits.bodyLimit });
  const large = express.json({ limit: limits.adminBodyLimit });
  return (req, res, next) => {
    return (mayUpload(req) ? large : small)(req, res, next);
  };
}

/** Answers body-parser failures on /graphql as GraphQL errors (JSON), naming the limit. */
export const graphqlBodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const reply = (status: number, message: string, extensions: Record<string, unknown>) =>
    void res.status(status).json({ errors: [{ message, extensions }] });
  if (err?.type === 'entity.too.large') {
    return reply(413, `Request body of ${err.length ?? 'more than ' + err.limit} bytes exceeds the limit of ${err.limit} bytes (set by ${LIMIT_VARIABLES.bodyLimit}).`, {
      code: QUERY_LIMIT_EXCEEDED,
      limit: 'bodyLimit',
      limitValue: err.limit,
    });
  }
  if (err?.type === 'entity.parse.failed') return reply(400, 'Request body is not valid JSON.', { code: 'BAD_REQUEST' });
  if (err?.type === 'charset.unsupported' || err?.type === 'encoding.unsupported') {
    return reply(415, 'Request body must be UTF-8 JSON.', { code: 'BAD_REQUEST' });
  }
  return next(err);
};
