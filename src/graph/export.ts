/**
 * Exports of the graph: graphology's JSON serialisation (which imports back through the same
 * validation as the data files), GraphML and RDF N-Triples with stable IRIs.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { type EntityRecord, isOngoing, type RelationRecord, type SourceRecord } from './dataset-schema.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { type DatasetReading, validateDatasetFiles } from './load.js';
import { type PartialDate, precisionOf } from './partial-date.js';
import type { Entity, Relation } from './types.js';

/** An entity as a data-file record: the inverse of loading (empty lists left out). */
export function entityRecord(entity: Entity): EntityRecord {
  const record: Record<string, unknown> = { ...entity };
  for (const list of ['abbreviations', 'aliases', 'formerNames'] as const) {
    if (entity[list].length === 0) delete record[list];
  }
  return record as EntityRecord;
}

/** A relation as a data-file record: an end known to have passed on no given date is "unknown" again. */
export function relationRecord(relation: Relation): RelationRecord {
  const until = relation.until ?? (relation.ended ? 'unknown' : undefined);
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    ...((relation.since || isOngoing(relation.type)) && { since: relation.since ?? 'unknown' }),
    ...(until && { until }),
    ...(relation.role && { role: relation.role }),
    ...(relation.qualifiers.length > 0 && { qualifiers: [...relation.qualifiers] }),
    citations: [...relation.citations],
  } as RelationRecord;
}

type NodeAttributes = Omit<EntityRecord, 'slug'>;
type EdgeAttributes = Omit<RelationRecord, 'id' | 'from' | 'to'>;
type GraphAttributes = { sources: SourceRecord[] };
export type GraphologyExport = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * A graphology graph of one version: node keys are slugs, edge keys relation keys, sources in the
 * graph attributes. For graphology's own algorithms and formats (and the bench's bare baseline).
 */
export function toGraphology(
  graph: KnowledgeGraph,
): MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  // Stryker disable next-line BooleanLiteral: loading and writes refuse a relation from an entity to itself, so none reaches here.
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  out.replaceAttributes({ sources: graph.sources().map((source) => ({ ...source })) });
  for (const entity of graph.list()) {
    const { slug, ...attributes } = entityRecord(entity);
    out.addNode(slug, attributes);
  }
  for (const relation of graph.allRelations()) {
    const { id, from, to, ...attributes } = relationRecord(relation);
    out.addDirectedEdgeWithKey(id, from, to, attributes);
  }
  return out;
}

/** graphology's serialisation of `toGraphology`. */
export function toGraphologyJson(graph: KnowledgeGraph): GraphologyExport {
  return toGraphology(graph).export();
}

/** Reads graphology's serialisation back into records, checked exactly as data files are. */
export function fromGraphologyJson(serialized: unknown, file = 'graphology.json'): DatasetReading {
  const input = (serialized ?? {}) as Partial<GraphologyExport>;
  const json = {
    sources: input.attributes?.sources ?? [],
    entities: (input.nodes ?? []).map((node) => ({ slug: node.key, ...node.attributes })),
    relations: (input.edges ?? []).map((edge) => ({
      id: edge.key,
      from: edge.source,
      to: edge.target,
      ...edge.attributes,
    })),
  };
  return validateDatasetFiles([{ file, json }]);
}

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

/** One XML attribute key per field; lists are joined with "; ", citations given as source keys. */
const GRAPHML_KEYS = {
  node: [
    'name',
    'kind',
    'description',
    'abbreviations',
    'aliases',
    'category',
    'date',
    'startDate',
    'endDate',
    'founded',
    'sources',
  ],
  edge: ['type', 'since', 'until', 'ended', 'role', 'qualifiers', 'sources'],
} as const;

/**
 * GraphML, written here: graphology-graphml (0.5) only parses. Our tests read the output back
 * with it. Lines are yielded so large graphs stream to a file.
 */
export function* toGraphml(graph: KnowledgeGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const scope of ['node', 'edge'] as const) {
    for (const key of GRAPHML_KEYS[scope]) {
      yield `  <key id="${scope}-${key}" for="${scope}" attr.name="${key}" attr.type="string"/>\n`;
    }
  }
  yield '  <graph id="knowledge-graph" edgedefault="directed">\n';
  const data = (scope: 'node' | 'edge', values: Record<string, string | undefined>) =>
    GRAPHML_KEYS[scope]
      .filter((key) => values[key] !== undefined && values[key] !== '')
      .map((key) => `<data key="${scope}-${key}">${xml(values[key] as string)}</data>`)
      .join('');
  const sourcesOf = (citations: readonly { source: string }[]) =>
    [...new Set(citations.map((c) => c.source))].join('; ');
  for (const entity of graph.list()) {
    const values: Record<string, string | undefined> = {
      name: entity.name,
      kind: entity.kind,
      description: entity.description,
      abbreviations: entity.abbreviations.join('; '),
      aliases: [...entity.aliases, ...entity.formerNames.map((former) => former.name)].join('; '),
      // Stryker disable next-line ConditionalExpression: the field is undefined where absent; `in` is there for the type.
      category: 'category' in entity ? entity.category : undefined,
      // Stryker disable next-line ConditionalExpression: the field is undefined where absent; `in` is there for the type.
      date: 'date' in entity ? entity.date : undefined,
      // Stryker disable next-line ConditionalExpression: the field is undefined where absent; `in` is there for the type.
      startDate: 'startDate' in entity ? entity.startDate : undefined,
      // Stryker disable next-line ConditionalExpression: the field is undefined where absent; `in` is there for the type.
      endDate: 'endDate' in entity ? entity.endDate : undefined,
      // Stryker disable next-line ConditionalExpression: the field is undefined where absent; `in` is there for the type.
      founded: 'founded' in entity ? entity.founded : undefined,
      sources: sourcesOf(entity.citations),
    };
    yield `    <node id="${xml(entity.slug)}">${data('node', values)}</node>\n`;
  }
  for (const relation of graph.allRelations()) {
    const values = {
      type: relation.type,
      since: relation.since ?? undefined,
      until: relation.until ?? undefined,
      ended: String(relation.ended),
      role: relation.role ?? undefined,
      qualifiers: relation.qualifiers.join('; '),
      sources: sourcesOf(relation.citations),
    };
    yield `    <edge id="${xml(relation.id)}" source="${xml(relation.from)}" target="${xml(relation.to)}">${data('edge', values)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SCHEMA = 'https://schema.org/';
const DCTERMS = 'http://purl.org/dc/terms/';
const PROV = 'http://www.w3.org/ns/prov#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Placeholder base: example.org is reserved for documentation; pass a real one with --base. */
export const DEFAULT_BASE_IRI = 'https://example.org/amptp-kg/';

/** IRIs built only from keys in the data, so they stay the same from one export to the next. */
export function iris(base = DEFAULT_BASE_IRI) {
  return {
    entity: (slug: string) => `${base}entity/${encodeURIComponent(slug)}`,
    relation: (id: string) => `${base}relation/${encodeURIComponent(id)}`,
    source: (id: string) => `${base}source/${encodeURIComponent(id)}`,
    vocab: (term: string) => `${base}vocab#${term}`,
  };
}

function literal(text: string): string {
  const escaped = text.replace(
    /[\\"\n\r]/g,
    (char) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[char] ?? char,
  );
  return `"${escaped}"`;
}

const iri = (value: string) => `<${value}>`;

/**
 * RDF as N-Triples. Each relation is a direct triple (subject vocab:TYPE object) and also a
 * reified rdf:Statement carrying its dates, role and sources (prov:wasDerivedFrom).
 */
export function* toNTriples(graph: KnowledgeGraph, base = DEFAULT_BASE_IRI): Generator<string> {
  const id = iris(base);
  const triple = (subject: string, predicate: string, object: string) =>
    `${iri(subject)} ${iri(predicate)} ${object} .\n`;
  // A partial date is typed by its precision: 2009 is an xsd:gYear, 2009-03 an xsd:gYearMonth.
  const date = (value: PartialDate) =>
    `${literal(value)}^^${iri(`${XSD}${({ YEAR: 'gYear', MONTH: 'gYearMonth', DAY: 'date' } as const)[precisionOf(value)]}`)}`;
  for (const source of graph.sources()) {
    const subject = id.source(source.id);
    yield triple(subject, `${RDF}type`, iri(`${SCHEMA}CreativeWork`));
    yield triple(subject, `${DCTERMS}title`, literal(source.title));
    yield triple(subject, `${SCHEMA}url`, iri(source.url));
    yield triple(subject, `${DCTERMS}publisher`, literal(source.publisher));
  }
  for (const entity of graph.list()) {
    const subject = id.entity(entity.slug);
    yield triple(subject, `${RDF}type`, iri(id.vocab(entity.kind.charAt(0) + entity.kind.slice(1).toLowerCase())));
    yield triple(subject, `${RDFS}label`, literal(entity.name));
    yield triple(subject, `${SCHEMA}name`, literal(entity.name));
    yield triple(subject, `${SCHEMA}description`, literal(entity.description));
    for (const name of [
      ...entity.abbreviations,
      ...entity.aliases,
      ...entity.formerNames.map((former) => former.name),
    ]) {
      yield triple(subject, `${SCHEMA}alternateName`, literal(name));
    }
    for (const sourceId of new Set(entity.citations.map((citation) => citation.source))) {
      yield triple(subject, `${PROV}wasDerivedFrom`, iri(id.source(sourceId)));
    }
  }
  for (const relation of graph.allRelations()) {
    const statement = id.relation(relation.id);
    const predicate = id.vocab(relation.type);
    yield triple(id.entity(relation.from), predicate, iri(id.entity(relation.to)));
    yield triple(statement, `${RDF}type`, iri(`${RDF}Statement`));
    yield triple(statement, `${RDF}subject`, iri(id.entity(relation.from)));
    yield triple(statement, `${RDF}predicate`, iri(predicate));
    yield triple(statement, `${RDF}object`, iri(id.entity(relation.to)));
    if (relation.since) yield triple(statement, id.vocab('since'), date(relation.since));
    if (relation.until) yield triple(statement, id.vocab('until'), date(relation.until));
    if (relation.ended) yield triple(statement, id.vocab('ended'), `"true"^^${iri(`${XSD}boolean`)}`);
    if (relation.role) yield triple(statement, id.vocab('role'), literal(relation.role));
    for (const qualifier of relation.qualifiers) yield triple(statement, id.vocab('qualifier'), literal(qualifier));
    for (const sourceId of new Set(relation.citations.map((citation) => citation.source))) {
      yield triple(statement, `${PROV}wasDerivedFrom`, iri(id.source(sourceId)));
    }
  }
}
