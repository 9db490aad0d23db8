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
