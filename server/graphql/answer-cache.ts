// Answers of analytic questions, kept for the next caller who asks the same: the dashboard's
// panels ask the same few questions of the same branches all day, and computing one costs
// milliseconds of SQL and JavaScript, far more than the request around it. An answer is reused
// only when everything it depends on is the same:
// - the data: the key holds the data version (server/cache/data-version.ts: an import in this
//   process at once, one by another process within its one-second look at the import history);
// - the caller: permissions scope and shape answers (a branch account reads its branch, a
//   researcher no staff), so the key holds who asks (account, role and scope) and AUTH_READ is
//   this server's own (one cache per Apollo server);
// - the question: the query text, operation name and variables;
// - the day: answers measured against today's month (dataFreshness) live ANSWER_TTL_MS at most.
// Only queries whose every root field is an analytic question (server/domains/questions.ts) or
// `__typename` are kept (not `me`, the audit log, tokens or the import history, which change
// without a new data version), and only answers without errors. A kept answer is sent only
// after validation and every didResolveOperation check (read gate, cost limit), so it is
// refused to whoever the limits refuse it to; it takes no heavy turn (it runs nothing).
// GRAPHQL_ANSWER_CACHE_ENTRIES (default 500; 0 switches it off) and GRAPHQL_ANSWER_CACHE_MB
// (default 32) bound it; the least recently used answers go first.
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, type FormattedExecutionResult, Kind, print, type SelectionSetNode } from 'graphql';
import type { Principal } from '../auth/principal.ts';
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
import { QUESTIONS } from '../domains/questions.ts';
import type { GraphQLContext } from './context.ts';

export const ANSWER_TTL_MS = 10_000;

const CACHEABLE_ROOT_FIELDS = new Set([...QUESTIONS.map((q) => q.field), '__typename']);

export interface AnswerCacheOptions {
  entries: number;
  bytes: number;
}

export function answerCacheOptions(env: NodeJS.ProcessEnv = process.env): AnswerCacheOptions {
  const entries = Number(env.GRAPHQL_ANSWER_CACHE_ENTRIES ?? 500);
  const mb = Number(env.GRAPHQL_ANSWER_CACHE_MB ?? 32);
  if (!Number.isInteger(entries) || entries < 0) throw new Error(`GRAPHQL_ANSWER_CACHE_ENTRIES: expected a whole number, 0 or more, got "${env.GRAPHQL_ANSWER_CACHE_ENTRIES}"`);
  if (!(mb > 0)) throw new Error(`GRAPHQL_ANSWER_CACHE_MB: expected a positive number, got "${env.GRAPHQL_ANSWER_CACHE_MB}"`);
  return { entries, bytes: mb * 1024 * 1024 };
}

/** Every root field of the operation, fragments followed; false when one is not an analytic question. */
function onlyQuestions(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (!CACHEABLE_ROOT_FIELDS.has(s.name.value)) return false;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!onlyQuestions(s.selectionSet, document, seen)) return false;
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      if (!fragment || fragment.kind !== Kind.FRAGMENT_DEFINITION || !onlyQuestions(fragment.selectionSet, document, seen)) return false;
    }
  }
  return true;
}

function callerKey(principal: Principal): string {
  if (principal.kind !== 'account') return principal.kind;
  const { id, role, branch, region } = principal.account;
  return `account:${id}:${role}:${branch ?? ''}:${region ?? ''}`;
}

interface Kept {
  at: number;
  bytes: number;
  result: FormattedExecutionResult;
}

/** The requests (their context) that will be answered with a kept answer: they take no heavy turn. */
const answeredFromMemory = new WeakSet<GraphQLContext>();

/** True once the answer cache has found a kept answer for this request (cost-limit.ts asks). */
export function willBeAnsweredFromMemory(context: GraphQLContext): boolean {
  return answeredFromMemory.has(context);
}

export function answerCachePlugin(options: AnswerCacheOptions = answerCacheOptions()): ApolloServerPlugin<GraphQLContext> {
  const kept = new Map<string, Kept>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    kept.delete(key);
  };
  const keep = (key: string, result: FormattedExecutionResult) => {
    const size = JSON.stringify(result).length;
    if (size > options.bytes / 16) return; // a few huge answers would push out every small one
    drop(key);
    kept.set(key, { at: Date.now(), bytes: size, result });
    bytes += size;
    while (kept.size > options.entries || bytes > options.bytes) drop(kept.keys().next().value as string);
  };
  return {
    async requestDidStart({ contextValue }) {
      if (options.entries === 0) return;
      // The version as it stands if the look fails: the computation then tells what the database says.
      await syncDataVersion(contextValue.db).catch(() => undefined);
      const version = dataVersion();
      let missed: string | undefined;
      let hit: Kept | undefined;
      return {
        // Found here, synchronously, so that the cost limit (whose own check awaits the facts)
        // knows before it takes a heavy turn that this request will not execute anything.
        async didResolveOperation({ operation, document, request }) {
          if (!operation || operation.operation !== 'query' || !onlyQuestions(operation.selectionSet, document)) return;
          const key = JSON.stringify([version, callerKey(contextValue.principal), request.query ?? print(document), request.operationName ?? null, request.variables ?? {}]);
          const found = kept.get(key);
          if (found && Date.now() - found.at < ANSWER_TTL_MS) {
            // Most recently used last, so that the oldest use goes first.
            kept.delete(key);
            kept.set(key, found);
            hit = found;
            answeredFromMemory.add(contextValue);
          } else missed = key;
        },
        // Asked only once every didResolveOperation passed (read gate, cost limit).
        async responseForOperation() {
          if (!hit) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { ...hit.result } } };
        },
        async willSendResponse({ response }) {
          if (missed === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          keep(missed, { data: result.data });
        },
      };
    },
  };
}
