/**
 * The side panel's content: an entity's facts and relations with their citations, a path step by
 * step, a timeline. Plain DOM; links are real links (`?focus=…`) that src/explorer/main.ts turns
 * into in-page navigation, so they also open in a new tab.
 */
import { h } from './dom.js';
import type {
  Direction,
  EntityKind,
  ExplorerEntityQuery,
  ExplorerPathFragment,
  ExplorerTimelineQuery,
  RelationType,
} from './gql/graphql.js';
import { certaintyOf, groupTitle, kindOf, qualifierWords, spanWords, typeWords } from './model.js';
import { searchOf } from './state.js';

export type FocusedEntity = NonNullable<ExplorerEntityQuery['entity']>;
export type RelationEdge = FocusedEntity['relations']['edges'][number];
type Citation = FocusedEntity['citations'][number];
type TimelineEntry = ExplorerTimelineQuery['timeline'][number];

/** Relations listed per group before a "show all" button. */
const GROUP_PREVIEW = 8;
/** Timeline entries listed before a "show all" button. */
const TIMELINE_PREVIEW = 12;

export function entityLink(
  entity: { slug: string; name: string; kind?: EntityKind },
  asOf: string | null,
): HTMLElement {
  const kind = entity.kind ? kindOf(entity.kind) : null;
  return h(
    'a',
    {
      href: searchOf({ view: { kind: 'focus', slug: entity.slug }, asOf }) || '?',
      'data-slug': entity.slug,
      class: 'entity-link',
    },
    kind ? h('span', { class: 'dot', style: `background:${kind.color}`, 'aria-hidden': 'true' }) : null,
    entity.name,
  );
}

function citationList(citations: readonly Citation[]): HTMLElement | null {
  if (citations.length === 0) return null;
  return h(
    'ul',
    { class: 'citations', 'aria-label': 'Sources' },
    citations.map((citation) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: citation.source.url, target: '_blank', rel: 'noopener noreferrer', class: 'citation' },
          citation.source.title,
        ),
        citation.source.publisher ? h('span', { class: 'publisher' }, ` · ${citation.source.publisher}`) : null,
        citation.section ? h('span', { class: 'section' }, ` · ${citation.section}`) : null,
        citation.note ? h('span', { class: 'note' }, ` (${citation.note})`) : null,
      ),
    ),
  );
}

function entityDates(entity: FocusedEntity): [string, string][] {
  const dates: [string, string][] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) dates.push([label, value]);
  };
  if ('founded' in entity) add('Founded', entity.founded);
  if ('dissolved' in entity) add('Dissolved', entity.dissolved);
  if ('startDate' in entity) {
    add('Began', entity.startDate);
    add('Ended', entity.endDate);
    add('Tentative agreement', entity.settlementDate);
    add('Ratified', entity.ratificationDate);
  }
  if ('date' in entity) add('Date', entity.date);
  return dates;
}

export function entityHeader(entity: FocusedEntity, asOf: string | null): HTMLElement {
  const kind = kindOf(entity.kind);
  const otherNames = [
    ...entity.abbreviations,
    ...entity.aliases,
    ...entity.formerNames.map((former) =>
      [
        former.name,
        former.abbreviation && `(${former.abbreviation})`,
        (former.since || former.until) && spanWords(former),
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ];
  const dates = entityDates(entity);
  return h(
    'header',
    { class: 'entity' },
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'dot', style: `background:${kind.color}`, 'aria-hidden': 'true' }),
      kind.label,
    ),
    h('h2', { id: 'entity-name' }, entity.name),
    asOf && entity.name !== entity.currentName
      ? h('p', { class: 'muted' }, `Known today as ${entity.currentName}.`)
      : null,
    h('p', { class: 'description' }, entity.description),
    otherNames.length > 0 ? h('p', { class: 'also' }, h('strong', {}, 'Also known as: '), otherNames.join('; ')) : null,
    dates.length > 0
      ? h(
          'dl',
          { class: 'dates' },
          dates.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
        )
      : null,
    entity.citations.length > 0
      ? h('div', { class: 'entity-sources' }, h('h3', {}, 'Sources'), citationList(entity.citations))
      : null,
  );
}

function relationItem(edge: RelationEdge, asOf: string | null): HTMLElement {
  const relation = edge.node;
  const possible = certaintyOf(relation as { certainty?: 'CERTAIN' | 'POSSIBLE' | null }) === 'POSSIBLE';
  return h(
    'li',
    { class: possible ? 'relation possible' : 'relation', 'data-relation': relation.key },
    h(
      'div',
      { class: 'relation-head' },
      entityLink(edge.other, asOf),
      relation.role ? h('span', { class: 'role' }, relation.role) : null,
      relation.qualifiers.map((qualifier) => h('span', { class: 'badge' }, qualifierWords(qualifier))),
      possible ? h('span', { class: 'badge possible' }, 'possibly then') : null,
    ),
    h('div', { class: 'relation-dates' }, spanWords(relation)),
    citationList(relation.citations),
  );
}

interface Group {
  readonly type: RelationType;
  readonly direction: Direction;
  readonly edges: RelationEdge[];
}

function groupsOf(edges: readonly RelationEdge[]): Group[] {
  const groups = new Map<string, Group>();
  for (const edge of edges) {
    const key = `${edge.node.type} ${edge.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: edge.node.type, direction: edge.direction, edges: [] };
      groups.set(key, group);
    }
    group.edges.push(edge);
  }
  return [...groups.values()];
}

/** A list showing its first `preview` items and a button for the rest: long lists are shortened, never cut silently. */
function expandable(
  items: HTMLElement[],
  preview: number,
  noun: string,
  attributes: Record<string, string>,
): HTMLElement[] {
  const list = h('ul', attributes, items.slice(0, preview));
  if (items.length <= preview) return [list];
  const button = h('button', { type: 'button', class: 'show-more' }, `Show all ${items.length} ${noun}`);
  button.addEventListener('click', () => {
    list.append(...items.slice(preview));
    button.remove();
  });
  return [list, button];
}

export interface RelationsListOptions {
  readonly entity: FocusedEntity;
  readonly edges: readonly RelationEdge[];
  readonly totalCount: number;
  readonly asOf: string | null;
  /** Fetches the next page; null when every relation is loaded. */
  readonly loadMore: (() => void) | null;
}

export function relationsSection({ entity, edges, totalCount, asOf, loadMore }: RelationsListOptions): HTMLElement {
  const heading =
    totalCount === 0
      ? asOf
        ? `No relation holds as of ${asOf}`
        : 'No relations'
      : `${totalCount} ${totalCount === 1 ? 'relation' : 'relations'}${asOf ? ` as of ${asOf}` : ''}`;
  return h(
    'section',
    { class: 'relations', 'aria-labelledby': 'relations-title' },
    h('h3', { id: 'relations-title' }, heading),
    groupsOf(edges).map((group) =>
      h(
        'section',
        { class: 'group', 'data-type': group.type },
        h(
          'h4',
          {},
          groupTitle(group.type, group.direction, entity.name),
          h('span', { class: 'count' }, ` ${group.edges.length}`),
        ),
        expandable(
          group.edges.map((edge) => relationItem(edge, asOf)),
          GROUP_PREVIEW,
          typeWords(group.type),
          { class: 'relation-list' },
        ),
      ),
    ),
    loadMore
      ? h(
          'p',
          { class: 'page-note' },
          `${edges.length} of ${totalCount} loaded. `,
          h('button', { type: 'button', class: 'load-more', onclick: loadMore }, 'Load more relations'),
        )
      : null,
  );
}

export type PathStep = ExplorerPathFragment['steps'][number];

export function stepItem(step: PathStep, index: number, asOf: string | null): HTMLElement {
  const type = typeWords(step.relation.type);
  const arrow = step.forward ? `— ${type} →` : `← ${type} —`;
  const reading = step.forward
    ? `${step.from.name} ${type} ${step.to.name}`
    : `${step.to.name} ${type} ${step.from.name}`;
  return h(
    'li',
    { class: 'step', 'data-forward': String(step.forward) },
    h('span', { class: 'step-number' }, `${index + 1}`),
    h(
      'div',
      {},
      h(
        'div',
        { class: 'step-line' },
        entityLink(step.from, asOf),
        h('span', { class: 'arrow', title: reading }, ` ${arrow} `),
        entityLink(step.to, asOf),
      ),
      h(
        'div',
        { class: 'relation-dates' },
        step.forward ? null : h('span', { class: 'badge' }, 'walked backwards'),
        ` ${reading} · ${spanWords(step.relation)}`,
        step.relation.role ? ` · ${step.relation.role}` : '',
        step.relation.qualifiers.length > 0 ? ` · ${step.relation.qualifiers.map(qualifierWords).join(', ')}` : '',
      ),
      citationList(step.relation.citations),
    ),
  );
}

/** The dated facts of one entity, on a strip (a dot per year) and as a list; clicking a date travels there. */
export function timelineSection(
  slug: string,
  entries: readonly TimelineEntry[],
  asOf: string | null,
  capped: boolean,
): HTMLElement {
  const section = h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h3', { id: 'timeline-title' }, 'Timeline'),
  );
  if (entries.length === 0) {
    section.append(h('p', { class: 'muted' }, 'No dated facts.'));
    return section;
  }
  const years = entries.map((entry) => Number(entry.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years, first + 1);
  const position = (year: number) => ((year - first) / (last - first)) * 100;
  const strip = h('div', { class: 'strip', 'aria-hidden': 'true' });
  for (const year of new Set(years)) {
    strip.append(h('span', { class: 'tick', style: `left:${position(year)}%`, title: String(year) }));
  }
  if (asOf) {
    const year = Number(asOf.slice(0, 4));
    if (year >= first && year <= last) strip.append(h('span', { class: 'now', style: `left:${position(year)}%` }));
  }
  section.append(
    strip,
    h(
      'div',
      { class: 'strip-labels', 'aria-hidden': 'true' },
      h('span', {}, String(first)),
      h('span', {}, String(last)),
    ),
    ...expandable(
      entries.map((entry) =>
        h(
          'li',
          { class: asOf && entry.date.slice(0, 4) > asOf.slice(0, 4) ? 'later' : '' },
          h(
            'a',
            {
              href: searchOf({ view: { kind: 'focus', slug }, asOf: entry.date }),
              'data-as-of': entry.date,
              class: 'date',
              title: `Show the graph as of ${entry.date}`,
            },
            entry.date,
          ),
          ' ',
          entry.title,
        ),
      ),
      TIMELINE_PREVIEW,
      'dated facts',
      { class: 'timeline-list' },
    ),
  );
  if (capped) section.append(h('p', { class: 'muted' }, `The first ${entries.length} dated facts are listed.`));
  return section;
}
