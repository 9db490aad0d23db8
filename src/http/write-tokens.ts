/**
 * Who may write: `WRITE_TOKENS` holds comma-separated `actor=token` pairs; a request whose
 * `Authorization: Bearer TOKEN` names one acts as that actor. Tokens are compared in constant
 * time (their SHA-256 digests, so lengths leak nothing either) and never logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Tokens shorter than this are refused at start: they could be guessed. */
export const MIN_TOKEN_LENGTH = 16;

export class WriteTokens {
  readonly #digests: readonly { actor: string; digest: Buffer }[];

  private constructor(pairs: readonly { actor: string; token: string }[]) {
    this.#digests = pairs.map(({ actor, token }) => ({ actor, digest: digestOf(token) }));
  }

  /** No tokens: the server is read-only. */
  static none(): WriteTokens {
    return new WriteTokens([]);
  }

  /** Parses `actor=token,actor=token`; throws an Error naming what is wrong (never the token). */
  static parse(text: string | undefined): WriteTokens {
    if (!text?.trim()) return WriteTokens.none();
    const pairs = text.split(',').map((pair, index) => {
      const at = pair.indexOf('=');
      const actor = pair.slice(0, at).trim();
      const token = pair.slice(at + 1).trim();
      // Stryker disable next-line EqualityOperator: at 0 the actor is empty, which `!actor` refuses with the same message.
      if (at < 0 || !actor || !token) throw new Error(`pair ${index + 1} is not actor=token`);
      if (!/^[\w.@-]+$/.test(actor))
        throw new Error(`pair ${index + 1}: the actor "${actor}" may hold only letters, digits, _ . @ -`);
      if (token.length < MIN_TOKEN_LENGTH) {
        throw new Error(`pair ${index + 1} (${actor}): the token is shorter than ${MIN_TOKEN_LENGTH} characters`);
      }
      return { actor, token };
    });
    return new WriteTokens(pairs);
  }

  /** Whether any token is configured (else every write is refused). */
  get enabled(): boolean {
    return this.#digests.length > 0;
  }

  /** The actor an Authorization header's bearer token names, or null. */
  actorFor(authorization: string | null | undefined): string | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return null;
    const digest = digestOf(match[1] as string);
    let actor: string | null = null;
    // Every token is compared, so the time taken says nothing about which one matched.
    for (const candidate of this.#digests) {
      if (timingSafeEqual(candidate.digest, digest) && actor === null) actor = candidate.actor;
    }
    return actor;
  }
}

function digestOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
