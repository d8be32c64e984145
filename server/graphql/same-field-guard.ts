// Refuses, before graphql-js validates, a document that asks for one response name many times in
// one selection set (`{ branches { code } branches { code } … }` 500 times). graphql-js's
// OverlappingFieldsCanBeMerged compares every pair of such fields, so refusing them inside
// validation already costs quadratic time; counting them here is one linear walk of the parsed
// document (its size is bounded by the body limit and maxTokens). The dashboard sends the same
// few documents all day: each one's count is remembered (by its text, a bounded number of them),
// so that a known document is not parsed a second time beside Apollo's own parse.
import type { RequestHandler } from 'express';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { LIMIT_VARIABLES, QUERY_LIMIT_EXCEEDED, type QueryLimits } from './security.ts';

/** The largest number of times one response name stands in one selection set of `query`. */
export function mostRepeatedField(query: string, maxTokens: number): number {
  let doc;
  try {
    doc = parse(query, { maxTokens, noLocation: true });
  } catch {
    return 0; // Not parseable: Apollo answers the syntax error.
  }
  let most = 0;
  const visit = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    const counts = new Map<string, number>();
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        if (n > most) most = n;
      }
      if (s.kind !== Kind.FRAGMENT_SPREAD) visit(s.selectionSet);
    }
  };
  for (const def of doc.definitions) if ('selectionSet' in def) visit(def.selectionSet);
  return most;
}

/** Documents whose count is remembered, and the longest one remembered (the dashboard's are a few KB). */
export const REMEMBERED_DOCUMENTS = 500;
const REMEMBERED_LENGTH = 16_384;

export function sameFieldGuard(limits: Pick<QueryLimits, 'maxSameField' | 'maxTokens'>): RequestHandler {
  // Insertion order is age: the oldest document goes first when the memo is full.
  const known = new Map<string, number>();
  const countOf = (query: string): number => {
    const remembered = known.get(query);
    if (remembered !== undefined) return remembered;
    const found = mostRepeatedField(query, limits.maxTokens);
    if (query.length <= REMEMBERED_LENGTH) {
      if (known.size >= REMEMBERED_DOCUMENTS) known.delete(known.keys().next().value as string);
      known.set(query, found);
    }
    return found;
  };
  return (req, res, next) => {
    const query = typeof req.body?.query === 'string' ? req.body.query : typeof req.query?.query === 'string' ? req.query.query : undefined;
    if (!query) return next();
    const found = countOf(query);
    if (found <= limits.maxSameField) return next();
    const message = `Query asks for one field ${found} times in one selection set, more than the limit of ${limits.maxSameField} (set by ${LIMIT_VARIABLES.maxSameField}).`;
    res.status(400).json({ errors: [{ message, extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'maxSameField', limitValue: limits.maxSameField, found } }] });
  };
}
