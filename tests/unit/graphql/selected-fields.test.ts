// The fields a request selects on a root field (server/graphql/selected-fields.ts): top-level
// names, nested ones by their path, fragments followed at any depth, a directive's field counted.
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields } from '../../../server/graphql/selected-fields.ts';

function selectionOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return selectedFields({ fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments });
}

describe('selectedFields', () => {
  it('names the top-level fields and the nested ones by path', () => {
    expect([...selectionOf('{ membershipTrend { segment points { period change } } }')].sort()).toEqual(['points', 'points.change', 'points.period', 'segment']);
  });

  it('follows fragments and inline fragments at every depth, and counts fields under @skip or @include', () => {
    const fields = selectionOf(`
      query($no: Boolean!) { membershipTrend { ...Series points { ... on MembershipPoint { asOf } ...Point } } }
      fragment Series on MembershipSeries { unit points { period } }
      fragment Point on MembershipPoint { reportingBranches @include(if: $no) }`);
    expect([...fields].sort()).toEqual(['points', 'points.asOf', 'points.period', 'points.reportingBranches', 'unit']);
  });
});
