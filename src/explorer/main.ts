/**
 * The explorer: reads its state from the URL, asks the public GraphQL API for what that state
 * shows, draws it and lists it. Every navigation is a history entry (pushState), and the back
 * button replays the URL it comes back to (popstate).
 */
import { type Answer, ApiError, describeError, query } from './api.js';
import {
  DateRangeDocument,
  EntityDocument,
  NeighborhoodDocument,
  PathsDocument,
  ShortestPathDocument,
  TimelineDocument,
} from './documents.js';
import { byId, h } from './dom.js';
import type { ExplorerNeighborhoodQuery, ExplorerPathFragment } from './gql/graphql.js';
import { type DrawnEntity, type DrawnRelation, GraphView } from './graph-view.js';
import { certaintyOf, isPartialDate, KINDS } from './model.js';
import {
  entityHeader,
  entityLink,
  type FocusedEntity,
  type RelationEdge,
  relationsSection,
  stepItem,
  timelineSection,
} from './panel.js';
import { SearchBox } from './search-box.js';
import { parseState, type State, searchOf } from './state.js';

/** Relations per page in the panel (the API's most). */
const RELATIONS_PAGE = 100;
/** Neighbours drawn before the rest are summed up as "N more". */
const DRAWN_NEIGHBOURS = 40;
/** Neighbours fetched: enough to draw them all on request, bounded like every list of the API. */
const NEIGHBOUR_LIMIT = 300;
const TIMELINE_LIMIT = 500;
/** Longest path asked for (the API's most). */
const MAX_PATH_LENGTH = 6;
const OTHER_PATHS = 10;

const elements = {
  search: byId<HTMLInputElement>('search'),
  year: byId<HTMLInputElement>('as-of-year'),
  asOf: byId<HTMLInputElement>('as-of'),
  clearAsOf: byId<HTMLButtonElement>('as-of-clear'),
  message: byId('message'),
  graph: byId('graph'),
  legend: byId('legend'),
  caption: byId('caption'),
  panel: byId('panel'),
};

function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.details.length > 0
      ? `The server refused the query: ${error.details.map(describeError).join(' ')}`
      : error.message;
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

class Explorer {
  private state: State = parseState(location.search);
  private controller: AbortController | null = null;
  private readonly graph: GraphView;
  /** Neighbours beyond DRAWN_NEIGHBOURS drawn too (the "N more" node was clicked). */
  private drawAll = false;

  constructor() {
    this.graph = new GraphView(elements.graph, {
      onEntity: (slug) => this.go({ view: { kind: 'focus', slug }, asOf: this.state.asOf }),
      onMore: () => {
        this.drawAll = true;
        void this.render();
      },
    });
    new SearchBox(elements.search, (hit) =>
      this.go({ view: { kind: 'focus', slug: hit.entity.slug }, asOf: this.state.asOf }),
    );
    // Links in the panel navigate in the page (they stay real links for a new tab).
    document.addEventListener('click', (event) => {
      const mouse = event as MouseEvent;
      if (mouse.button !== 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey) return;
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-slug], a[data-as-of], a[data-view]');
      if (!link) return;
      event.preventDefault();
      if (link.dataset.slug) this.go({ view: { kind: 'focus', slug: link.dataset.slug }, asOf: this.state.asOf });
      else if (link.dataset.asOf) this.go({ ...this.state, asOf: link.dataset.asOf });
      else this.go(parseState(new URL(link.href).search));
    });
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.render();
    });
    this.setUpTimeControl();
    this.renderLegend();
  }

  /** A new view: a history entry, then drawn. */
  go(state: State): void {
    if (state.view.kind !== this.state.view.kind || JSON.stringify(state.view) !== JSON.stringify(this.state.view)) {
      this.drawAll = false;
    }
    this.state = state;
    history.pushState(null, '', searchOf(state) || location.pathname);
    void this.render();
  }

  async render(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { view, asOf } = this.state;
    this.showTime(asOf);
    this.showMessage(null);
    showPossibleInLegend([]);
    document.body.dataset.loading = 'true';
    try {
      if (view.kind === 'focus') await this.renderFocus(view.slug, asOf, controller.signal);
      else if (view.kind === 'path') await this.renderPath(view.from, view.to, asOf, controller.signal);
      else this.renderStart();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.graph.clear();
      elements.caption.textContent = '';
      elements.panel.replaceChildren();
      this.showMessage(errorText(error));
    } finally {
      if (this.controller === controller) document.body.dataset.loading = 'false';
    }
  }

  private renderStart(): void {
    this.graph.clear();
    document.title = 'Explorer · AMPTP knowledge graph';
    elements.caption.textContent = 'Search an entity to draw its neighbourhood.';
    const example = (text: string, state: State) =>
      h('li', {}, h('a', { href: searchOf(state), 'data-view': '' }, text));
    elements.panel.replaceChildren(
      h('h2', {}, 'Explore the graph'),
      h(
        'p',
        {},
        'Search an organisation or a person above. Its neighbourhood is drawn, coloured by kind; click a node or a name to move there. ',
        'Every relation lists its dates and the sources it comes from. Pick a date to see the graph as it was then.',
      ),
      h(
        'ul',
        { class: 'examples' },
        example('The AMPTP', { view: { kind: 'focus', slug: 'amptp' }, asOf: null }),
        example('The AMPTP as of 2009', { view: { kind: 'focus', slug: 'amptp' }, asOf: '2009' }),
        example('How Netflix is connected to the Writers Guild of America West', {
          view: { kind: 'path', from: 'netflix', to: 'writers-guild-of-america-west' },
          asOf: null,
        }),
      ),
    );
  }

  private async renderFocus(slug: string, asOf: string | null, signal: AbortSignal): Promise<void> {
    const [entityAnswer, neighbourhoodAnswer] = await Promise.all([
      query(EntityDocument, { slug, asOf, first: RELATIONS_PAGE, after: null }, signal),
      query(NeighborhoodDocument, { slug, asOf, limit: NEIGHBOUR_LIMIT }, signal).catch((error: unknown) => {
        // An unknown slug fails here with NOT_FOUND; the entity query says so in words below.
        if (error instanceof ApiError && error.details.some((detail) => detail.code === 'NOT_FOUND')) return null;
        throw error;
      }),
    ]);
    const entity = entityAnswer.data?.entity;
    if (!entity) {
      this.graph.clear();
      elements.caption.textContent = '';
      elements.panel.replaceChildren();
      document.title = 'Not found · Explorer';
      this.showMessage(`No entity has the slug “${slug}”. Search for it by name instead.`);
      return;
    }
    this.reportPartial(entityAnswer);
    document.title = `${entity.name} · Explorer`;
    if (neighbourhoodAnswer?.data) this.drawNeighbourhood(entity, neighbourhoodAnswer.data.neighborhood, asOf);

    let edges: RelationEdge[] = [...entity.relations.edges];
    let pageInfo = entity.relations.pageInfo;
    const relations = h('div', {});
    const showRelations = () => {
      relations.replaceChildren(
        relationsSection({
          entity,
          edges,
          totalCount: entity.relations.totalCount,
          asOf,
          loadMore: pageInfo.hasNextPage
            ? () => {
                void query(
                  EntityDocument,
                  { slug, asOf, first: RELATIONS_PAGE, after: pageInfo.endCursor ?? null },
                  signal,
                )
                  .then(({ data }) => {
                    if (!data?.entity) return;
                    edges = [...edges, ...data.entity.relations.edges];
                    pageInfo = data.entity.relations.pageInfo;
                    showRelations();
                  })
                  .catch((error: unknown) => this.showMessage(errorText(error)));
              }
            : null,
        }),
      );
    };
    showRelations();
    const timeline = h('div', {}, h('p', { class: 'muted' }, 'Loading the timeline…'));
    elements.panel.replaceChildren(entityHeader(entity, asOf), this.pathFinder(entity), relations, timeline);
    elements.panel.scrollTop = 0;

    const timelineAnswer = await query(TimelineDocument, { slug, first: TIMELINE_LIMIT }, signal);
    if (signal.aborted) return;
    const entries = timelineAnswer.data?.timeline ?? [];
    timeline.replaceChildren(timelineSection(slug, entries, asOf, entries.length >= TIMELINE_LIMIT));
  }

  private drawNeighbourhood(
    entity: FocusedEntity,
    neighbourhood: ExplorerNeighborhoodQuery['neighborhood'],
    asOf: string | null,
  ): void {
    const neighbours = neighbourhood.entities.length - 1;
    const drawn = this.drawAll ? neighbourhood.entities : neighbourhood.entities.slice(0, DRAWN_NEIGHBOURS + 1);
    const hidden = neighbourhood.entities.length - drawn.length;
    const plus = neighbourhood.truncated ? '+' : '';
    const more = hidden > 0 ? `${hidden}${plus} more` : neighbourhood.truncated ? 'more not drawn' : null;
    const drawnRelations: DrawnRelation[] = neighbourhood.relations.map((relation) => ({
      key: relation.key,
      type: relation.type,
      from: relation.from.slug,
      to: relation.to.slug,
      certainty: certaintyOf(relation as { certainty?: 'CERTAIN' | 'POSSIBLE' | null }),
    }));
    this.graph.showNeighbourhood(entity.slug, drawn, drawnRelations, more);
    showPossibleInLegend(drawnRelations);
    const when = asOf ? ` as of ${asOf}` : '';
    elements.caption.replaceChildren(
      neighbours === 0
        ? `${entity.name} has no relations${when}.`
        : `${entity.name} and ${drawn.length - 1 === neighbours ? `its ${neighbours}` : `${drawn.length - 1} of its ${neighbours}${plus}`} ${neighbours === 1 ? 'neighbour' : 'neighbours'}${when}. Click a node to focus it. `,
      hidden > 0
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onclick: () => {
                this.drawAll = true;
                void this.render();
              },
            },
            `Draw the ${hidden}${plus} more`,
          )
        : '',
    );
  }

  /** "Find a connection to…": a second search whose choice opens the path view. */
  private pathFinder(entity: FocusedEntity): HTMLElement {
    const input = h('input', { id: 'path-to', type: 'text', placeholder: 'another entity' });
    const container = h(
      'div',
      { class: 'path-finder search' },
      h('label', { for: 'path-to' }, `Find how ${entity.name} is connected to`),
      input,
    );
    new SearchBox(input, (hit) =>
      this.go({ view: { kind: 'path', from: entity.slug, to: hit.entity.slug }, asOf: this.state.asOf }),
    );
    return container;
  }

  private async renderPath(from: string, to: string, asOf: string | null, signal: AbortSignal): Promise<void> {
    const answer = await query(ShortestPathDocument, { from, to, asOf, maxLength: MAX_PATH_LENGTH }, signal);
    const data = answer.data;
    const unknown = [
      [from, data?.fromEntity],
      [to, data?.toEntity],
    ]
      .filter(([, entity]) => !entity)
      .map(([slug]) => `“${slug}”`);
    if (unknown.length > 0 || !data?.fromEntity || !data.toEntity) {
      this.graph.clear();
      elements.caption.textContent = '';
      elements.panel.replaceChildren();
      this.showMessage(`No entity has the slug ${unknown.join(' or ')}. Search for it by name instead.`);
      return;
    }
    this.reportPartial(answer);
    const { fromEntity, toEntity } = data;
    document.title = `${fromEntity.name} to ${toEntity.name} · Explorer`;
    const when = asOf ? ` as of ${asOf}` : '';
    const title = h('h2', {}, 'From ', entityLink(fromEntity, asOf), ' to ', entityLink(toEntity, asOf));
    const swap = h(
      'a',
      { href: searchOf({ view: { kind: 'path', from: to, to: from }, asOf }), 'data-view': '', class: 'small' },
      'Swap the ends',
    );
    if (!data.shortestPath) {
      this.graph.clear();
      elements.caption.textContent = '';
      elements.panel.replaceChildren(
        title,
        h('p', {}, `No chain of up to ${MAX_PATH_LENGTH} relations joins them${when}.`),
        swap,
      );
      return;
    }
    let paths: ExplorerPathFragment[] = [data.shortestPath];
    let chosen = 0;
    const list = h('div', {});
    const others = h('div', { class: 'other-paths' });
    const show = () => {
      const path = paths[chosen] as ExplorerPathFragment;
      const drawnPaths = paths.map(drawnPath);
      this.graph.showPaths(drawnPaths, chosen);
      showPossibleInLegend(drawnPaths.flatMap((drawnPath) => drawnPath.relations));
      elements.caption.textContent = `${path.length === 1 ? 'One step' : `${path.length} steps`}${when}; the highlighted path is listed on the right.`;
      list.replaceChildren(
        h(
          'h3',
          { id: 'steps-title' },
          `${paths.length > 1 ? `Path ${chosen + 1}: ` : 'Shortest path: '}${path.length} ${path.length === 1 ? 'step' : 'steps'}`,
        ),
        h(
          'ol',
          { class: 'steps', 'aria-labelledby': 'steps-title' },
          path.steps.map((step, index) => stepItem(step, index, asOf)),
        ),
      );
      if (paths.length > 1) {
        others.replaceChildren(
          h('h3', {}, `${paths.length} paths, shortest first`),
          h(
            'ol',
            { class: 'path-choices' },
            paths.map((candidate, index) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: index === chosen ? 'path-choice chosen' : 'path-choice',
                    'aria-pressed': String(index === chosen),
                    onclick: () => {
                      chosen = index;
                      show();
                    },
                  },
                  `${candidate.length} ${candidate.length === 1 ? 'step' : 'steps'}: `,
                  [candidate.steps[0]?.from.name ?? '', ...candidate.steps.map((step) => step.to.name)].join(' → '),
                ),
              ),
            ),
          ),
        );
      }
    };
    const more = h('button', { type: 'button', class: 'show-more' }, 'Show other paths');
    more.addEventListener('click', () => {
      more.disabled = true;
      more.textContent = 'Looking for other paths…';
      void query(
        PathsDocument,
        { from, to, asOf, first: OTHER_PATHS, maxLength: Math.min(MAX_PATH_LENGTH, (paths[0]?.length ?? 1) + 2) },
        signal,
      )
        .then(({ data: found }) => {
          const keyOf = (path: ExplorerPathFragment) => path.steps.map((step) => step.relation.key).join(' ');
          const first = paths[0] as ExplorerPathFragment;
          const rest = (found?.paths ?? []).filter((path) => keyOf(path) !== keyOf(first));
          paths = [first, ...rest];
          more.remove();
          if (rest.length === 0)
            others.replaceChildren(h('p', { class: 'muted' }, 'No other path within two more steps.'));
          show();
        })
        .catch((error: unknown) => {
          more.disabled = false;
          more.textContent = 'Show other paths';
          this.showMessage(errorText(error));
        });
    });
    elements.panel.replaceChildren(title, swap, list, more, others);
    show();
  }

  /** A partial answer: shown, and the errors beside it said. */
  private reportPartial(answer: Answer<unknown>): void {
    if (answer.errors.length > 0)
      this.showMessage(`Part of the answer is missing: ${answer.errors.map(describeError).join(' ')}`);
  }

  private showMessage(text: string | null): void {
    elements.message.hidden = text === null;
    elements.message.textContent = text ?? '';
  }

  private renderLegend(): void {
    elements.legend.replaceChildren(
      h('h3', { class: 'visually-hidden' }, 'Legend'),
      h(
        'ul',
        {},
        Object.values(KINDS).map(({ label, color }) =>
          h('li', { 'data-color': color }, h('span', { class: 'dot', style: `background:${color}` }), label),
        ),
        h('li', { class: 'legend-line' }, h('span', { class: 'line solid' }), 'relation (arrow: subject to object)'),
        h(
          'li',
          { class: 'legend-line', id: 'legend-possible' },
          h('span', { class: 'line dashed' }),
          'possibly held at the date chosen',
        ),
      ),
    );
  }

  private setUpTimeControl(): void {
    const { year, asOf, clearAsOf } = elements;
    const thisYear = new Date().getFullYear();
    year.max = String(thisYear);
    year.min = String(thisYear - 100);
    // The slider starts at the first dated fact of the graph.
    void query(DateRangeDocument, {})
      .then(({ data }) => {
        const first = Number(data?.timeline[0]?.date.slice(0, 4));
        if (Number.isFinite(first) && first < thisYear) year.min = String(first);
        this.showTime(this.state.asOf);
      })
      .catch(() => undefined);
    year.addEventListener('input', () => {
      asOf.value = year.value;
    });
    year.addEventListener('change', () => this.go({ ...this.state, asOf: year.value }));
    const apply = () => {
      const text = asOf.value.trim();
      if (text === '') {
        if (this.state.asOf) this.go({ ...this.state, asOf: null });
        return;
      }
      if (!isPartialDate(text)) {
        this.showMessage(`“${text}” is not a date: use a year (2009), a month (2009-03) or a day (2009-03-15).`);
        return;
      }
      if (text !== this.state.asOf) this.go({ ...this.state, asOf: text });
    };
    asOf.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') apply();
    });
    asOf.addEventListener('change', apply);
    clearAsOf.addEventListener('click', () => this.go({ ...this.state, asOf: null }));
  }

  private showTime(asOf: string | null): void {
    const { year, asOf: input, clearAsOf } = elements;
    input.value = asOf ?? '';
    year.value = asOf ? asOf.slice(0, 4) : year.max;
    year.classList.toggle('inactive', !asOf);
    clearAsOf.disabled = !asOf;
    document.body.dataset.asOf = asOf ?? '';
  }
}

/** The legend's line for relations that only possibly held, shown while one is drawn. */
function showPossibleInLegend(relations: readonly DrawnRelation[]): void {
  document.body.dataset.possible = String(relations.some((relation) => relation.certainty === 'POSSIBLE'));
}

function drawnPath(path: ExplorerPathFragment): { entities: DrawnEntity[]; relations: DrawnRelation[] } {
  const first = path.steps[0]?.from;
  return {
    entities: [...(first ? [first] : []), ...path.steps.map((step) => step.to)],
    relations: path.steps.map((step) => ({
      key: step.relation.key,
      type: step.relation.type,
      from: step.forward ? step.from.slug : step.to.slug,
      to: step.forward ? step.to.slug : step.from.slug,
      certainty: certaintyOf(step.relation as { certainty?: 'CERTAIN' | 'POSSIBLE' | null }),
    })),
  };
}

void new Explorer().render();
