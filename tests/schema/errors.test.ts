import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode, graphQLErrorOf } from '../../src/errors.js';
import { DatasetError, EntityNotFoundError } from '../../src/graph/errors.js';

describe('graphQLErrorOf: the graph module failures as GraphQL errors', () => {
  it('makes an unknown entity NOT_FOUND, naming it', () => {
    const error = graphQLErrorOf(new EntityNotFoundError('no-such-slug'));
    expect(error?.extensions.code).toBe('NOT_FOUND');
    expect(error?.message).toContain('no-such-slug');
  });

  it('makes a refused dataset BAD_USER_INPUT listing every problem', () => {
    const problems = [
      { file: 'relations.json', record: 'relations[0] (a-b)', field: 'to', message: 'no entity "b"' },
      { file: 'entities.json', record: 'entities[2] (c)', field: 'citations', message: 'cites nothing' },
    ];
    const error = graphQLErrorOf(new DatasetError(problems));
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.problems).toEqual(problems);
  });

  it('keeps the path of the GraphQLError that graphql-js wrapped the failure in', () => {
    const wrapped = new GraphQLError('wrapped', {
      path: ['entity', 'relations'],
      originalError: new EntityNotFoundError('gone'),
    });
    const error = graphQLErrorOf(wrapped);
    expect(error?.extensions.code).toBe('NOT_FOUND');
    expect(error?.path).toEqual(['entity', 'relations']);
  });

  it('leaves any other error to masking', () => {
    expect(graphQLErrorOf(new TypeError('x is undefined'))).toBeNull();
    expect(graphQLErrorOf(new GraphQLError('wrapped', { originalError: new Error('boom') }))).toBeNull();
  });

  it('names each code by its own value', () => {
    for (const [name, code] of Object.entries(ErrorCode)) expect(code).toBe(name);
  });
});
