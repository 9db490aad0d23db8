import { builder } from './builder.js';

interface Quantity {
  readonly value: number;
  readonly qualifier: 'EXACT' | 'OVER' | 'ABOUT';
}

const WORD = { EXACT: '', OVER: 'over ', ABOUT: 'about ' } as const;

export const QuantityRef = builder.objectRef<Quantity>('Quantity').implement({
  description: 'A count as the source states it: exact, more than, or about a value.',
  fields: (t) => ({
    value: t.exposeInt('value'),
    qualifier: t.field({
      type: builder.enumType('QuantityQualifier', { values: ['EXACT', 'OVER', 'ABOUT'] as const }),
      resolve: (quantity) => quantity.qualifier,
    }),
    text: t.string({
      description: 'The count in words, e.g. "over 350".',
      resolve: (quantity) => `${WORD[quantity.qualifier]}${quantity.value}`,
    }),
  }),
});
