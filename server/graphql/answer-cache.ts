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
//
// A kept answer is also kept as the bytes Apollo sent for it (with their content type, ETag and
// compressed forms), so that the next POST of the same body is answered from those bytes before
// Apollo (servedFromMemory, mounted last before it): parsing, the plugins, serialising and
// compressing were most of what a kept answer still cost. Such a request has passed everything
// in front of Apollo (identity, rate limit, CSRF-safe JSON body, body limit, same-field guard);
// what Apollo would check again depends only on what the key holds or on what the bytes are
// kept with: validation and the read gate on the query and the caller, the cost limit on the
// arguments and the cost facts (their generation, cost-facts.ts: bytes checked against other
// facts are not served). Anything else (GET, extensions, a body Apollo would refuse, another
// Accept header than the bytes were made for) goes to Apollo as before.
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { type DocumentNode, type FormattedExecutionResult, Kind, print, type SelectionSetNode } from 'graphql';
import { principalOf } from '../auth/identify.ts';
import type { Principal } from '../auth/principal.ts';
import { dataVersion, syncDataVersion } from '../cache/data-version.ts';
import { QUESTIONS } from '../domains/questions.ts';
import { encode, wholeEncoding } from '../http/compress-whole.ts';
import type { Database } from '../db/orm.ts';
import type { GraphQLContext } from './context.ts';
import { factsGeneration } from './cost-facts.ts';

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

/** The key of an answer: the data version, the caller and the request as Apollo reads it. */
function answerKey(version: number, principal: Principal, query: string, operationName: string | null, variables: Record<string, unknown>): string {
  return JSON.stringify([version, callerKey(principal), query, operationName, variables]);
}

/** An answer as it went out over HTTP to one Accept header. */
interface SentBytes {
  contentType: string;
  etag: string | undefined;
  body: Buffer;
  /** The body compressed, by encoding, made on first use. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

interface Kept {
  at: number;
  bytes: number;
  result: FormattedExecutionResult;
  /** The cost facts the answer's estimate was checked against. */
  facts: number;
  /** By the request's Accept header. */
  sent?: Map<string, SentBytes>;
}

/** The requests (their context) that will be answered with a kept answer: they take no heavy turn. */
const answeredFromMemory = new WeakSet<GraphQLContext>();

/** True once the answer cache has found a kept answer for this request (cost-limit.ts asks). */
export function willBeAnsweredFromMemory(context: GraphQLContext): boolean {
  return answeredFromMemory.has(context);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Buffer.isBuffer(v) && !Array.isArray(v);

/**
 * The request's query, operation name and variables when it is a POST that Apollo reads as is
 * (its checks of a POST body, runHttpQuery), else undefined: such a request always goes to Apollo.
 */
function plainPost(req: Request): { query: string; operationName: string | null; variables: Record<string, unknown> } | undefined {
  const body: unknown = req.body;
  if (req.method !== 'POST' || !isRecord(body) || typeof body.query !== 'string' || !body.query) return undefined;
  if ('extensions' in body && body.extensions !== null && body.extensions !== undefined) return undefined;
  const { operationName, variables } = body;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  return { query: body.query, operationName: typeof operationName === 'string' ? operationName : null, variables: isRecord(variables) ? variables : {} };
}

export class AnswerCache {
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;

  constructor(private readonly options: AnswerCacheOptions = answerCacheOptions()) {}

  private drop(key: string): void {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.kept.delete(key);
  }

  private trim(): void {
    while (this.kept.size > this.options.entries || this.bytes > this.options.bytes) this.drop(this.kept.keys().next().value as string);
  }

  private keep(key: string, result: FormattedExecutionResult, facts: number): void {
    const size = JSON.stringify(result).length;
    if (size > this.options.bytes / 16) return; // a few huge answers would push out every small one
    this.drop(key);
    this.kept.set(key, { at: Date.now(), bytes: size, result, facts });
    this.bytes += size;
    this.trim();
  }

  /** A kept answer still fresh, made most recently used (the oldest use goes first). */
  private fresh(key: string): Kept | undefined {
    const found = this.kept.get(key);
    if (!found || Date.now() - found.at >= ANSWER_TTL_MS) return undefined;
    this.kept.delete(key);
    this.kept.set(key, found);
    return found;
  }

  /** Bytes (or their compressed form) added to a kept answer, counted in the bounds. */
  private grow(key: string, entry: Kept, extra: number): void {
    if (this.kept.get(key) !== entry) return;
    entry.bytes += extra;
    this.bytes += extra;
    this.trim();
  }

  /** The Apollo plugin: keeps answers and answers from them after every check has passed. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    const cache = this;
    return {
      async requestDidStart({ contextValue }) {
        if (cache.options.entries === 0) return;
        // The version as it stands if the look fails: the computation then tells what the database says.
        await syncDataVersion(contextValue.db).catch(() => undefined);
        const version = dataVersion();
        const facts = factsGeneration();
        let missed: string | undefined;
        let hit: Kept | undefined;
        return {
          // Found here, synchronously, so that the cost limit (whose own check awaits the facts)
          // knows before it takes a heavy turn that this request will not execute anything.
          async didResolveOperation({ operation, document, request }) {
            if (!operation || operation.operation !== 'query' || !onlyQuestions(operation.selectionSet, document)) return;
            const key = answerKey(version, contextValue.principal, request.query ?? print(document), request.operationName ?? null, request.variables ?? {});
            const found = cache.fresh(key);
            if (found) {
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
            // Facts replaced while this request ran: which ones its estimate met is not known.
            if (factsGeneration() !== facts) return;
            cache.keep(missed, { data: result.data }, facts);
          },
        };
      },
    };
  }

  /**
   * Express middleware, mounted just before Apollo's: a POST whose answer is kept, as the bytes
   * Apollo sent for the same Accept header, is answered with them; any other request goes on to
   * Apollo, and the bytes of an answer the plugin keeps on its way are kept beside it.
   */
  servedFromMemory(db: Database): RequestHandler {
    return (req, res, next) => {
      const asked = this.options.entries > 0 ? plainPost(req) : undefined;
      if (!asked) return next();
      const principal = principalOf(req);
      // As the plugin looks, so that both find the same version.
      syncDataVersion(db)
        .catch(() => undefined)
        .then(() => {
          const key = answerKey(dataVersion(), principal, asked.query, asked.operationName, asked.variables);
          const accept = req.headers.accept ?? '';
          const facts = factsGeneration();
          const found = this.fresh(key);
          const sent = found && found.facts === facts ? found.sent?.get(accept) : undefined;
          if (found && sent) return this.send(req, res, key, found, sent);
          this.watch(req, res, key, accept);
          next();
        }, next);
    };
  }

  /**
   * Keeps the bytes of the answer about to be sent when they are exactly a kept answer's (the
   * plugin kept or sent it for this request: it passed every check) and none are kept yet for
   * this Accept header.
   */
  private watch(req: Request, res: Response, key: string, accept: string): void {
    const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, cb?: unknown) => Response;
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      const entry = this.kept.get(key);
      if (entry && !entry.sent?.has(accept) && entry.facts === factsGeneration() && Date.now() - entry.at < ANSWER_TTL_MS && res.statusCode === 200 && !res.headersSent && !res.getHeader('Content-Encoding')) {
        const body = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.isBuffer(chunk) ? chunk : undefined;
        const contentType = res.getHeader('Content-Type');
        const etag = res.getHeader('ETag');
        // Apollo writes a result as its JSON and a newline (prettyJSONStringify).
        if (body && typeof contentType === 'string' && body.equals(Buffer.from(`${JSON.stringify(entry.result)}\n`))) {
          (entry.sent ??= new Map()).set(accept, { contentType, etag: typeof etag === 'string' ? etag : undefined, body, encoded: {} });
          this.grow(key, entry, body.length);
        }
      }
      return end(chunk, encoding, cb);
    }) as Response['end'];
  }

  /** The kept bytes, with the headers Apollo and Express sent them with, compressed as compress-whole.ts would. */
  private send(req: Request, res: Response, key: string, entry: Kept, sent: SentBytes): void {
    res.status(200);
    res.setHeader('Content-Type', sent.contentType);
    if (sent.etag) res.setHeader('ETag', sent.etag);
    const method = wholeEncoding(req, sent.body.length);
    if (!method) {
      // Sent on as Apollo's answer is: as it is, or compressed as it streams out.
      res.setHeader('Content-Length', sent.body.length);
      res.end(sent.body);
      return;
    }
    let packed = sent.encoded[method];
    if (!packed) {
      packed = sent.encoded[method] = encode(method, sent.body);
      this.grow(key, entry, packed.length);
    }
    res.vary('Accept-Encoding');
    res.setHeader('Content-Encoding', method);
    res.setHeader('Content-Length', packed.length);
    res.end(packed);
  }
}

