import type { SearchHit } from '../graph/search.js';
import { PAGE_SIZE } from '../limits.js';
import { builder } from './builder.js';
import { badUserInput, checkRange } from './errors.js';
import { EntityKindEnum, EntityRef, SearchFieldEnum } from './refs.js';

const MAX_SEARCH_TEXT = 200;

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
      'Entities whose name, abbreviation, alias or former name matches the text: case- and accent-insensitive, tolerant of a small typo. Best first.',
    args: {
      text: t.arg.string({ required: true, description: `At most ${MAX_SEARCH_TEXT} characters.` }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ defaultValue: 10, description: `At most ${PAGE_SIZE.max}.` }),
    },
    resolve: (_root, { text, kinds, first }, context) => {
      checkRange('first', first, 0, PAGE_SIZE.max);
      // Names are short; a long text would only make the typo scan slow (it runs per word).
      if (text.length > MAX_SEARCH_TEXT) {
        throw badUserInput(`text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`);
      }
      return context.graph.search(text, { kinds, first: first ?? 10 });
    },
  }),
}));
