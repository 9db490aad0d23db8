/**
 * The drawing: a graphology graph rendered by sigma (WebGL), laid out with ForceAtlas2. Small
 * neighbourhoods are laid out synchronously (a few milliseconds, and the picture is stable);
 * large ones in FA2's web worker, so the page stays responsive while they settle.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerDashed, layerPlain } from 'sigma/rendering';
import type { EntityKind, RelationType } from './gql/graphql.js';
import { type Certainty, kindOf, MORE_COLOR } from './model.js';

export interface DrawnEntity {
  readonly slug: string;
  readonly name: string;
  readonly kind: EntityKind;
}

export interface DrawnRelation {
  readonly key: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly certainty: Certainty;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  fixed?: boolean;
  /** The "N more" node stands for what is not drawn. */
  more?: boolean;
  /** Outward from the centre, so that names stay clear of the drawing. */
  labelPosition?: 'left' | 'right';
}

interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  /** Solid fill colour (the plain layer); transparent for dashed edges, drawn by the dashed layer. */
  fill: string;
  dash: number;
  gap: number;
}

export const MORE_NODE = '\u0000more';
/** Above this many entities the layout runs in a worker. */
const WORKER_THRESHOLD = 150;
const WORKER_RUN_MS = 2_000;
const EDGE_COLOR = '#9aa3ad';
const HIGHLIGHT_COLOR = '#1a5fb4';
/** Zoomed out a little from the nodes' extent: room for the names on either side. */
const NEIGHBOURHOOD_ZOOM = 1;
const LABEL_CHARACTERS = 34;

/** Solid, or dashed (a relation that only possibly held at the date asked, or the link to "N more"). */
function edgeLook(dashed: boolean, color: string, size: number): EdgeAttributes {
  return dashed
    ? { size, color, label: '', fill: 'rgba(0,0,0,0)', dash: 7, gap: 5 }
    : { size, color, label: '', fill: color, dash: 0, gap: 0 };
}

/** Long names are cut on the drawing (the panel has them whole). */
function shortLabel(name: string): string {
  return name.length > LABEL_CHARACTERS ? `${name.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : name;
}

export interface GraphViewEvents {
  readonly onEntity: (slug: string) => void;
  readonly onMore: () => void;
}

export class GraphView {
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private layout: FA2LayoutSupervisor | null = null;
  private layoutTimer: number | undefined;
  private zoom = 1;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.renderer = new Sigma(this.graph, container, {
      primitives: {
        edges: {
          // Per-edge values the layers read: declared, so that sigma passes them to the GPU.
          variables: {
            dash: { type: 'number', default: 0 },
            gap: { type: 'number', default: 0 },
          },
          extremities: [extremityArrow()],
          layers: [
            layerPlain({ color: { attribute: 'fill' } }),
            layerDashed({
              dashSize: { attribute: 'dash', default: 0, mode: 'pixels' },
              gapSize: { attribute: 'gap', default: 0, mode: 'pixels' },
              gapColor: 0,
            }),
          ],
        },
      },
      styles: {
        nodes: {
          ...DEFAULT_STYLES.nodes,
          labelVisibility: 'visible',
          labelPosition: { attribute: 'labelPosition', defaultValue: 'right' },
        },
        edges: { ...DEFAULT_STYLES.edges, head: 'arrow' },
      },
      settings: {
        itemSizesReference: 'screen',
        renderEdgeLabels: true,
        nodeLabelEvents: 'extend',
        labelRenderedSizeThreshold: 0,
        labelDensity: 2,
        // Room around the nodes for their names.
        stagePadding: 50,
        zoomToSizeRatioFunction: () => 1,
      },
    });
    const click = (node: string) => {
      if (node === MORE_NODE) events.onMore();
      else events.onEntity(node);
    };
    this.renderer.on('clickNode', ({ node }) => click(node));
    this.renderer.on('clickNodeLabel', ({ node }) => click(node));
    this.renderer.on('enterNode', () => container.classList.add('pointing'));
    this.renderer.on('leaveNode', () => container.classList.remove('pointing'));
  }

  /**
   * An entity and its neighbours (the first `shown` of them), the relations among them, and a
   * node saying how many more there are when some are not drawn.
   */
  showNeighbourhood(
    center: string,
    entities: readonly DrawnEntity[],
    relations: readonly DrawnRelation[],
    more: string | null,
  ): void {
    this.reset();
    // A few nodes leave room to fit their names too; many would shrink to fit them all.
    this.renderer.setSetting('autoRescaleContent', entities.length <= 16 ? 'labels' : 'nodes');
    this.zoom = NEIGHBOURHOOD_ZOOM;
    // Grouped by kind around the centre: the layout starts from that ring and keeps its order.
    const others = entities
      .filter((entity) => entity.slug !== center)
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    const centerEntity = entities.find((entity) => entity.slug === center);
    if (centerEntity) this.addEntity(centerEntity, 0, 0, 16, true);
    others.forEach((entity, index) => {
      const angle = (2 * Math.PI * index) / Math.max(others.length, 1);
      const radius = 40 + others.length * 6;
      // Narrower than tall: the names beside the nodes need the width.
      this.addEntity(entity, Math.cos(angle) * radius * 0.7, Math.sin(angle) * radius, 9);
    });
    for (const relation of relations) {
      const touchesCenter = relation.from === center || relation.to === center;
      this.addRelation(relation, touchesCenter ? '#7d8793' : EDGE_COLOR, touchesCenter ? 2 : 1, false);
    }
    if (more) {
      this.graph.addNode(MORE_NODE, { x: 0, y: -140, size: 11, color: MORE_COLOR, label: more, more: true });
      if (centerEntity) {
        this.graph.addEdgeWithKey(`${MORE_NODE}-edge`, center, MORE_NODE, {
          ...edgeLook(true, '#c3c8ce', 1),
        });
      }
    }
    this.runLayout();
  }

  /** Paths laid out left to right, one row each; the chosen path is highlighted and labelled. */
  showPaths(
    paths: readonly { entities: readonly DrawnEntity[]; relations: readonly DrawnRelation[] }[],
    chosen: number,
  ): void {
    this.reset();
    // A path is a row whose names stick out to the right: the view makes room for them.
    this.renderer.setSetting('autoRescaleContent', 'labels');
    this.zoom = 1;
    const placed = new Set<string>();
    const order = [chosen, ...paths.map((_, index) => index).filter((index) => index !== chosen)];
    order.forEach((pathIndex, row) => {
      const path = paths[pathIndex];
      if (!path) return;
      const y = row === 0 ? 0 : (row % 2 === 1 ? -1 : 1) * Math.ceil(row / 2) * 60;
      path.entities.forEach((entity, column) => {
        if (placed.has(entity.slug)) return;
        placed.add(entity.slug);
        const last = column === 0 || column === path.entities.length - 1;
        // Up and down in turn, so that long names side by side do not overlap.
        this.addEntity(entity, column * 160, y + (column % 2 === 1 ? 45 : 0), last ? 14 : 10, false);
      });
    });
    order.forEach((pathIndex) => {
      for (const relation of paths[pathIndex]?.relations ?? []) {
        if (this.graph.hasEdge(relation.key)) continue;
        const highlighted = pathIndex === chosen;
        this.addRelation(relation, highlighted ? HIGHLIGHT_COLOR : '#c3c8ce', highlighted ? 4 : 1.5, highlighted);
      }
    });
    this.renderer.refresh();
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: this.zoom, angle: 0 });
  }

  clear(): void {
    this.reset();
    this.renderer.refresh();
  }

  private addEntity(entity: DrawnEntity, x: number, y: number, size: number, fixed = false): void {
    if (this.graph.hasNode(entity.slug)) return;
    this.graph.addNode(entity.slug, {
      x,
      y,
      size,
      color: kindOf(entity.kind).color,
      label: shortLabel(entity.name),
      fixed,
    });
  }

  private addRelation(relation: DrawnRelation, color: string, size: number, labelled: boolean): void {
    if (this.graph.hasEdge(relation.key)) return;
    if (!this.graph.hasNode(relation.from) || !this.graph.hasNode(relation.to)) return;
    const possible = relation.certainty === 'POSSIBLE';
    // Paler too, as the legend shows it.
    const look = edgeLook(possible, possible ? '#b7bec6' : color, size);
    this.graph.addEdgeWithKey(relation.key, relation.from, relation.to, {
      ...look,
      label: labelled ? relation.type.toLowerCase().replaceAll('_', ' ') : '',
    });
  }

  private reset(): void {
    this.stopLayout();
    this.graph.clear();
  }

  private runLayout(): void {
    if (this.graph.order < 3) {
      this.renderer.refresh();
      return;
    }
    const settings = { ...forceAtlas2.inferSettings(this.graph), adjustSizes: true, gravity: 0.2, scalingRatio: 60 };
    if (this.graph.order <= WORKER_THRESHOLD) {
      forceAtlas2.assign(this.graph, { iterations: 80, settings });
      this.placeLabels();
      this.renderer.refresh();
      this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: this.zoom, angle: 0 });
      return;
    }
    this.layout = new FA2LayoutSupervisor(this.graph, { settings });
    this.layout.start();
    this.layoutTimer = window.setTimeout(() => this.stopLayout(), WORKER_RUN_MS);
  }

  private placeLabels(): void {
    const xs = this.graph.mapNodes((_, attributes) => attributes.x);
    const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
    this.graph.updateEachNodeAttributes((_, attributes) => ({
      ...attributes,
      labelPosition: attributes.x < middle - 1 ? 'left' : 'right',
    }));
  }

  private stopLayout(): void {
    clearTimeout(this.layoutTimer);
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      this.placeLabels();
    }
  }
}
