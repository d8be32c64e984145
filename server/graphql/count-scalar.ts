// The Count scalar (schema/base.graphql): whole counts beyond Int's 2³¹−1, as JSON numbers exact
// up to 2⁵³−1. PostgreSQL hands sums of bigint as numeric strings; both forms are accepted.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function toCount(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new GraphQLError(`Count: ${String(value)} is not a whole number within ±(2^53−1)`);
  }
  return n;
}

export const CountScalar = new GraphQLScalarType({
  name: 'Count',
  description: 'A whole count, exact up to 2^53−1 (national totals pass Int).',
  serialize: toCount,
  parseValue: toCount,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Count: expected a whole number');
    return toCount(ast.value);
  },
});
