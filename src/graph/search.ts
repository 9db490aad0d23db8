/**
 * Name search over names, abbreviations, aliases and former names: case- and accent-insensitive,
 * tolerant of small typos. Written here rather than taken from a full-text library because the
 * corpus is short names, where exact/prefix/word/edit-distance scoring is all that is needed.
 * A word index picks the candidates, so a query scores only the terms that share its words (or
 * near-misses of them), not every name in the graph; an index of the names with their spaces taken
 * out adds those spelled the same but split differently ("nbc universal" for NBCUniversal,
 * "lionsgate" for a "Lions Gate").
 */
import { distance } from 'fastest-levenshtein';
import { SEARCH_LIMITS } from '../limits.js';
import type { EntityKind } from './dataset-schema.js';
import { lowerBound } from './sorted.js';
import type { Entity } from './types.js';

export type SearchField = 'NAME' | 'ABBREVIATION' | 'ALIAS' | 'FORMER_NAME';

export interface SearchHit {
  readonly entity: Entity;
  /** 0 < score <= 1; 1 is an exact match of the whole name. */
  readonly score: number;
  /** The name, alias or abbreviation that matched, as written in the data. */
  readonly matched: string;
  readonly field: SearchField;
}

export interface SearchOptions {
  readonly kinds?: readonly EntityKind[] | null;
  readonly first?: number;
  /** Entities to leave out (a graph version whose own index holds newer records of them). */
  readonly skip?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

interface Term {
  readonly entity: Entity;
  readonly text: string;
  readonly normalized: string;
  readonly words: readonly string[];
  /** `normalized` without its spaces: how a name is matched when the query splits it elsewhere. */
  readonly joined: string;
  readonly field: SearchField;
}

/** Weight of each field relative to a name: an exact alias is a little weaker evidence. */
const FIELD_WEIGHT: Record<SearchField, number> = { NAME: 1, ABBREVIATION: 1, ALIAS: 0.95, FORMER_NAME: 0.9 };

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Shortest query, spaces taken out, that may match the beginning of a name split differently: shorter ones begin too many. */
const MIN_JOINED_PREFIX = 4;

/** Edits tolerated for a query of this length: none for very short ones, where a typo is a different word. */
function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

function scoreTerm(query: string, queryWords: readonly string[], joinedQuery: string, term: Term): number {
  const { normalized, joined } = term;
  if (normalized === query) return 1;
  if (normalized.startsWith(query)) return 0.8 + 0.1 * (query.length / normalized.length);
  // The same letters, split into words differently: the whole name all the same.
  if (joined === joinedQuery) return 0.75;
  const words = term.words;
  if (queryWords.every((word) => words.some((candidate) => candidate.startsWith(word)))) {
    return 0.6 + 0.1 * (query.length / normalized.length);
  }
  // A candidate for this has a query long enough (#joinedCandidates): a shorter one's words are too
  // short for a typo, so each begins a word of the term and the test above has already scored it.
  if (joined.startsWith(joinedQuery)) {
    return 0.5 + 0.1 * (joinedQuery.length / joined.length);
  }
  const budget = typoBudget(query.length);
  // Stryker disable next-line ConditionalExpression: with no edit allowed the typo checks below find nothing either; this only skips them.
  if (budget === 0) return 0;
  // Stryker disable next-line ConditionalExpression: a cheap test first; the edit distance is never less than the length difference.
  if (Math.abs(normalized.length - query.length) <= budget) {
    const edits = distance(query, normalized);
    if (edits <= budget) return 0.5 - 0.1 * edits;
  }
  // A typo in one word of a longer name: every query word must be close to some word of the term.
  let edits = 0;
  for (const word of queryWords) {
    const wordBudget = typoBudget(word.length);
    let best = Number.POSITIVE_INFINITY;
    for (const candidate of words) {
      if (candidate.startsWith(word)) {
        best = 0;
        break;
      }
      // Stryker disable next-line ConditionalExpression: a cheap test first; the edit distance is never less than the length difference.
      if (Math.abs(candidate.length - word.length) <= wordBudget) best = Math.min(best, distance(word, candidate));
    }
    // No test of `best` against the word's budget: the term is a candidate (#candidates), so some word of it
    // begins this query word or is within that budget of it, and `best` is at most that.
    edits += best;
  }
  return edits <= budget ? 0.4 - 0.1 * edits : 0;
}

/** Adds `index` to the list of `key` in an index of postings. */
function post(postings: Map<string, number[]>, key: string, index: number): void {
  const list = postings.get(key);
  if (list) list.push(index);
  else postings.set(key, [index]);
}

export class SearchIndex {
  readonly #terms: Term[] = [];
  /** Each word of any term, and the terms it occurs in: only terms sharing words with a query are scored. */
  readonly #postings = new Map<string, number[]>();
  readonly #vocabulary: string[];
  /** Each term's `joined` form, and the terms that have it: the same shape as the word index. */
  readonly #joinedPostings = new Map<string, number[]>();
  readonly #joinedVocabulary: string[];

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      this.#add(entity, entity.name, 'NAME');
      for (const abbreviation of entity.abbreviations) this.#add(entity, abbreviation, 'ABBREVIATION');
      for (const alias of entity.aliases) this.#add(entity, alias, 'ALIAS');
      for (const former of entity.formerNames) {
        this.#add(entity, former.name, 'FORMER_NAME');
        if (former.abbreviation) this.#add(entity, former.abbreviation, 'FORMER_NAME');
      }
    }
    this.#vocabulary = [...this.#postings.keys()].sort();
    this.#joinedVocabulary = [...this.#joinedPostings.keys()].sort();
  }

  #add(entity: Entity, text: string, field: SearchField): void {
    const normalized = normalize(text);
    // Stryker disable next-line ConditionalExpression: a term with no letter or digit matches no query anyway; this keeps it out of the index.
    if (!normalized) return;
    const index = this.#terms.length;
    const words = normalized.split(' ');
    const joined = words.join('');
    this.#terms.push({ entity, text, normalized, words, joined, field });
    for (const word of new Set(words)) post(this.#postings, word, index);
    post(this.#joinedPostings, joined, index);
  }

  /** Terms having, for every query word, a word it begins or is within its typo budget of. */
  #candidates(queryWords: readonly string[]): Set<number> {
    let candidates: Set<number> | null = null;
    for (const queryWord of queryWords) {
      const matches = new Set<number>();
      const add = (word: string) => {
        for (const index of this.#postings.get(word) ?? [])
          if (!candidates || candidates.has(index)) matches.add(index);
      };
      for (let at = lowerBound(this.#vocabulary, queryWord); this.#vocabulary[at]?.startsWith(queryWord); at++) {
        add(this.#vocabulary[at] as string);
      }
      const budget = typoBudget(queryWord.length);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with no edit allowed the scan finds only the word itself, already found as a prefix.
      if (budget > 0) {
        for (const word of this.#vocabulary) {
          // Stryker disable next-line ConditionalExpression: a cheap test first; the edit distance is never less than the length difference.
          if (Math.abs(word.length - queryWord.length) > budget) continue;
          if (distance(queryWord, word) <= budget) add(word);
        }
      }
      candidates = matches;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: candidates are only narrowed, never widened, by each further word, and the scoring decides; this only stops early
      if (candidates.size === 0) break;
    }
    return candidates ?? new Set();
  }

  /** Terms whose `joined` form is `joinedQuery`, or begins with it when it is long enough (see scoreTerm). */
  #joinedCandidates(joinedQuery: string, into: Set<number>): void {
    const prefix = joinedQuery.length >= MIN_JOINED_PREFIX;
    const vocabulary = this.#joinedVocabulary;
    for (let at = lowerBound(vocabulary, joinedQuery); at < vocabulary.length; at++) {
      const joined = vocabulary[at] as string;
      if (joined !== joinedQuery && !(prefix && joined.startsWith(joinedQuery))) break;
      for (const index of this.#joinedPostings.get(joined) as number[]) into.add(index);
    }
  }

  /** Best hit per entity, highest score first, then by name; at most `first` hits. */
  search(text: string, { kinds, first = SEARCH_LIMITS.defaultFirst, skip }: SearchOptions = {}): SearchHit[] {
    const query = normalize(text);
    if (!query) return [];
    const queryWords = [...new Set(query.split(' '))];
    const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
    const joinedQuery = query.replaceAll(' ', '');
    const candidates = this.#candidates(queryWords);
    this.#joinedCandidates(joinedQuery, candidates);
    const best = new Map<string, SearchHit>();
    // In the order the terms were indexed: between equally good terms of an entity, the first listed wins.
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const term = this.#terms[index] as Term;
      if (wanted && !wanted.has(term.entity.kind)) continue;
      if (skip?.has(term.entity.slug)) continue;
      const raw = scoreTerm(query, queryWords, joinedQuery, term);
      if (raw <= 0) continue;
      const score = Math.round(raw * FIELD_WEIGHT[term.field] * 1000) / 1000;
      const previous = best.get(term.entity.slug);
      if (!previous || score > previous.score) {
        best.set(term.entity.slug, { entity: term.entity, score, matched: term.text, field: term.field });
      }
    }
    return rankHits([...best.values()], first);
  }
}

function byScoreThenName(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.entity.name < b.entity.name) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Array.prototype.sort (V8's TimSort) asks only whether the result is negative, so 1 and 0 sort alike
  return a.entity.name > b.entity.name ? 1 : 0;
}

/** Highest score first, then by name; at most `first`. */
export function rankHits(hits: SearchHit[], first: number): SearchHit[] {
  return hits.sort(byScoreThenName).slice(0, first);
}
