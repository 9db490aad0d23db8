/** The explorer's one way to the server: POST /graphql with a typed document, as any client would. */
import type { TypedDocumentString } from './gql/graphql.js';

export interface ApiErrorDetail {
  readonly message: string;
  readonly code: string | null;
}

/** A query the server refused or could not answer; the message is meant for the person. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
  ) {
    super(message);
  }
}

export interface Answer<R> {
  readonly data: R | null;
  readonly errors: readonly ApiErrorDetail[];
}

const ENDPOINT = '/graphql';

/**
 * Sends one operation. Resolves with the data and any errors beside it (a partial answer is
 * still an answer); rejects with an ApiError when there is no data at all.
 */
export async function query<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<Answer<R>> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The server could not be reached. Is it still running?');
  }
  let body: { data?: R | null; errors?: { message: string; extensions?: { code?: unknown } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL response.`);
  }
  const errors = (body.errors ?? []).map((error) => ({
    message: error.message,
    code: typeof error.extensions?.code === 'string' ? error.extensions.code : null,
  }));
  if (body.data == null) {
    throw new ApiError(
      errors.length > 0 ? errors.map(describeError).join(' ') : `The server answered ${response.status} with no data.`,
      errors,
    );
  }
  return { data: body.data, errors };
}

export function describeError({ message, code }: ApiErrorDetail): string {
  return code ? `${message} (${code})` : message;
}
