import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './partial-date.js';
import './source.js';
import './entity.js';
import './relation.js';
import './quantity.js';
import './association.js';
import './studio.js';
import './union.js';
import './person.js';
import './strike.js';
import './event.js';
import './company.js';
import './agency.js';
import './search.js';
import './relation-filter.js';
import './path.js';
import './subgraph.js';
import './timeline.js';
import './change.js';
import './mutation.js';

builder.queryType({});

export const schema = lexicographicSortSchema(builder.toSchema());
