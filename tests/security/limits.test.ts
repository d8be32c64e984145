// Abusive queries against a public endpoint: deep nesting, thousands of aliases, too many
// directives or tokens, costly pages and huge bodies are refused quickly with a message naming
// the limit (code QUERY_LIMIT_EXCEEDED), and the server keeps serving others right after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../server/graphql/security.ts';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const NORMAL = '{ branches { code name } }';
const FAST_MS = 1000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite', { env: { ADMIN_TOKEN: 'secret-admin-token' } });
});
afterAll(async () => {
  await server?.close();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, json: safeJson(text), ms: performance.now() - started };
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function refused(query: string) {
  const res = await post(JSON.stringify({ query }));
  expect(res.status).toBe(400);
  expect(res.json.data).toBeUndefined();
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
  expect(res.ms).toBeLessThan(FAST_MS);
  return { error: res.json.errors[0], ms: res.ms };
}

async function stillServing() {
  const ok = await server.graphql(NORMAL);
  expect(ok.errors).toBeUndefined();
  expect(ok.data.branches.length).toBeGreaterThan(0);
}

describe('query limits', () => {
  it('the defaults and their environment variables', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ GRAPHQL_MAX_DEPTH: '7', GRAPHQL_BODY_LIMIT: '1mb' })).toMatchObject({ maxDepth: 7, bodyLimit: '1mb' });
    expect(() => limitsFromEnv({ GRAPHQL_MAX_COST: 'lots' })).toThrow(/GRAPHQL_MAX_COST: expected a positive whole number/);
    expect(() => limitsFromEnv({ GRAPHQL_BODY_LIMIT: 'big' })).toThrow(/GRAPHQL_BODY_LIMIT: expected a size/);
  });

  it('deep nesting is refused naming the depth limit', async () => {
    let selection = 'name';
    for (let i = 0; i < 13; i++) selection = `ofType { ${selection} }`;
    const { error } = await refused(`{ __type(name: "Query") { fields { type { ${selection} } } } }`);
    expect(error.message).toBe('Query depth 17 exceeds the limit of 10 (set by GRAPHQL_MAX_DEPTH).');
    expect(error.extensions).toMatchObject({ limit: 'maxDepth', limitValue: 10, found: 17 });
    await stillServing();
  });

  it('deep introspection through __schema is refused too', async () => {
    const { error } = await refused('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(error.message).toMatch(/Introspection nests list fields .* 3 or more levels deep/);
    await stillServing();
  });

  it('the playground’s own introspection query is accepted', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true });
    const res = await server.graphql(query);
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.types.length).toBeGreaterThan(10);
  });

  it('very deep nesting names the depth and an astronomic cost in readable form', async () => {
    let selection = 'name';
    for (let i = 0; i < 200; i++) selection = `ofType { ${selection} }`;
    const res = await post(JSON.stringify({ query: `{ __type(name: "Query") { ${selection} } }` }));
    expect(res.status).toBe(400);
    const messages = res.json.errors.map((e: any) => e.message);
    expect(messages).toContain('Query depth 202 exceeds the limit of 10 (set by GRAPHQL_MAX_DEPTH).');
    expect(messages.join('\n')).toMatch(/Query cost about \d\.\d × 10\^\d+ exceeds the limit of 100000/);
    expect(res.ms).toBeLessThan(FAST_MS);
  });

  it('many aliases are refused naming the alias limit', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: branches { code }`).join(' ');
    const { error } = await refused(`{ ${aliases} }`);
    expect(error.message).toBe('Query uses 100 aliases, more than the limit of 30 (set by GRAPHQL_MAX_ALIASES).');
    await stillServing();
  });

  it('one field asked for hundreds of times is refused before validation, naming the limit', async () => {
    // graphql-js's overlap check compares every pair of these: refused before it runs.
    const { error } = await refused(`{ ${'branches { code } '.repeat(500)}}`);
    expect(error.message).toBe('Query asks for one field 500 times in one selection set, more than the limit of 50 (set by GRAPHQL_MAX_SAME_FIELD).');
    expect(error.extensions).toMatchObject({ limit: 'maxSameField', limitValue: 50, found: 500 });
    // Nested selection sets count too; up to the limit is answered (identical fields merge).
    const nested = await refused(`{ branches { ${'code '.repeat(51)}} }`);
    expect(nested.error.extensions.found).toBe(51);
    const ok = await server.graphql(`{ ${'branches { code } '.repeat(50)}}`);
    expect(ok.errors).toBeUndefined();
    await stillServing();
  });

  it('thousands of aliases are refused before parsing completes (token limit)', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { error, ms } = await refused(`{ ${aliases} }`);
    expect(error.message).toBe('Query has more than 3000 tokens, the limit (set by GRAPHQL_MAX_TOKENS).');
    expect(ms).toBeLessThan(FAST_MS);
    await stillServing();
  });

  it('too many directives are refused naming the directive limit', async () => {
    const fields = Array.from({ length: 25 }, () => 'code @include(if: true)').join(' ');
    const { error } = await refused(`{ branches { ${fields} } }`);
    expect(error.message).toBe('Query uses 25 directives, more than the limit of 20 (set by GRAPHQL_MAX_DIRECTIVES).');
  });

  it('a costly query (several full fact pages) is refused naming the cost limit; one page is fine', async () => {
    const page = (alias: string) =>
      `${alias}: campaignFacts(first: 1000) { totalCount pageInfo { endCursor hasNextPage } nodes { id branch date activity channel medium name reach leads registrations costIdr segment staff source } }`;
    const one = await server.graphql(`{ ${page('a')} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.a.nodes.length).toBe(1000);
    const { error } = await refused(`{ ${page('a')} ${page('b')} ${page('c')} }`);
    expect(error.message).toMatch(/^Query cost \d+ exceeds the limit of 100000; ask for fewer fields, fewer aliases or smaller pages \(`first`\) \(set by GRAPHQL_MAX_COST\)\.$/);
    expect(error.extensions.limit).toBe('maxCost');
    await stillServing();
  });

  it('a huge body is refused from its length, as JSON naming the limit, and others are served meanwhile', async () => {
    const huge = JSON.stringify({ query: NORMAL, variables: { padding: 'x'.repeat(20 * 1024 * 1024) } });
    const [res, other] = await Promise.all([post(huge), server.graphql(NORMAL)]);
    expect(res.status).toBe(413);
    expect(res.json.errors[0].message).toMatch(/^Request body of \d+ bytes exceeds the limit of 102400 bytes \(set by GRAPHQL_BODY_LIMIT\)\.$/);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'bodyLimit' });
    expect(res.ms).toBeLessThan(5000);
    expect(other.errors).toBeUndefined();
    await stillServing();
  });

  it('a body over 100 KB is accepted only from a caller who may import (imports upload files)', async () => {
    const body = JSON.stringify({ query: NORMAL, variables: { padding: 'x'.repeat(200 * 1024) } });
    expect((await post(body)).status).toBe(413);
    // A token that is no token is refused before its body is read.
    expect((await post(body, { authorization: 'Bearer wrong-token' })).status).toBe(401);
    expect((await post(body, { cookie: await sessionOf(server, 'viewer.limits', 'VIEWER') })).status).toBe(413);
    expect((await post(body, { cookie: await sessionOf(server, 'pap.limits', 'PAP', { branch: 'MADIUN' }) })).status).toBe(200);
    const admin = await post(body, { authorization: 'Bearer secret-admin-token' });
    expect(admin.status).toBe(200);
    expect(admin.json.data.branches.length).toBeGreaterThan(0);
  });

  it('a body that is not JSON gets a JSON error', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('batched requests are refused', async () => {
    const res = await post(JSON.stringify([{ query: NORMAL }, { query: NORMAL }]));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('a burst of abusive requests does not stop normal ones', async () => {
    let deep = 'name';
    for (let i = 0; i < 30; i++) deep = `ofType { ${deep} }`;
    const abusive = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? post(JSON.stringify({ query: `{ __type(name: "Query") { ${deep} } }` })) : post(JSON.stringify({ query: `{ ${'a: __typename '.repeat(4000)} }` })),
    );
    const started = performance.now();
    const [normal, ...results] = await Promise.all([server.graphql(NORMAL), ...abusive]);
    const ms = performance.now() - started;
    expect(normal.errors).toBeUndefined();
    for (const r of results) expect(r.json.errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(ms).toBeLessThan(5000);
  });
});
