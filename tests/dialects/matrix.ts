// The query matrix of the same-answers test, generated from the schema the server serves
// (introspection), so that every field a helper adds to a type is asked for without editing
// this file: each root field's selection is every field of its type, recursively; its
// arguments are crossed over the axes below, enum arguments over all their values.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  type IntrospectionQuery,
} from 'graphql';

export type Args = Record<string, unknown>;

export interface MatrixQuery {
  field: string;
  args: Args;
  /** The operation, with the arguments inline (no variables), so that its text names the case. */
  text: string;
  /** A paged field: follow pageInfo.endCursor until the last page. */
  paged: boolean;
}

/**
 * Root fields whose answers are not facts of the data: timestamps, the caller, history, the
 * caller's tokens, the audit log; and the reviews' overview, which reads this week and needs an
 * account (the matrix asks anonymously; tests/graphql/review-overview.test.ts compares it on both).
 */
const NOT_COMPARED = new Set(['importHistory', 'me', 'apiTokens', 'auditLog', 'reviewOverview']);

export async function fetchSchema(graphql: (query: string) => Promise<{ data?: unknown }>): Promise<GraphQLSchema> {
  const res = await graphql(getIntrospectionQuery());
  return buildClientSchema(res.data as IntrospectionQuery);
}

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Every field of a type, recursively (fields with required arguments left out: no value to give). */
export function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (depth > 6) throw new Error(`selection of ${named.name} nests too deep`);
  const parts = Object.values(named.getFields())
    .filter((f) => !hasRequiredArgs(f))
    .map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { ${selectionOf(f.type, depth + 1)} }` : f.name));
  return parts.join(' ');
}

const literal = (value: unknown, arg: GraphQLArgument): string => {
  const enumArg = isEnumType(getNamedType(arg.type));
  if (Array.isArray(value)) return `[${value.map((v) => (enumArg ? String(v) : JSON.stringify(v))).join(', ')}]`;
  return enumArg ? String(value) : JSON.stringify(value);
};

function operation(field: GraphQLField<unknown, unknown>, args: Args): string {
  const given = field.args.filter((a) => args[a.name] !== undefined);
  const argText = given.length ? `(${given.map((a) => `${a.name}: ${literal(args[a.name], a)}`).join(', ')})` : '';
  const selection = selectionOf(field.type);
  return `{ ${field.name}${argText}${selection ? ` { ${selection} }` : ''} }`;
}

/** Every combination of the axes' values (undefined: the argument left out). */
function cross(axes: Record<string, unknown[]>): Args[] {
  let out: Args[] = [{}];
  for (const [name, values] of Object.entries(axes)) out = out.flatMap((args) => values.map((v) => ({ ...args, [name]: v })));
  return out.map((args) => Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)));
}

export interface MatrixData {
  /** Branch codes to ask for one at a time (undefined: all branches). */
  branches: (string | undefined)[];
  windows: { from?: string; to?: string }[];
  years: number[];
  /** Region codes, when the schema has regions. */
  regions: string[];
}

/** Flattens `windows` into from/to axes crossed with the rest. */
function withWindows(windows: MatrixData['windows'], axes: Record<string, unknown[]>): Args[] {
  return windows.flatMap((w) => cross(axes).map((args) => ({ ...args, ...w })));
}

/**
 * The argument sets of a root field: the matrix of arguments for the analytic fields, crossed
 * over every value of each enum argument, then one query per value of any other enum argument
 * (added to the schema later) with the rest at their defaults.
 */
function argumentSets(field: GraphQLField<unknown, unknown>, data: MatrixData): Args[] {
  const values = (name: string): unknown[] => {
    const arg = field.args.find((a) => a.name === name);
    if (!arg) return [undefined];
    const named = getNamedType(arg.type);
    return isEnumType(named) ? [...(isNonNullType(arg.type) ? [] : [undefined]), ...named.getValues().map((v) => v.value)] : [undefined];
  };
  const enumNames = (name: string) => (values(name).filter((v) => v !== undefined) as string[]);
  let sets: Args[];
  switch (field.name) {
    case 'membershipTrend':
      sets = withWindows(data.windows, {
        programs: [undefined, enumNames('programs')],
        granularity: enumNames('granularity'),
        branch: data.branches,
      });
      break;
    case 'campaignReach':
      // Every grouping, order and activity; then every grouping over windows and branches.
      sets = [
        {},
        ...cross({ groupBy: enumNames('groupBy'), orderBy: values('orderBy'), activity: values('activity') }),
        ...withWindows(data.windows.slice(1), { groupBy: enumNames('groupBy'), branch: data.branches }),
      ];
      break;
    case 'targetAttainment':
      sets = cross({ groupBy: values('groupBy'), year: data.years, branch: data.branches });
      break;
    case 'effectiveness':
      sets = withWindows(data.windows, { branch: data.branches });
      break;
    case 'membershipFacts':
      sets = [{}, { branch: 'KOTA_BATU', programs: ['JKK'] }, { from: '2024-Q1', to: '2024-05', segments: ['BPU', 'JAKON'] }];
      break;
    case 'campaignFacts':
      sets = [{}, { activity: 'PROMOTION', from: '2024' }, { branch: 'KOTA.BATU' }];
      break;
    case 'targetFacts':
      sets = [{}, { branch: 'KOTA_BATU', from: '2024', to: '2024' }];
      break;
    default:
      sets = [{}];
  }
  // Arguments the matrix above does not know yet: every enum value once, and every region.
  const known = new Set(['branch', 'from', 'to', 'segments', 'programs', 'granularity', 'activity', 'groupBy', 'orderBy', 'year', 'first', 'after']);
  const required = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, data.years[0]]));
  for (const arg of field.args) {
    if (known.has(arg.name)) continue;
    if (arg.name === 'region') sets.push(...data.regions.map((region) => ({ ...required, region })));
    else if (isEnumType(getNamedType(arg.type))) sets.push(...enumNames(arg.name).map((v) => ({ ...required, [arg.name]: v })));
  }
  return sets;
}

export function queryMatrix(schema: GraphQLSchema, data: MatrixData): MatrixQuery[] {
  const out: MatrixQuery[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (NOT_COMPARED.has(field.name)) continue;
    const sets = argumentSets(field, data);
    // A field with a required argument the matrix cannot fill is left out (said by the test).
    const fillable = sets.filter((args) => field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined || args[a.name] !== undefined));
    const paged = field.args.some((a) => a.name === 'after');
    for (const set of fillable) {
      // Pages of an odd size, cut anywhere; large for whole tables, to keep the requests few.
      const args = paged ? { ...set, first: Object.keys(set).length ? 97 : 499 } : set;
      out.push({ field: field.name, args, text: operation(field, args), paged });
    }
  }
  return out;
}

/** The same query for the next page. */
export function nextPage(schema: GraphQLSchema, query: MatrixQuery, after: string): MatrixQuery {
  const field = schema.getQueryType()!.getFields()[query.field];
  const args = { ...query.args, after };
  return { ...query, args, text: operation(field, args) };
}

/** The URL query string of arguments, as the CSV routes take them (lists comma separated). */
export function searchOf(args: Args): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
