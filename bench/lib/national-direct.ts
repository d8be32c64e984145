// The same aggregation without GraphQL or HTTP: each root field of an operation answered by its
// question's own `answer(db, args)` (server/domains/questions.ts), the function the resolver
// calls, with the arguments graphql-js derives from the document and variables exactly as the
// executor would (getVariableValues, getArgumentValues). Root fields run side by side, as
// Apollo runs a query's root fields. Anonymous public reads pass the arguments through
// unchanged (server/auth/question-access.ts), so nothing of the resolver's path is left out
// but GraphQL itself and HTTP.
import { buildSchema, getArgumentValues, getVariableValues, Kind, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Database } from '../../server/db/orm.ts';
import { QUESTIONS } from '../../server/domains/questions.ts';
import { loadTypeDefs } from '../../server/graphql/type-defs.ts';

let schema: GraphQLSchema | undefined;

export async function answerDirectly(db: Database, document: DocumentNode, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  schema ??= buildSchema(loadTypeDefs());
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('no operation in the document');
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const fields = schema.getQueryType()!.getFields();
  const roots = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename');
  const entries = await Promise.all(
    roots.map(async (node) => {
      const question = QUESTIONS.find((q) => q.field === node.name.value);
      if (!question) throw new Error(`${node.name.value} is not an analytic question`);
      const args = getArgumentValues(fields[node.name.value], node, coerced.coerced);
      return [node.alias?.value ?? node.name.value, await question.answer(db, args as never)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Rows in an answer: list items, a series counting its points, an object one row. */
export function rowsIn(data: Record<string, unknown>): number {
  let n = 0;
  for (const value of Object.values(data)) {
    if (Array.isArray(value)) for (const item of value) n += Array.isArray((item as { points?: unknown[] })?.points) ? (item as { points: unknown[] }).points.length : 1;
    else if (value !== null && value !== undefined) n += 1;
  }
  return n;
}
