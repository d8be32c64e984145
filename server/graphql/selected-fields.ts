// The fields a request selects on a root field's rows, for answers that can skip work no
// selected field needs (Question.answer's `fields`): each by its name, and a field of a nested
// object also by its path (`points.change`). Fragments are followed; a field under @include or
// @skip counts as selected, so a directive can only make an answer compute more.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, prefix: string, fragmentsSeen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const path = prefix + selection.name.value;
        out.add(path);
        if (selection.selectionSet) visit(selection.selectionSet, `${path}.`, new Set());
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, prefix, fragmentsSeen);
      else if (!fragmentsSeen.has(selection.name.value)) {
        fragmentsSeen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, prefix, fragmentsSeen);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, '', new Set());
  return out;
}
