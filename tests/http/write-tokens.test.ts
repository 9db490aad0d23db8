/**
 * WRITE_TOKENS: `actor=token` pairs, parsed with a clear error for each kind of mistake (one that
 * never shows the token), and the actor an `Authorization: Bearer` header names.
 */
import { describe, expect, it } from 'vitest';
import { MIN_TOKEN_LENGTH, WriteTokens } from '../../src/http/write-tokens.js';

// Sixteen characters, the documented minimum, counted by hand: 4 × "abcd".
const SIXTEEN = 'abcdabcdabcdabcd';
const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-0123456789';

/** The message of the error `parse(text)` throws. */
function parseError(text: string): string {
  try {
    WriteTokens.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`parse(${JSON.stringify(text)}) did not throw`);
}

describe('WriteTokens.parse', () => {
  it('is read-only when unset, empty or blank', () => {
    for (const text of [undefined, '', '   ']) {
      const tokens = WriteTokens.parse(text);
      expect(tokens.enabled).toBe(false);
      expect(tokens.actorFor(`Bearer ${ALICE}`)).toBeNull();
    }
    expect(WriteTokens.none().enabled).toBe(false);
  });

  it('maps each token to its actor, with spaces around the parts ignored', () => {
    const tokens = WriteTokens.parse(` alice = ${ALICE} , bob=${BOB}`);
    expect(tokens.enabled).toBe(true);
    expect(tokens.actorFor(`Bearer ${ALICE}`)).toBe('alice');
    expect(tokens.actorFor(`Bearer ${BOB}`)).toBe('bob');
  });

  it('keeps everything after the first "=" as the token', () => {
    const tokens = WriteTokens.parse(`carol=${ALICE}=x`);
    expect(tokens.actorFor(`Bearer ${ALICE}=x`)).toBe('carol');
    expect(tokens.actorFor(`Bearer ${ALICE}`)).toBeNull();
  });

  it('takes a token of exactly the minimum length, and refuses one a character shorter', () => {
    expect(MIN_TOKEN_LENGTH).toBe(SIXTEEN.length);
    expect(WriteTokens.parse(`dave=${SIXTEEN}`).actorFor(`Bearer ${SIXTEEN}`)).toBe('dave');
    const message = parseError(`dave=${SIXTEEN.slice(1)}`);
    expect(message).toContain('pair 1 (dave)');
    expect(message).toContain('shorter than 16');
    expect(message).not.toContain(SIXTEEN.slice(1));
  });

  it('names the pair that is not actor=token, counting from 1', () => {
    for (const [text, pair] of [
      ['no-equals-sign', 1],
      [`alice=${ALICE},=${BOB}`, 2],
      [`alice=${ALICE},bob=`, 2],
      [`alice=${ALICE},bob=   `, 2],
      [`alice=${ALICE},bob=${BOB},`, 3],
    ] as const) {
      expect(parseError(text), text).toContain(`pair ${pair} is not actor=token`);
    }
  });

  it('refuses an actor with other characters than letters, digits, _ . @ -', () => {
    expect(WriteTokens.parse(`a_b.c@d-e9=${ALICE}`).actorFor(`Bearer ${ALICE}`)).toBe('a_b.c@d-e9');
    for (const actor of ['al ice', 'al/ice', 'alice!']) {
      const message = parseError(`${actor}=${ALICE}`);
      expect(message, actor).toContain(`pair 1: the actor "${actor}"`);
      expect(message).not.toContain(ALICE);
    }
  });
});

describe('WriteTokens.actorFor', () => {
  const tokens = WriteTokens.parse(`alice=${ALICE},bob=${BOB}`);

  it('reads a bearer token whatever the case of "Bearer" and the spaces around the token', () => {
    for (const header of [`Bearer ${ALICE}`, `bearer ${ALICE}`, `BEARER   ${ALICE}`, `Bearer ${ALICE}  `]) {
      expect(tokens.actorFor(header), header).toBe('alice');
    }
  });

  it('is null for no header, another scheme, an unknown token or more than one word', () => {
    for (const header of [
      null,
      undefined,
      '',
      ALICE,
      `Basic ${ALICE}`,
      `Bearer ${ALICE}x`,
      `Bearer ${ALICE.slice(0, -1)}`,
      `Bearer ${ALICE} ${BOB}`,
      `xBearer ${ALICE}`,
      'Bearer ',
    ]) {
      expect(tokens.actorFor(header), String(header)).toBeNull();
    }
  });

  it('gives the first actor when two share a token', () => {
    const shared = WriteTokens.parse(`alice=${ALICE},mallory=${ALICE}`);
    expect(shared.actorFor(`Bearer ${ALICE}`)).toBe('alice');
  });
});
