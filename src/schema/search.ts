import { badUserInput, checkRange } from '../errors.js';
import type { SearchHit } from '../graph/search.js';
import { SEARCH_LIMITS } from '../limits.js';
import { builder } from './builder.js';
import { EntityKindEnum, EntityRef, SearchFieldEnum } from './refs.js';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');

SearchHitRef.implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score', { description: 'From 0 to 1; 1 is an exact match of a name.' }),
    matched: t.exposeString('matched', { description: 'The name, abbreviation, alias or former name that matched.' }),
    field: t.expose('field', { type: SearchFieldEnum }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Entities whose name, abbreviation, alias or former name matches the text: case- and accent-insensitive, tolerant of a small typo and of words split or joined differently ("dream works" finds DreamWorks). Best first.',
    args: {
      text: t.arg.string({ required: true, description: `At most ${SEARCH_LIMITS.maxTextLength} characters.` }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ defaultValue: SEARCH_LIMITS.defaultFirst, description: `At most ${SEARCH_LIMITS.maxFirst}.` }),
    },
    resolve: (_root, { text, kinds, first }, context) => {
      checkRange('first', first, 0, SEARCH_LIMITS.maxFirst);
      if (text.length > SEARCH_LIMITS.maxTextLength) {
        throw badUserInput(`text must be at most ${SEARCH_LIMITS.maxTextLength} characters, got ${text.length}`);
      }
      return context.graph.search(text, { kinds, first: first ?? SEARCH_LIMITS.defaultFirst });
    },
  }),
}));
