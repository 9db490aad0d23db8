/** Sends operations to a yoga app in this process as the server takes them (the fast path, yoga for the rest): no port. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { YogaApp } from '../../src/yoga.js';
import { fetchInProcess } from './in-process.js';

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export async function execute<Data, Variables>(
  yoga: YogaApp,
  document: TypedDocumentNode<Data, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<GraphQLResponse<Data>> {
  return post(yoga, { query: print(document), variables });
}

/** Posts a raw body (for documents that are wrong on purpose and cannot be typed). */
export async function post<Data = unknown>(yoga: YogaApp, body: unknown): Promise<GraphQLResponse<Data>> {
  const response = await fetchInProcess(yoga, 'http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
