// The schema documents itself: every type, field, argument, input field and enum value that
// the playground's Docs pane shows has a description (introspected from a running server, so
// the check sees exactly what researchers see). Built-in introspection types are GraphQL's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

describe('schema documentation', () => {
  let server: TestServer;
  let schema: IntrospectionQuery['__schema'];
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false });
    const res = await server.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    schema = res.data!.__schema;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('every type, field, argument and enum value has a description', () => {
    const missing: string[] = [];
    const need = (where: string, description: string | null | undefined) => {
      if (!description || !description.trim()) missing.push(where);
    };
    for (const type of schema.types) {
      if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
      need(`type ${type.name}`, type.description);
      if ('fields' in type && type.fields) {
        for (const field of type.fields) {
          need(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if ('inputFields' in type && type.inputFields) {
        for (const field of type.inputFields) need(`${type.name}.${field.name}`, field.description);
      }
      if ('enumValues' in type && type.enumValues) {
        for (const value of type.enumValues) need(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(missing, `undocumented schema items:\n${missing.join('\n')}`).toEqual([]);
  });

  it('the schema itself is described', async () => {
    const res = await server.graphql('{ __schema { description } }');
    expect(res.data.__schema.description).toMatch(/Pantau/);
  });
});
