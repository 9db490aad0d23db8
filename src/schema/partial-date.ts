import { Kind } from 'graphql';
import { badUserInput } from '../errors.js';
import { type PartialDate, partialDateProblem } from '../graph/partial-date.js';
import { builder } from './builder.js';

function parse(value: unknown): PartialDate {
  if (typeof value !== 'string') throw badUserInput('a PartialDate is a string: YYYY, YYYY-MM or YYYY-MM-DD');
  const problem = partialDateProblem(value);
  if (problem) throw badUserInput(problem);
  return value as PartialDate;
}

export const PartialDateScalar = builder.scalarType('PartialDate', {
  description:
    'A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. It stands for its whole span: `2009` is every day of 2009.',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw badUserInput('a PartialDate is a string: YYYY, YYYY-MM or YYYY-MM-DD');
    return parse(node.value);
  },
});
