import { QuantityQualifierEnum, QuantityRef } from './refs.js';

const WORD = { EXACT: '', OVER: 'over ', ABOUT: 'about ' } as const;

QuantityRef.implement({
  description: 'A count as the source states it: exact, more than, or about a value.',
  fields: (t) => ({
    value: t.exposeInt('value'),
    qualifier: t.expose('qualifier', { type: QuantityQualifierEnum }),
    text: t.string({
      description: 'The count in words, e.g. "over 350".',
      resolve: (quantity) => `${WORD[quantity.qualifier]}${quantity.value}`,
    }),
  }),
});
