/**
 * The response cache's own bookkeeping (`ResponseCache`), which the node handler's tests see only
 * through hits: an answer from an older graph version is dropped when asked for, with its bytes,
 * and a hit neither adds nor loses any.
 */
import { describe, expect, it } from 'vitest';
import { type CachedResponse, ResponseCache } from '../../src/http/response-cache.js';

const answer = (version: number, text = '{"data":{"entity":{"name":"NBC"}}}'): CachedResponse => ({
  status: 200,
  headers: ['content-type', 'application/json; charset=utf-8', 'content-length', String(text.length)],
  body: Buffer.from(text),
  etag: `"${version}-abc"`,
  version,
});

describe('ResponseCache', () => {
  it('a hit keeps the entry and its bytes as they were', () => {
    const cache = new ResponseCache(10, 1_048_576);
    cache.set('a', answer(3));
    const held = cache.bytes;
    expect(held).toBeGreaterThan(0);
    expect(cache.get('a', 3)?.body.toString()).toBe('{"data":{"entity":{"name":"NBC"}}}');
    expect(cache.get('a', 3)?.etag).toBe('"3-abc"');
    expect([cache.size, cache.bytes]).toEqual([1, held]);
  });

  it('an answer read from another version is not served, and is dropped with its bytes', () => {
    const cache = new ResponseCache(10, 1_048_576);
    cache.set('kept', answer(4, '{"data":{"a":1}}'));
    const keptBytes = cache.bytes;
    cache.set('old', answer(3));
    expect(cache.get('old', 4)).toBeUndefined();
    expect([cache.size, cache.bytes]).toEqual([1, keptBytes]);
    // Gone, not just hidden: asked for at its own version, it is not there either.
    expect(cache.get('old', 3)).toBeUndefined();
    expect(cache.get('kept', 4)).toBeDefined();
  });

  it('a hit makes its entry the most recently used: the next one over the bound evicts another', () => {
    const cache = new ResponseCache(2, 1_048_576);
    cache.set('first', answer(1));
    cache.set('second', answer(1));
    expect(cache.get('first', 1)).toBeDefined();
    cache.set('third', answer(1));
    expect(cache.get('second', 1)).toBeUndefined();
    expect(cache.get('first', 1)).toBeDefined();
    expect(cache.get('third', 1)).toBeDefined();
  });
});

describe('ResponseCache bounds', () => {
  // An entry is charged its body, its key and 512 bytes of overhead.
  const body10 = '0123456789';
  const charge = (key: string, text: string) => text.length + key.length + 512;

  it('charges an entry its body, its key and the overhead, and gives them back when replaced', () => {
    const cache = new ResponseCache(10, 1_048_576);
    cache.set('ab', answer(1, body10));
    expect(cache.bytes).toBe(10 + 2 + 512);
    cache.set('ab', answer(1, '01234'));
    expect([cache.size, cache.bytes]).toEqual([1, 5 + 2 + 512]);
  });

  it('keeps an entry of exactly maxBytes and refuses one a byte larger', () => {
    const atBound = new ResponseCache(10, charge('k', body10));
    atBound.set('k', answer(1, body10));
    expect([atBound.size, atBound.bytes]).toEqual([1, 523]);
    const overBound = new ResponseCache(10, charge('k', body10) - 1);
    overBound.set('k', answer(1, body10));
    expect([overBound.size, overBound.bytes]).toEqual([0, 0]);
  });

  it('keeps nothing when maxEntries is 0', () => {
    const cache = new ResponseCache(0, 1_048_576);
    cache.set('k', answer(1, body10));
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
    expect(cache.get('k', 1)).toBeUndefined();
  });

  it('evicts the least recently used once the bytes go past maxBytes, not when they reach it', () => {
    // Room for exactly two entries of 523 bytes.
    const cache = new ResponseCache(10, 2 * charge('a', body10));
    cache.set('a', answer(1, body10));
    cache.set('b', answer(1, body10));
    expect([cache.size, cache.bytes]).toEqual([2, 1046]);
    cache.set('c', answer(1, body10));
    expect([cache.size, cache.bytes]).toEqual([2, 1046]);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });
});

describe('ResponseCache refusals', () => {
  it('an answer too large to ever fit is refused without evicting what is kept', () => {
    const cache = new ResponseCache(10, 2_000);
    cache.set('small', answer(1, '{"data":{}}'));
    const held = cache.bytes;
    cache.set('big', answer(1, 'x'.repeat(2_000)));
    expect([cache.size, cache.bytes]).toEqual([1, held]);
    expect(cache.get('small', 1)).toBeDefined();
    expect(cache.get('big', 1)).toBeUndefined();
  });
});
