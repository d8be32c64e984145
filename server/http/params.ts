// Query string → arguments, shared by chart images, embeds, CSV downloads and the report page.
// The accepted parameters of an analytic URL are the arguments of the matching GraphQL root
// field, read from the schema itself (names, enums, lists, Int, required), so the URLs follow
// the API as it grows. Lists are comma separated (`segments=PU,BPU`); enum values are matched
// case-insensitively. Presentation parameters (lang, width, height, scale, token, …) are
// declared by each route. Every refusal is a BadInputError naming the parameter.
import {
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { isNationalScope, NATIONAL_SCOPE, SCOPE_PARAM } from '../../common/dashboard/scope-param.ts';
import { LOCALES } from '../../common/i18n/format.ts';
import type { ExtraSpec, ExtraSpecs } from '../domains/url-options.ts';
import { NUL_REFUSAL } from '../db/errors.ts';
import { BadInputError } from '../errors.ts';
import { loadTypeDefs } from '../graphql/type-defs.ts';

let cachedSchema: GraphQLSchema | undefined;

/** The API's schema, built once from schema/*.graphql (no resolvers: only for its types). */
export function apiSchema(): GraphQLSchema {
  cachedSchema ??= buildSchema(loadTypeDefs());
  return cachedSchema;
}

export type { ExtraSpec, ExtraSpecs };

export interface ParsedParams {
  /** GraphQL arguments, coerced as GraphQL would (enums upper case, Int as numbers, lists as arrays). */
  args: Record<string, unknown>;
  /** Presentation parameters with their defaults applied. */
  extras: Record<string, string | number | undefined>;
  /** Every given parameter, normalised, sorted by name: for cache keys and signatures. */
  canonical: Record<string, string>;
}

/** Presentation parameters shared by every chart URL. */
export const SIZE_PARAMS = {
  width: { kind: 'int', min: 200, max: 2400 },
  height: { kind: 'int', min: 150, max: 2400 },
} as const satisfies ExtraSpecs;

export const LANG_PARAM = { lang: { kind: 'enum', values: LOCALES, default: 'id', caseSensitive: false } } as const satisfies ExtraSpecs;

/** The parameters of a URL exactly as sent (repeated names kept), from the raw request URL. */
export function searchParamsOf(url: string): URLSearchParams {
  const q = url.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
}

/** Argument names and types of a root field of the Query type. */
export function rootFieldArgs(field: string): { name: string; type: GraphQLInputType; required: boolean }[] {
  const query = apiSchema().getQueryType();
  const def = query?.getFields()[field];
  if (!def) throw new Error(`no root field ${field} in the schema`);
  return def.args.map((a) => ({ name: a.name, type: a.type, required: isNonNullType(a.type) && a.defaultValue === undefined }));
}

function describeType(type: GraphQLNamedType): string {
  if (isEnumType(type)) return `one of ${type.getValues().map((v) => v.name).join(', ')}`;
  if (type.name === 'Int') return 'an integer';
  if (type.name === 'Float') return 'a number';
  if (type.name === 'Boolean') return 'true or false';
  return 'text';
}

function coerceScalar(name: string, raw: string, type: GraphQLNamedType): string | number | boolean {
  const value = raw.trim();
  if (!value) throw new BadInputError(name, `is empty: give ${describeType(type)} or leave the parameter out`);
  if (isEnumType(type)) {
    const found = type.getValues().find((v) => v.name === value.toUpperCase());
    if (!found) throw new BadInputError(name, `"${value}" is not ${describeType(type)}`);
    return found.name;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': {
        if (!/^[+-]?\d{1,10}$/.test(value) || !Number.isSafeInteger(Number(value))) throw new BadInputError(name, `"${value}" is not an integer`);
        return Number(value);
      }
      case 'Float': {
        const n = Number(value);
        if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) || !Number.isFinite(n)) throw new BadInputError(name, `"${value}" is not a number`);
        return n;
      }
      case 'Boolean':
        if (/^(true|1)$/i.test(value)) return true;
        if (/^(false|0)$/i.test(value)) return false;
        throw new BadInputError(name, `"${value}" is not true or false`);
      default:
        if (value.length > 200) throw new BadInputError(name, 'is longer than 200 characters');
        return value;
    }
  }
  throw new BadInputError(name, 'cannot be given in a URL');
}

function coerceArg(name: string, raw: string, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = getNamedType(inner);
    const parts = raw.split(',').map((s) => s.trim());
    if (parts.some((p) => !p)) throw new BadInputError(name, `has an empty item in "${raw}": give ${describeType(item)}, comma separated (e.g. ${name}=${example(item)})`);
    const values = parts.map((p) => coerceScalar(name, p, item));
    return [...new Set(values)];
  }
  return coerceScalar(name, raw, getNamedType(inner));
}

function example(type: GraphQLNamedType): string {
  if (isEnumType(type)) return type.getValues().slice(0, 2).map((v) => v.name).join(',');
  return 'a,b';
}

function coerceExtra(name: string, raw: string, spec: ExtraSpec): string | number {
  const value = raw.trim();
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const n = Number(value);
      const ok = spec.kind === 'int' ? /^\d{1,6}$/.test(value) : /^\d{1,4}(\.\d{1,3})?$/.test(value);
      if (!ok || !Number.isFinite(n)) throw new BadInputError(name, `"${value}" is not ${spec.kind === 'int' ? 'a whole number' : 'a number'} between ${spec.min} and ${spec.max}`);
      if (n < spec.min || n > spec.max) throw new BadInputError(name, `${value} is out of range: give a value between ${spec.min} and ${spec.max}`);
      return n;
    }
    case 'enum': {
      const found = spec.values.find((v) => (spec.caseSensitive === false ? v.toLowerCase() === value.toLowerCase() : v === value));
      if (!found) throw new BadInputError(name, `"${value}" is not one of ${spec.values.join(', ')}`);
      return found;
    }
    case 'string':
      if (!value) throw new BadInputError(name, 'is empty');
      if (value.length > spec.maxLength) throw new BadInputError(name, `is longer than ${spec.maxLength} characters`);
      return value;
  }
}

function canonicalString(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * Parses a URL's parameters for a root field (or none, for pages without one) plus the route's
 * extra parameters. Unknown and repeated parameters are refused, naming them.
 */
export function parseParams(search: URLSearchParams, field: string | null, extras: ExtraSpecs = {}): ParsedParams {
  const argDefs = field ? rootFieldArgs(field) : [];
  const argTypes = new Map(argDefs.map((a) => [a.name, a.type]));
  // A view's address names the nation `scope=national` (common/dashboard/scope-param.ts): a
  // question of a branch or an office takes it too, meaning neither, so a link copied from the
  // dashboard works here. A route that declares `scope` itself reads it as it says.
  const takesScope = argTypes.has('branch') && argTypes.has('region') && !(SCOPE_PARAM in extras);
  const known = [...argTypes.keys(), ...(takesScope ? [SCOPE_PARAM] : []), ...Object.keys(extras)];

  const seen = new Map<string, string>();
  const unknown: string[] = [];
  for (const [name, value] of search) {
    if (!argTypes.has(name) && !(name in extras) && !(takesScope && name === SCOPE_PARAM)) {
      if (!unknown.includes(name)) unknown.push(name);
      continue;
    }
    if (seen.has(name)) throw new BadInputError(name, 'is given more than once; give lists once, comma separated (e.g. segments=PU,BPU)');
    // Refused up front so that both databases answer the same 400 (see NUL_REFUSAL).
    if (value.includes('\0')) throw new BadInputError(name, NUL_REFUSAL);
    seen.set(name, value);
  }
  if (unknown.length) {
    throw new BadInputError(unknown.join(', '), `unknown parameter${unknown.length > 1 ? 's' : ''}; this URL accepts ${known.join(', ') || 'no parameters'}`);
  }
  const scope = seen.get(SCOPE_PARAM);
  if (takesScope && scope !== undefined) {
    if (!isNationalScope(scope)) throw new BadInputError(SCOPE_PARAM, `"${scope.trim()}" is not a scope; scope=${NATIONAL_SCOPE} is the nation, branch= a branch, region= a regional office`);
    if (seen.has('branch') || seen.has('region')) throw new BadInputError(SCOPE_PARAM, `scope=${NATIONAL_SCOPE} is the nation: give it without branch or region`);
  }

  const args: Record<string, unknown> = {};
  const canonical: Record<string, string> = {};
  for (const def of argDefs) {
    const raw = seen.get(def.name);
    if (raw === undefined) {
      if (def.required) throw new BadInputError(def.name, `is required: give ${describeType(getNamedType(def.type))}`);
      continue;
    }
    args[def.name] = coerceArg(def.name, raw, def.type);
    canonical[def.name] = canonicalString(args[def.name]);
  }
  const extraValues: Record<string, string | number | undefined> = {};
  for (const [name, spec] of Object.entries(extras)) {
    const raw = seen.get(name);
    if (raw === undefined) {
      extraValues[name] = 'default' in spec ? spec.default : undefined;
      continue;
    }
    extraValues[name] = coerceExtra(name, raw, spec);
    canonical[name] = String(extraValues[name]);
  }
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(canonical).sort()) sorted[key] = canonical[key];
  return { args, extras: extraValues, canonical: sorted };
}

/** The canonical parameters back as a query string (stable order), e.g. for links. */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
