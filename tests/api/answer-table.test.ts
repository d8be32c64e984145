// How an answer becomes CSV columns: an object's fields by name (nested as dotted paths, lists
// as rows), and a bare value as one column named after its field (not an empty header).
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { answerTable } from '../../server/api/csv.ts';

const Point = new GraphQLObjectType({ name: 'Point', fields: { period: { type: GraphQLString }, value: { type: GraphQLInt } } });

describe('answerTable', () => {
  it('a count is one column named after its field', () => {
    expect(answerTable('activityCount', new GraphQLNonNull(GraphQLInt), 320)).toEqual({ columns: ['activityCount'], rows: [{ activityCount: 320 }] });
  });

  it('a list of values is one column too, the values joined', () => {
    expect(answerTable('codes', new GraphQLList(GraphQLString), ['A', 'B'])).toEqual({ columns: ['codes'], rows: [{ codes: 'A;B' }] });
  });

  it('a list of objects is one row per item with the fields as columns', () => {
    const table = answerTable('points', new GraphQLList(Point), [{ period: '2020', value: 1 }, { period: '2021', value: 2 }]);
    expect(table).toEqual({ columns: ['period', 'value'], rows: [{ period: '2020', value: 1 }, { period: '2021', value: 2 }] });
  });
});
