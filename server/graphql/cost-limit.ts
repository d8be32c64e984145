// Refuses, before anything is resolved, a GraphQL request whose analytic root fields would read
// more rows than GRAPHQL_MAX_COST_ROWS. The field-counting limits (aliases, cost per field,
// tokens) cannot see that one `membershipTrend(granularity: MONTH, programs: […])` reads every
// stored row of every branch while `branches` reads four: each question's descriptor estimates
// its own rows from its arguments and the stored data's facts (Question.estimate,
// server/domains/question.ts), and the request's estimate is their sum, every alias counted.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  buildSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { QUESTIONS } from '../domains/questions.ts';
import type { DataFacts, Question, RowEstimate } from '../domains/question.ts';
import { willBeAnsweredFromMemory } from './answer-cache.ts';
import { dataFacts } from './cost-facts.ts';
import type { GraphQLContext } from './context.ts';
import { Turns } from './heavy-lane.ts';
import { selectedFields } from './selected-fields.ts';
import { loadTypeDefs } from './type-defs.ts';

export const COST_LIMIT = 'COST_LIMIT';
export const COST_LIMIT_VARIABLE = 'GRAPHQL_MAX_COST_ROWS';

const byField = new Map<string, Question>(QUESTIONS.map((q) => [q.field, q]));

export interface FieldEstimate extends RowEstimate {
  /** The response name (the alias, else the field). */
  responseName: string;
  field: string;
}

/** The root fields of an operation, fragments followed (each alias is a field of its own). */
function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      // A fragment spread twice at the root gives the same fields, which graphql-js merges.
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      if (fragment) out.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return out;
}

/**
 * Each analytic root field's estimate, for a validated query operation. Arguments that do not
 * coerce get no estimate: execution refuses them before any resolver runs. The facts are read
 * only when the operation asks an analytic question at all.
 */
export async function estimateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  facts: () => Promise<DataFacts>,
): Promise<FieldEstimate[]> {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return [];
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const asked: { node: FieldNode; question: Question; args: Record<string, unknown> }[] = [];
  for (const node of rootFields(operation.selectionSet, fragments)) {
    const question = byField.get(node.name.value);
    const definition = queryType.getFields()[node.name.value];
    if (!question || !definition) continue;
    try {
      asked.push({ node, question, args: getArgumentValues(definition, node, coerced.coerced) });
    } catch {
      continue;
    }
  }
  if (asked.length === 0) return [];
  const known = await facts();
  const fragmentsByName = Object.fromEntries(fragments);
  return asked.map(({ node, question, args }) => ({
    responseName: node.alias?.value ?? node.name.value,
    field: node.name.value,
    ...question.estimate(args, known, { fields: selectedFields({ fieldNodes: [node], fragments: fragmentsByName }) }),
  }));
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** The refusal: the limit, the request's estimate and its largest field, with that field's factors. */
export function costLimitError(estimates: readonly FieldEstimate[], limit: number): GraphQLError {
  const total = estimates.reduce((sum, e) => sum + e.rows, 0);
  const largest = estimates.reduce((a, b) => (b.rows > a.rows ? b : a));
  const name = largest.responseName === largest.field ? largest.field : `${largest.responseName} (${largest.field})`;
  const which =
    estimates.length === 1
      ? `${name}: ${largest.basis}`
      : `over ${estimates.length} fields; the largest, ${name}, ${count(largest.rows)} rows: ${largest.basis}`;
  const message =
    `Query is estimated to read ${count(total)} rows (${which}), more than the limit of ${count(limit)} ` +
    `(set by ${COST_LIMIT_VARIABLE}); ask for one branch, a shorter range, fewer programs or fewer aliases.`;
  return new GraphQLError(message, {
    extensions: { code: COST_LIMIT, limit: 'maxCostRows', limitValue: limit, estimate: total, field: largest.responseName, http: { status: 400 } },
  });
}

/**
 * The Apollo plugin: after the operation is known and validated, before execution. The limit is
 * the request's configuration (Config.maxCostRows); 0 switches it off.
 */
export function costLimitPlugin(turns = new Turns(1)): ApolloServerPlugin<GraphQLContext> {
  // Our own schema object, from the same SDL: Apollo's may come from another copy of graphql-js
  // (its CommonJS build beside the ESM one we import), whose types graphql-js refuses to mix
  // when coercing arguments. The documents are plain objects and work with either.
  let schema: GraphQLSchema | undefined;
  return {
    // Built at start, not on the first request (it takes a while).
    async serverWillStart() {
      schema = buildSchema(loadTypeDefs());
    },
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          const { maxCostRows: limit, heavyCostRows: heavy } = contextValue.config;
          if ((!limit && !heavy) || operation?.operation !== 'query') return;
          schema ??= buildSchema(loadTypeDefs());
          const estimates = await estimateOperation(schema, document, operation, request.variables, () => dataFacts(contextValue.db));
          const total = estimates.reduce((sum, e) => sum + e.rows, 0);
          if (limit && total > limit) throw costLimitError(estimates, limit);
          // A kept answer (answer-cache.ts) reads nothing: no turn to wait for.
          if (heavy && total > heavy && !willBeAnsweredFromMemory(contextValue)) release = await turns.take(contextValue.config.queryTimeoutMs);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}

