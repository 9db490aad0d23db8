/**
 * Name search (src/graph/search.ts) on a handful of hand-made entities: each score below is
 * computed by hand from the scoring rules (exact 1; whole-name prefix 0.8 + 0.1 × query/name
 * length; every word a prefix 0.6 + 0.1 × query/name length; whole-name typo 0.5 − 0.1 × edits;
 * typo in a word 0.4 − 0.1 × edits; an alias weighs 0.95, a former name 0.9; rounded to 3 places).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { normalize, rankHits, type SearchHit, SearchIndex } from '../../src/graph/search.js';
import { entityRecord } from './fixture.js';

const entity = entityRecord;

const wga = entity('wga', 'UNION', 'Writers Guild of America', {
  abbreviations: ['WGA'],
  aliases: ['Writers Guild'],
  formerNames: [{ name: 'Screen Writers Guild', abbreviation: 'SWG', since: '1933' as PartialDate, until: '1954' }],
});
const amptp = entity('amptp', 'ASSOCIATION', 'Alliance of Motion Picture and Television Producers', {
  abbreviations: ['AMPTP'],
});
const societe = entity('societe', 'COMPANY', 'Société Générale', {
  formerNames: [{ name: 'Banque Générale', until: '1900' }],
});
// A name that is also its abbreviation: a tie between two fields of the same weight.
const sagAftra = entity('sag-aftra', 'UNION', 'SAG-AFTRA', { abbreviations: ['SAG-AFTRA'] });
const carol = entity('carol', 'PERSON', 'Carol Lombardini');
// Bob before Ann on purpose: ties must come out by name, not by insertion order.
const bob = entity('bob', 'PERSON', 'Bob Smith');
const ann = entity('ann', 'PERSON', 'Ann Smith');

let index: SearchIndex;
// Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  index = new SearchIndex([wga, amptp, societe, carol, bob, ann, sagAftra]);
});

const hits = (text: string, options = {}) =>
  index.search(text, options).map((hit) => [hit.entity.slug, hit.score, hit.field, hit.matched]);

describe('normalize', () => {
  it('folds case and accents, turns punctuation into single spaces and trims', () => {
    expect(normalize('  SOCIÉTÉ--Générale!  ')).toBe('societe generale');
    expect(normalize('Ça, c’est   ÇA')).toBe('ca c est ca');
    expect(normalize('ﬁlm 2023')).toBe('film 2023');
    expect(normalize('!!!')).toBe('');
  });
});

describe('search scores', () => {
  it('an exact name, abbreviation or alias scores its field weight', () => {
    expect(hits('WGA')).toEqual([['wga', 1, 'ABBREVIATION', 'WGA']]);
    expect(hits('societe generale')).toEqual([['societe', 1, 'NAME', 'Société Générale']]);
    expect(hits('SOCIÉTÉ-GÉNÉRALE!')).toEqual([['societe', 1, 'NAME', 'Société Générale']]);
    // The alias "Writers Guild" is exact (0.95); the name only begins with it (0.8 + 0.1 × 13/24 = 0.854).
    expect(hits('writers guild')).toEqual([['wga', 0.95, 'ALIAS', 'Writers Guild']]);
    // A former abbreviation: 1 × 0.9.
    expect(hits('SWG')).toEqual([['wga', 0.9, 'FORMER_NAME', 'SWG']]);
    // On a tie the first field written wins: the name before the abbreviation.
    expect(hits('sag-aftra')).toEqual([['sag-aftra', 1, 'NAME', 'SAG-AFTRA']]);
  });

  it('a prefix of the whole name scores 0.8 plus a tenth of the share it covers', () => {
    // "alliance of motion picture and television producers" has 51 characters: 0.8 + 0.1 × 6/51.
    expect(hits('allian')).toEqual([['amptp', 0.812, 'NAME', amptp.name]]);
    // "carol" of "carol lombardini" (16): 0.8 + 0.1 × 5/16 = 0.83125.
    expect(hits('Carol')).toEqual([['carol', 0.831, 'NAME', 'Carol Lombardini']]);
    // A former name (weight 0.9): "screen writers" of "screen writers guild" (20), 0.9 × (0.8 + 0.1 × 14/20).
    expect(hits('screen writers')).toEqual([['wga', 0.783, 'FORMER_NAME', 'Screen Writers Guild']]);
    // One with no abbreviation: "banque" of "banque generale" (15), 0.9 × (0.8 + 0.1 × 6/15).
    expect(hits('banque')).toEqual([['societe', 0.756, 'FORMER_NAME', 'Banque Générale']]);
  });

  it('words that each begin a word of the name score 0.6 plus a tenth of the share', () => {
    // "motion pict" (11 characters) of the 51: 0.6 + 0.1 × 11/51 = 0.6216.
    expect(hits('motion pict')).toEqual([['amptp', 0.622, 'NAME', amptp.name]]);
    // Word order does not matter; a word no name has rules the entity out.
    expect(hits('pict motion')).toEqual([['amptp', 0.622, 'NAME', amptp.name]]);
    expect(hits('motion lombardini')).toEqual([]);
  });

  it('a typo in the whole name costs a tenth per edit, within the budget of the query’s length', () => {
    // "amptq" (5 characters, 1 edit allowed) is one substitution from "amptp": 0.5 − 0.1.
    expect(hits('amptq')).toEqual([['amptp', 0.4, 'ABBREVIATION', 'AMPTP']]);
    // Four characters allow one edit ("wgaa" → "wga"); three allow none.
    expect(hits('wgaa')).toEqual([['wga', 0.4, 'ABBREVIATION', 'WGA']]);
    expect(hits('wgb')).toEqual([]);
  });

  it('a typo in one word of a longer name scores 0.4 less a tenth per edit', () => {
    // "lombardni" (9 characters, 2 edits allowed) is one insertion from "lombardini": 0.4 − 0.1.
    expect(hits('lombardni')).toEqual([['carol', 0.3, 'NAME', 'Carol Lombardini']]);
    // "carol lombardni" (15 characters, 2 edits allowed) is one edit from the whole name: 0.5 − 0.1.
    expect(hits('carol lombardni')).toEqual([['carol', 0.4, 'NAME', 'Carol Lombardini']]);
    // Eight characters allow two edits: "prducerz" is two from "producers" (0.4 − 0.2).
    expect(hits('prducerz')).toEqual([['amptp', 0.2, 'NAME', amptp.name]]);
    // Seven allow one: "prducer" is two from "producers".
    expect(hits('prducer')).toEqual([]);
    // "car" begins "carol" (no edit, though three letters allow none); "lombardni" is one edit off.
    expect(hits('car lombardni')).toEqual([['carol', 0.3, 'NAME', 'Carol Lombardini']]);
    // Two edits, and two letters fewer than "lombardini": at the edge of an 8-letter word's budget.
    expect(hits('lombrdni')).toEqual([['carol', 0.2, 'NAME', 'Carol Lombardini']]);
    // Each word within its own budget (2 and 1), but 3 edits in all are more than 14 letters allow.
    expect(hits('lombardnx carl')).toEqual([]);
    // A word after every word of the index.
    expect(hits('zzzz')).toEqual([]);
    // Three edits are too many even for a long word: "lombxrdxnx" from "lombardini".
    expect(hits('lombxrdxnx')).toEqual([]);
  });

  it('keeps the best hit per entity, across its fields', () => {
    // "guild" begins a word of the name (0.6 + 0.1 × 5/24 = 0.621), of the alias "writers guild"
    // (0.95 × (0.6 + 0.1 × 5/13) = 0.607) and of the former name (0.9 × 0.625 = 0.563): the name wins.
    expect(hits('guild')).toEqual([['wga', 0.621, 'NAME', 'Writers Guild of America']]);
  });
});

describe('search options and order', () => {
  it('orders by score, then by name on a tie, and returns at most `first`', () => {
    // "smith" begins the second word of both names (9 characters): 0.6 + 0.1 × 5/9 = 0.656 each.
    expect(hits('smith')).toEqual([
      ['ann', 0.656, 'NAME', 'Ann Smith'],
      ['bob', 0.656, 'NAME', 'Bob Smith'],
    ]);
    expect(hits('smith', { first: 1 })).toEqual([['ann', 0.656, 'NAME', 'Ann Smith']]);
    // A better score comes first whatever the name: "bob smith" exact (1) before "ann smith" (word prefix).
    expect(hits('bob smith')).toEqual([['bob', 1, 'NAME', 'Bob Smith']]);
    // Its words swapped, each begins a word: 0.6 + 0.1 × 9/9.
    expect(hits('smith bob')).toEqual([['bob', 0.7, 'NAME', 'Bob Smith']]);
  });

  it('returns ten hits unless told otherwise', () => {
    const many = Array.from({ length: 12 }, (_, n) =>
      entity(`p${n}`, 'PERSON', `Pat Number${String(n).padStart(2, '0')}`),
    );
    const big = new SearchIndex(many);
    // All twelve score 0.825 ("pat" begins each 12-character name): the first ten by name.
    expect(big.search('pat').map((hit) => hit.entity.slug)).toEqual([
      'p0',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
    ]);
    expect(big.search('pat', { first: 12 })).toHaveLength(12);
  });

  it('keeps only the kinds asked for (none asked: all), and leaves out skipped entities', () => {
    expect(hits('smith', { kinds: ['UNION'] })).toEqual([]);
    expect(hits('smith', { kinds: [] })).toHaveLength(2);
    expect(hits('wga', { kinds: ['UNION', 'PERSON'] })).toEqual([['wga', 1, 'ABBREVIATION', 'WGA']]);
    expect(hits('smith', { skip: new Set(['ann']) })).toEqual([['bob', 0.656, 'NAME', 'Bob Smith']]);
    expect(hits('smith', { skip: new Map([['bob', 1]]) })).toEqual([['ann', 0.656, 'NAME', 'Ann Smith']]);
  });

  it('finds nothing for an empty or punctuation-only text', () => {
    expect(hits('')).toEqual([]);
    expect(hits(' ?! ')).toEqual([]);
  });
});

describe('ranking hits', () => {
  const hit = (slug: string, name: string, score: number) =>
    ({ entity: { slug, name }, score, matched: name, field: 'NAME' }) as unknown as SearchHit;

  it('puts the highest score first, then orders by name, keeps the given order for equal names, and cuts at first', () => {
    const hits = [
      hit('c', 'Carol', 0.5),
      hit('a1', 'Anna', 0.5),
      hit('top', 'Zed', 0.9),
      hit('a2', 'Anna', 0.5),
      hit('b', 'Bob', 0.5),
      hit('low', 'Aaron', 0.1),
    ];
    expect(rankHits([...hits], 10).map((ranked) => ranked.entity.slug)).toEqual(['top', 'a1', 'a2', 'b', 'c', 'low']);
    expect(rankHits([...hits], 3).map((ranked) => ranked.entity.slug)).toEqual(['top', 'a1', 'a2']);
  });
});

describe('search: what the candidates and the typo scores must keep', () => {
  it('a query finds every word it begins, not only the first in order', () => {
    // "s" begins "sag", "screen", "smith", "societe" and "swg".
    expect(
      hits('s')
        .map(([slug]) => slug)
        .sort(),
    ).toEqual(['ann', 'bob', 'sag-aftra', 'societe', 'wga']);
  });

  it('between equally good terms of one entity, the one listed first is matched', () => {
    // "ab" begins both aliases (3 letters): 0.95 × (0.8 + 0.1 × 2/3) = 0.823 each; "Abd" is listed first.
    const listed = new SearchIndex([entity('q', 'PERSON', 'Quill', { aliases: ['Abd', 'Abc'] })]);
    expect(listed.search('ab').map((hit) => [hit.entity.slug, hit.score, hit.field, hit.matched])).toEqual([
      ['q', 0.823, 'ALIAS', 'Abd'],
    ]);
  });

  it('a whole-name typo costs a tenth per edit, two edits included, and three are over a long query’s budget', () => {
    // "carl lombardni" (14 letters, 2 edits allowed) is two deletions from "carol lombardini": 0.5 − 0.2.
    expect(hits('carl lombardni')).toEqual([['carol', 0.3, 'NAME', 'Carol Lombardini']]);
    // "carxl lxmbardxni": three substitutions from the whole name, each word within its own budget (1 and 2).
    expect(hits('carxl lxmbardxni')).toEqual([]);
  });
});

describe('search: names split into words differently from the query', () => {
  // Scores by hand: the same letters as a whole term, spaces apart, 0.75; a query of at least
  // four letters (spaces taken out) that begins a term so read, 0.5 + 0.1 × its share of the term.
  const joinedIndex = () =>
    new SearchIndex([
      entity('nbcu', 'COMPANY', 'NBCUniversal', { abbreviations: ['NBCU'] }),
      entity('nbc', 'COMPANY', 'NBC'),
      entity('universal-nbc', 'COMPANY', 'Universal NBC Studios'),
      entity('lions', 'STUDIO', 'Lions Gate Films'),
      entity('dreamworks', 'STUDIO', 'DreamWorks Animation'),
    ]);
  const found = (text: string) =>
    joinedIndex()
      .search(text)
      .map((hit) => [hit.entity.slug, hit.score, hit.field, hit.matched]);

  it('a name written as one word, asked in two, scores 0.75: above words that each begin a word of a name', () => {
    // "Universal NBC Studios": both words begin one of its words, 0.6 + 0.1 × 13/21 = 0.662.
    expect(found('nbc universal')).toEqual([
      ['nbcu', 0.75, 'NAME', 'NBCUniversal'],
      ['universal-nbc', 0.662, 'NAME', 'Universal NBC Studios'],
    ]);
    expect(found('NB-CU')).toEqual([['nbcu', 0.75, 'ABBREVIATION', 'NBCU']]);
  });

  it('a name written in words, asked as one, or its beginning so asked', () => {
    expect(found('lionsgatefilms')).toEqual([['lions', 0.75, 'NAME', 'Lions Gate Films']]);
    // 0.5 + 0.1 × 9/14.
    expect(found('Lionsgate')).toEqual([['lions', 0.564, 'NAME', 'Lions Gate Films']]);
    // "dream works" begins "dreamworksanimation": 0.5 + 0.1 × 10/19.
    expect(found('dream works')).toEqual([['dreamworks', 0.553, 'NAME', 'DreamWorks Animation']]);
  });

  it('a beginning so asked needs four letters; a whole term matches however short', () => {
    // 0.5 + 0.1 × 4/19.
    expect(found('dr ea')).toEqual([['dreamworks', 0.521, 'NAME', 'DreamWorks Animation']]);
    expect(found('dr e')).toEqual([]);
    // "nbc" is the whole of one name (0.75) and begins another, too short to count for that one.
    expect(found('n bc')).toEqual([['nbc', 0.75, 'NAME', 'NBC']]);
  });
});
