/**
 * `generate-graph --entities N --relations M --out DIR [--seed S] [--per-file K]`: writes a synthetic
 * dataset directory in the format `loadDataset` reads (src/graph/dataset-schema.ts), for benchmarks.
 *
 * The same arguments always give the same files, byte for byte: everything random comes from one
 * seeded generator, drawn in a fixed order. The graph has the shape of the real one: every entity
 * kind with its required fields, names that search can match, relation types between the kinds
 * they join in the real data, a skewed degree distribution (a few hubs, many entities with a
 * handful of relations), and partial dates of every precision on most relations.
 *
 * Files are written record by record through a small buffer, never as one big string, into
 * `DIR.partial`, which replaces DIR only once every file is complete: an interrupted run never
 * leaves a half-written dataset where the bench would take it for a finished one.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type {
  EntityKind,
  entitySchema,
  RelationType,
  relationSchema,
  sourceSchema,
} from '../src/graph/dataset-schema.js';
import { EVENT_CATEGORIES, isOngoing, STUDIO_CATEGORIES } from '../src/graph/dataset-schema.js';

/** Records as written in the files (before zod's parsing brands the dates). */
type EntityRecord = z.input<typeof entitySchema>;
type RelationRecord = z.input<typeof relationSchema>;
type SourceRecord = z.input<typeof sourceSchema>;

// ---------------------------------------------------------------------------------------------
// Seeded random numbers

/**
 * mulberry32: a 32-bit seeded generator in six lines. No library is needed: `Math.random` cannot be
 * seeded, and for synthetic data and picking benchmark inputs all we need is a fast, well-spread,
 * reproducible stream, which this gives on every Node version (it only uses 32-bit integer maths).
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The handful of draws the generator and the bench need, over one mulberry32 stream. */
export class SeededRandom {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.#next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.#next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.#next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /**
   * An index in [0, n) where low indexes are far more likely: half the draws are uniform, half are
   * `n * u^3`, so the first 0.1% of indexes take about 5% of the draws. That makes hubs.
   */
  skewed(n: number): number {
    const u = this.#next();
    return this.#next() < 0.5 ? Math.floor(u * n) : Math.floor(n * u * u * u);
  }
}

// ---------------------------------------------------------------------------------------------
// Words for names

/** A list of words or phrases separated by `|`. */
function words(list: string): readonly string[] {
  return list.split('|');
}

const FIRST_NAMES = words(
  'James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|Richard|' +
    'Susan|Joseph|Jessica|Thomas|Sarah|Carlos|Karen|Daniel|Lisa|Matthew|Nancy|Anthony|Betty|Mark|' +
    'Margaret|Donald|Sandra|Steven|Ashley|Paul|Kimberly|Andrew|Emily|Joshua|Donna|Kenneth|Michelle|' +
    'Kevin|Carol|Brian|Amanda|George|Dorothy|Timothy|Melissa|Ronald|Deborah|Jason|Stephanie|Edward|' +
    'Rebecca|Jeffrey|Sharon|Ryan|Laura|Jacob|Cynthia|Gary|Kathleen|Nicholas|Amy|Eric|Angela|Jonathan|' +
    'Shirley|Stephen|Anna|Larry|Brenda|Justin|Pamela|Scott|Emma|Brandon|Nicole|Benjamin|Helen|Samuel|' +
    'Samantha|Gregory|Katherine|Alexander|Christine|Frank|Debra|Patrick|Rachel|Raymond|Carolyn|Jack|' +
    'Janet|Dennis|Catherine|Jerry|Maria|Tyler|Heather|Aaron|Diane|José|Ruth|Adam|Julie|Nathan|Olivia|' +
    'Henry|Joyce|Douglas|Virginia|Peter|Victoria|Walter|Kelly|Noah|Lauren|Keith|Christina|Hiroshi|Mei|' +
    'Arjun|Priya|Kwame|Amara|Sven|Ingrid|Mateo|Lucía',
);

const LAST_NAMES = words(
  'Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|' +
    'Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|' +
    'Sanchez|Clark|Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|' +
    'Flores|Green|Adams|Nelson|Baker|Hall|Rivera|Campbell|Mitchell|Carter|Roberts|Gomez|Phillips|' +
    'Evans|Turner|Diaz|Parker|Cruz|Edwards|Collins|Reyes|Stewart|Morris|Morales|Murphy|Cook|Rogers|' +
    'Gutierrez|Ortiz|Morgan|Cooper|Peterson|Bailey|Reed|Kelly|Howard|Ramos|Kim|Cox|Ward|Richardson|' +
    'Watson|Brooks|Chavez|Wood|James|Bennett|Gray|Mendoza|Ruiz|Hughes|Price|Alvarez|Castillo|Sanders|' +
    'Patel|Myers|Long|Ross|Foster|Jimenez|Tanaka|Okafor|Lindqvist|Kowalski|Rossi|Dubois|Müller|Novak|' +
    'Haddad|Singh',
);

const PLACE_WORDS = words(
  'Silver|Golden|Northern|Pacific|Summit|Crescent|Liberty|Harbor|Redwood|Sunset|Starlight|Meridian|' +
    'Bluebird|Ironwood|Beacon|Horizon|Lantern|Canyon|Granite|Willow|Orchard|Falcon|Cobalt|Amber|' +
    'Juniper|Harvest|Prairie|Coastal|Aurora|Evergreen|Riverside|Highland|Lakeshore|Twin Oaks|' +
    'Blue Ridge|Red Rock|Magnolia|Cypress|Onyx|Sterling',
);

const SECOND_WORDS = words('Bay|Valley|Hill|Peak|Lion|Arrow|Star|Bridge|Gate|Field');

const STUDIO_SUFFIXES: Record<(typeof STUDIO_CATEGORIES)[number], readonly string[]> = {
  FILM_STUDIO: ['Pictures', 'Studios', 'Films', 'Film Company'],
  BROADCAST_NETWORK: ['Broadcasting', 'Television Network', 'Broadcasting Company'],
  CABLE_NETWORK: ['Cable', 'Channel', 'Networks'],
  STREAMING_SERVICE: ['Plus', 'Stream', 'Play', 'Now'],
  INDEPENDENT: ['Productions', 'Entertainment', 'Media', 'Features'],
};

const STUDIO_CATEGORY_LABELS: Record<(typeof STUDIO_CATEGORIES)[number], string> = {
  FILM_STUDIO: 'film studio',
  BROADCAST_NETWORK: 'broadcast network',
  CABLE_NETWORK: 'cable network',
  STREAMING_SERVICE: 'streaming service',
  INDEPENDENT: 'independent production company',
};

const TRADES = words(
  'Screen Actors|Writers|Directors|Stagehands|Film Editors|Cinematographers|Costume Designers|' +
    'Makeup Artists|Set Painters|Sound Technicians|Animators|Grips|Electricians|Story Analysts|' +
    'Script Supervisors|Drivers|Musicians|Broadcast Employees|Camera Operators|Art Directors|' +
    'Scenic Artists|Publicists|Casting Directors|Stunt Performers|Location Managers',
);

const REGIONS = words(
  'America|the West|the East|Hollywood|New York|Chicago|Atlanta|Texas|the Pacific Northwest|' +
    'New Mexico|Georgia|Canada|Louisiana|Florida|Nevada|Ohio|Michigan|Illinois|Massachusetts|' +
    'Pennsylvania',
);

const INDUSTRIES = words(
  'Motion Picture|Television|Film and Television|Independent Film|Broadcast|Streaming Media|' +
    'Animation|Documentary|Commercial|Music Video|Theatrical|Digital Media',
);

const CITIES = words(
  'Los Angeles, California|Burbank, California|Sherman Oaks, California|New York, New York|' +
    'Atlanta, Georgia|Chicago, Illinois|Albuquerque, New Mexico|Austin, Texas|' +
    'Vancouver, British Columbia|Toronto, Ontario|New Orleans, Louisiana|Miami, Florida',
);

const COMPANY_SUFFIXES = words('Holdings|Group|Media Group|Entertainment Corporation|Communications|Industries');

const EVENT_LABELS: Record<(typeof EVENT_CATEGORIES)[number], string> = {
  MERGER: 'merger',
  WITHDRAWAL: 'withdrawal',
  PETITION: 'petition',
  RECOGNITION_REQUEST: 'recognition request',
  ELECTION_FILING: 'election filing',
  STRIKE_AUTHORIZATION: 'strike authorization',
  AGREEMENT: 'agreement',
  COLLECTIVE_ACTION: 'collective action',
};

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1920, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

/**
 * A day written at a random precision: YEAR 40%, MONTH 30%, DAY 30%. Writing a start day at a
 * coarser precision can only move its span's start earlier, and an end day its span's end later,
 * so start day <= end day keeps the written dates in order whatever precisions are drawn.
 */
function partialDate(random: SeededRandom, day: number): string {
  const iso = new Date(day * DAY_MS).toISOString();
  const draw = random.next();
  return draw < 0.4 ? iso.slice(0, 4) : draw < 0.7 ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** A start day and, `endShare` of the time, an end day at most `maxDays` later (capped at 2025). */
function dayRange(random: SeededRandom, endShare: number, maxDays: number): [number, number | undefined] {
  const start = random.between(FIRST_DAY, LAST_DAY);
  if (!random.chance(endShare)) return [start, undefined];
  return [start, Math.min(LAST_DAY, start + random.int(maxDays))];
}

// ---------------------------------------------------------------------------------------------
// Entities

/**
 * Share of the entities of each kind. People take what the others leave, and every kind gets at
 * least two entities, so that a relation between two entities of one kind always has two ends.
 */
const KIND_SHARES: Record<EntityKind, number> = {
  ASSOCIATION: 0.04,
  STUDIO: 0.16,
  COMPANY: 0.02,
  AGENCY: 0.005,
  UNION: 0.08,
  PERSON: 0.495,
  STRIKE: 0.05,
  EVENT: 0.15,
};

/** The kinds in the order their entities are written. */
const KINDS = Object.keys(KIND_SHARES) as EntityKind[];

export type KindCounts = Record<EntityKind, number>;

export function kindCounts(entities: number): KindCounts {
  const counts = {} as KindCounts;
  let others = 0;
  for (const kind of KINDS) {
    if (kind === 'PERSON') continue;
    counts[kind] = Math.max(2, Math.floor(entities * KIND_SHARES[kind]));
    others += counts[kind];
  }
  counts.PERSON = entities - others;
  return counts;
}

const SLUG_DIGITS = 6;

/** The slug of the `index`-th entity of a kind, e.g. `studio-000123`. */
export function entitySlug(kind: EntityKind, index: number): string {
  return `${kind.toLowerCase()}-${String(index).padStart(SLUG_DIGITS, '0')}`;
}

const CITATIONS = [{ source: 'synthetic' }];

/** The record with its citations moved to the end, where the hand-written data has them. */
function citedLast<T extends { citations: unknown }>(record: T): T {
  const { citations, ...rest } = record;
  return { ...rest, citations } as T;
}

/** Capitals of the significant words: "Screen Actors Guild of Hollywood" gives SAGH. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

function year(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function personName(random: SeededRandom): string {
  const middle = random.chance(0.2) ? ` ${String.fromCharCode(65 + random.int(26))}.` : '';
  return `${random.pick(FIRST_NAMES)}${middle} ${random.pick(LAST_NAMES)}`;
}

function placeName(random: SeededRandom): string {
  return random.chance(0.6) ? random.pick(PLACE_WORDS) : `${random.pick(PLACE_WORDS)} ${random.pick(SECOND_WORDS)}`;
}

function unionName(random: SeededRandom): string {
  const trade = random.pick(TRADES);
  const region = random.pick(REGIONS);
  switch (random.int(5)) {
    case 0:
      return `${trade} Guild of ${region}`;
    case 1:
      return `${trade} Union of ${region}`;
    case 2:
      return `Brotherhood of ${trade}, ${region}`;
    case 3:
      return `International Alliance of ${trade}, Local ${random.between(1, 999)}`;
    default:
      return `${region.replace(/^the /, '')} ${trade} Federation`;
  }
}

function associationName(random: SeededRandom): string {
  const industry = random.pick(INDUSTRIES);
  switch (random.int(4)) {
    case 0:
      return `Alliance of ${industry} Producers`;
    case 1:
      return `Association of ${industry} Producers of ${random.pick(REGIONS)}`;
    case 2:
      return `${placeName(random)} ${industry} Producers Council`;
    default:
      return `League of ${industry} Employers`;
  }
}

function agencyName(random: SeededRandom): string {
  const region = random.pick(REGIONS).replace(/^the /, '');
  switch (random.int(3)) {
    case 0:
      return `${region} Labor Relations Board`;
    case 1:
      return `${region} Film Commission`;
    default:
      return `Office of ${random.pick(TRADES)} Standards, ${region}`;
  }
}

function makeEntity(random: SeededRandom, kind: EntityKind, index: number): EntityRecord {
  const slug = entitySlug(kind, index);
  switch (kind) {
    case 'ASSOCIATION': {
      const name = associationName(random);
      const [founded, dissolved] = dayRange(random, 0.1, 30_000);
      const record: EntityRecord = {
        slug,
        kind,
        name,
        abbreviations: [initials(name)],
        description: "Synthetic producers' association that bargains collectively for its member companies.",
        founded: partialDate(random, founded),
        citations: CITATIONS,
      };
      if (dissolved !== undefined) record.dissolved = partialDate(random, dissolved);
      if (random.chance(0.5)) record.headquarters = random.pick(CITIES);
      if (random.chance(0.5)) {
        record.memberCount = { value: random.between(5, 500), qualifier: random.pick(['EXACT', 'OVER', 'ABOUT']) };
      }
      if (random.chance(0.1)) {
        const [since, until = since] = dayRange(random, 1, 15_000);
        record.formerNames = [
          { name: associationName(random), since: partialDate(random, since), until: partialDate(random, until) },
        ];
      }
      return record;
    }
    case 'STUDIO': {
      const category = random.pick(STUDIO_CATEGORIES);
      const name = `${placeName(random)} ${random.pick(STUDIO_SUFFIXES[category])}`;
      const record: EntityRecord = {
        slug,
        kind,
        name,
        category,
        description: `Synthetic ${STUDIO_CATEGORY_LABELS[category]}.`,
        citations: CITATIONS,
      };
      if (random.chance(0.7)) record.founded = partialDate(random, random.between(FIRST_DAY, LAST_DAY));
      if (random.chance(0.1)) record.aliases = [initials(name)];
      return record;
    }
    case 'UNION': {
      const name = unionName(random);
      const [founded, dissolved] = dayRange(random, 0.08, 30_000);
      const record: EntityRecord = {
        slug,
        kind,
        name,
        abbreviations: [initials(name)],
        description: 'Synthetic labour union of entertainment workers.',
        founded: partialDate(random, founded),
        represents: `${random.pick(TRADES).toLowerCase()} in ${random.pick(REGIONS)}`,
        citations: CITATIONS,
      };
      if (dissolved !== undefined) record.dissolved = partialDate(random, dissolved);
      return record;
    }
    case 'COMPANY': {
      const name = `${placeName(random)} ${random.pick(COMPANY_SUFFIXES)}`;
      const record: EntityRecord = {
        slug,
        kind,
        name,
        description: 'Synthetic parent company that owns studios, networks or services.',
        citations: CITATIONS,
      };
      if (random.chance(0.7)) record.founded = partialDate(random, random.between(FIRST_DAY, LAST_DAY));
      if (random.chance(0.5)) record.headquarters = random.pick(CITIES);
      if (random.chance(0.3)) record.abbreviations = [initials(name)];
      return record;
    }
    case 'AGENCY': {
      const record: EntityRecord = {
        slug,
        kind,
        name: agencyName(random),
        description: 'Synthetic government body with a say in entertainment labour relations.',
        citations: CITATIONS,
      };
      if (random.chance(0.6)) record.founded = partialDate(random, random.between(FIRST_DAY, LAST_DAY));
      if (random.chance(0.5)) record.jurisdiction = random.chance(0.3) ? 'federal' : random.pick(REGIONS);
      return record;
    }
    case 'PERSON':
      return {
        slug,
        kind,
        name: personName(random),
        description: 'Synthetic person active in entertainment-industry labour relations.',
        citations: CITATIONS,
      };
    case 'STRIKE': {
      const [start, end] = dayRange(random, 0.9, 200);
      const name = random.chance(0.5)
        ? `${year(start)} ${random.pick(TRADES)} strike`
        : `${random.pick(REGIONS).replace(/^the /, '')} ${random.pick(TRADES).toLowerCase()} strike of ${year(start)}`;
      const record: EntityRecord = {
        slug,
        kind,
        name,
        description: 'Synthetic work stoppage called by one or more unions.',
        startDate: partialDate(random, start),
        citations: CITATIONS,
      };
      if (end !== undefined) {
        record.endDate = partialDate(random, end);
        if (random.chance(0.5)) {
          record.settlementDate = partialDate(random, end);
          record.ratificationDate = partialDate(random, Math.min(LAST_DAY, end + random.between(3, 30)));
        }
      }
      if (random.chance(0.4)) {
        record.participantCount = {
          value: random.between(50, 160_000),
          qualifier: random.pick(['EXACT', 'OVER', 'ABOUT']),
        };
      }
      return record;
    }
    case 'EVENT': {
      const category = random.pick(EVENT_CATEGORIES);
      const day = random.between(FIRST_DAY, LAST_DAY);
      return {
        slug,
        kind,
        name: `${placeName(random)} ${EVENT_LABELS[category]} of ${year(day)}`,
        category,
        date: partialDate(random, day),
        description: `Synthetic ${EVENT_LABELS[category]}.`,
        citations: CITATIONS,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Relations

interface RelationTemplate {
  readonly type: RelationType;
  readonly weight: number;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  /** Both ends of the same kind (then `to` is unused), as in a union merging into another union. */
  readonly sameKind?: boolean;
  /** Share of these relations that carry dates. */
  readonly dated: number;
  readonly roles?: readonly string[];
  readonly qualifier?: { readonly value: 'INTERIM' | 'ANNOUNCED'; readonly share: number };
}

/** Which kinds each type joins, after the real data; weights sum to 1. */
const TEMPLATES: readonly RelationTemplate[] = [
  { type: 'MEMBER_OF', weight: 0.23, from: ['PERSON'], to: ['UNION'], dated: 0.8 },
  { type: 'MEMBER_OF', weight: 0.1, from: ['STUDIO', 'COMPANY'], to: ['ASSOCIATION'], dated: 0.8 },
  {
    type: 'PARTY_TO',
    weight: 0.12,
    from: ['STUDIO', 'ASSOCIATION', 'UNION', 'AGENCY'],
    to: ['EVENT'],
    dated: 0.2,
    roles: ['petitioner', 'respondent', 'departing member', 'association left', 'merging party', 'filer'],
  },
  { type: 'NEGOTIATES_WITH', weight: 0.08, from: ['ASSOCIATION', 'STUDIO'], to: ['UNION'], dated: 0.7 },
  { type: 'CALLED_BY', weight: 0.04, from: ['STRIKE'], to: ['UNION'], dated: 0.3 },
  { type: 'AGAINST', weight: 0.04, from: ['STRIKE'], to: ['ASSOCIATION', 'STUDIO'], dated: 0.3 },
  {
    type: 'PRESIDED_BY',
    weight: 0.06,
    from: ['ASSOCIATION', 'UNION'],
    to: ['PERSON'],
    dated: 0.9,
    roles: ['President', 'Chair', 'Executive director'],
    qualifier: { value: 'INTERIM', share: 0.1 },
  },
  {
    type: 'EXECUTIVE_OF',
    weight: 0.03,
    from: ['PERSON'],
    to: ['STUDIO', 'COMPANY'],
    dated: 0.9,
    roles: ['Chief executive', 'Chair', 'President', 'Chief content officer', 'General counsel'],
  },
  { type: 'SPOKESPERSON', weight: 0.05, from: ['ASSOCIATION', 'UNION', 'STUDIO'], to: ['PERSON'], dated: 0.7 },
  {
    type: 'AIDE_TO',
    weight: 0.05,
    from: ['PERSON'],
    to: ['PERSON'],
    dated: 0.7,
    roles: ['chief of staff', 'special assistant', 'deputy', 'counsel', 'chief negotiator'],
  },
  { type: 'HELPED_SHAPE', weight: 0.05, from: ['PERSON'], to: ['ASSOCIATION', 'UNION'], dated: 0.6 },
  { type: 'AFFILIATED_WITH', weight: 0.04, from: ['UNION', 'ASSOCIATION'], to: ['ASSOCIATION', 'UNION'], dated: 0.7 },
  { type: 'PART_OF', weight: 0.02, from: ['UNION'], to: ['UNION'], dated: 0.7 },
  { type: 'SUBSIDIARY_OF', weight: 0.03, from: ['STUDIO', 'COMPANY'], to: ['COMPANY'], dated: 0.8 },
  { type: 'MERGED_WITH', weight: 0.01, from: ['ASSOCIATION', 'UNION'], to: ['ASSOCIATION', 'UNION'], dated: 0.9 },
  {
    type: 'MERGED_INTO',
    weight: 0.01,
    from: ['STUDIO', 'COMPANY', 'UNION', 'ASSOCIATION'],
    to: [],
    sameKind: true,
    dated: 0.9,
  },
  { type: 'FOUNDED_BY', weight: 0.02, from: ['ASSOCIATION', 'UNION'], to: ['STUDIO', 'PERSON'], dated: 0.5 },
  {
    type: 'WITHDREW_FROM',
    weight: 0.02,
    from: ['STUDIO', 'UNION'],
    to: ['ASSOCIATION'],
    dated: 0.9,
    qualifier: { value: 'ANNOUNCED', share: 0.3 },
  },
];

function pickTemplate(random: SeededRandom): RelationTemplate {
  let draw = random.next();
  for (const template of TEMPLATES) {
    draw -= template.weight;
    if (draw < 0) return template;
  }
  return TEMPLATES[TEMPLATES.length - 1] as RelationTemplate;
}

function makeRelation(random: SeededRandom, counts: KindCounts, id: string): RelationRecord {
  const template = pickTemplate(random);
  const fromKind = random.pick(template.from);
  const toKind = template.sameKind ? fromKind : random.pick(template.to);
  const from = random.skewed(counts[fromKind]);
  let to = random.skewed(counts[toKind]);
  // No self-relations: every kind has at least two entities, so a different one always exists.
  while (fromKind === toKind && to === from) to = random.int(counts[toKind]);
  const record: RelationRecord = {
    id,
    type: template.type,
    from: entitySlug(fromKind, from),
    to: entitySlug(toKind, to),
    citations: CITATIONS,
  };
  if (random.chance(template.dated)) {
    // since 1920-2025; then still holds (50%), ended on a date (42%) or ended on an unknown date (8%).
    const since = random.between(FIRST_DAY, LAST_DAY);
    record.since = partialDate(random, since);
    const ending = random.next();
    if (ending >= 0.5 && ending < 0.92) {
      record.until = partialDate(random, Math.min(LAST_DAY, since + random.int(12_000)));
    } else if (ending >= 0.92) record.until = 'unknown';
  } else if (isOngoing(template.type)) record.since = 'unknown';
  if (template.roles && random.chance(0.6)) record.role = random.pick(template.roles);
  if (template.qualifier && random.chance(template.qualifier.share)) record.qualifiers = [template.qualifier.value];
  return record;
}

// ---------------------------------------------------------------------------------------------
// Writing

const FLUSH_AT = 1 << 20;

/** A `{ "<key>": [ ... ] }` file written one record at a time through a ~1 MB buffer. */
class JsonArrayFile {
  readonly #fd: number;
  #buffer: string[] = [];
  #buffered = 0;
  #count = 0;
  bytes = 0;

  constructor(path: string, key: string) {
    this.#fd = openSync(path, 'w');
    this.#write(`{\n  "${key}": [\n`);
  }

  get count(): number {
    return this.#count;
  }

  add(record: unknown): void {
    this.#write(`${this.#count === 0 ? '' : ',\n'}    ${JSON.stringify(record)}`);
    this.#count++;
  }

  close(): void {
    this.#write('\n  ]\n}\n');
    this.#flush();
    closeSync(this.#fd);
  }

  #write(text: string): void {
    this.#buffer.push(text);
    this.#buffered += text.length;
    if (this.#buffered >= FLUSH_AT) this.#flush();
  }

  #flush(): void {
    if (this.#buffer.length === 0) return;
    this.bytes += writeSync(this.#fd, this.#buffer.join(''));
    this.#buffer = [];
    this.#buffered = 0;
  }
}

const OWN_FILE = /^(sources|entities-\d+|relations-\d+)\.json$/;

/** Refuses a directory that holds anything this generator does not write. */
function checkOwnDirectory(dir: string): void {
  if (!existsSync(dir)) return;
  const foreign = readdirSync(dir).filter((name) => !OWN_FILE.test(name));
  if (foreign.length > 0) {
    throw new Error(
      `${dir} holds files this generator did not write (${foreign.slice(0, 3).join(', ')}); not touching it`,
    );
  }
}

/** Removes a directory this generator wrote, if it exists. */
function clearOwnDirectory(dir: string): void {
  checkOwnDirectory(dir);
  if (existsSync(dir)) rmSync(dir, { recursive: true });
}

export interface GenerateOptions {
  readonly entities: number;
  readonly relations: number;
  readonly out: string;
  readonly seed?: number;
  /** Records per file, at most. */
  readonly perFile?: number;
  readonly log?: (line: string) => void;
}

export interface GenerateSummary {
  readonly dir: string;
  readonly files: number;
  readonly entities: number;
  readonly relations: number;
  readonly bytes: number;
  readonly seconds: number;
}

const SOURCE: SourceRecord = {
  id: 'synthetic',
  title: 'Synthetic benchmark graph',
  url: 'https://example.org/synthetic',
  publisher: 'generate-graph',
};

export function generateGraph(options: GenerateOptions): GenerateSummary {
  const { entities, relations, seed = 1, perFile = 50_000, log = () => {} } = options;
  const fewest = 2 * KINDS.length;
  if (!Number.isInteger(entities) || entities < fewest) {
    throw new Error(`--entities must be an integer of at least ${fewest} (two of each kind)`);
  }
  if (!Number.isInteger(relations) || relations < 0) throw new Error('--relations must be a non-negative integer');
  if (!Number.isInteger(perFile) || perFile < 1) throw new Error('--per-file must be a positive integer');
  if (entities >= 10 ** SLUG_DIGITS) throw new Error(`--entities must be under ${10 ** SLUG_DIGITS}`);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

  const started = performance.now();
  const dir = resolve(options.out);
  const partial = `${dir}.partial`;
  checkOwnDirectory(dir);
  clearOwnDirectory(partial);
  mkdirSync(partial, { recursive: true });

  const random = new SeededRandom(seed);
  const counts = kindCounts(entities);
  log(
    `generating ${entities} entities (${KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ')}) and ${relations} relations, seed ${seed}, into ${dir}`,
  );
  let files = 0;
  let bytes = 0;

  const writeAll = (key: string, prefix: string, total: number, make: (index: number) => unknown) => {
    const fileCount = Math.max(1, Math.ceil(total / perFile));
    const digits = Math.max(2, String(fileCount - 1).length);
    let index = 0;
    for (let fileIndex = 0; fileIndex < fileCount; fileIndex++) {
      const fileStarted = performance.now();
      const name = `${prefix}-${String(fileIndex).padStart(digits, '0')}.json`;
      const file = new JsonArrayFile(join(partial, name), key);
      for (const end = Math.min(total, index + perFile); index < end; index++) file.add(make(index));
      file.close();
      files++;
      bytes += file.bytes;
      log(
        `  ${name}: ${file.count} ${key}, ${(file.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - fileStarted) / 1000).toFixed(2)} s`,
      );
    }
  };

  const sources = new JsonArrayFile(join(partial, 'sources.json'), 'sources');
  sources.add(SOURCE);
  sources.close();
  files++;
  bytes += sources.bytes;
  log('  sources.json: 1 source');

  // Entities kind by kind, so the i-th record of the stream is the (i - offset)-th of its kind.
  const kindOrder = KINDS;
  const offsets = kindOrder.map((_, position) =>
    kindOrder.slice(0, position).reduce((sum, kind) => sum + counts[kind], 0),
  );
  let kindPosition = 0;
  writeAll('entities', 'entities', entities, (index) => {
    while (index >= (offsets[kindPosition] as number) + counts[kindOrder[kindPosition] as EntityKind]) kindPosition++;
    return citedLast(
      makeEntity(random, kindOrder[kindPosition] as EntityKind, index - (offsets[kindPosition] as number)),
    );
  });

  const idDigits = Math.max(7, String(relations).length);
  writeAll('relations', 'relations', relations, (index) =>
    citedLast(makeRelation(random, counts, `rel-${String(index).padStart(idDigits, '0')}`)),
  );

  clearOwnDirectory(dir);
  renameSync(partial, dir);
  const seconds = (performance.now() - started) / 1000;
  return { dir, files, entities, relations, bytes, seconds };
}

// ---------------------------------------------------------------------------------------------
// Command line

function main(): void {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '100000' },
      relations: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'per-file': { type: 'string', default: '50000' },
    },
  });
  if (!values.out) {
    console.error(
      'usage: generate-graph --entities N --relations M --out DIR [--seed S] [--per-file K]  (records per file, default 50000)',
    );
    process.exit(2);
  }
  const summary = generateGraph({
    entities: Number(values.entities),
    relations: Number(values.relations),
    out: values.out,
    seed: Number(values.seed),
    perFile: Number(values['per-file']),
    log: (line) => console.log(line),
  });
  console.log(
    `wrote ${summary.files} files, ${(summary.bytes / 1e6).toFixed(1)} MB, to ${summary.dir} in ${summary.seconds.toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`generate-graph: ${(error as Error).message}`);
    process.exit(1);
  }
}
