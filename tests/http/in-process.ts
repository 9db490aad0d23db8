/**
 * `fetch` against a yoga app in this process, through the path the server takes: the app's fast
 * path (src/http/fast-path.ts) for plain JSON requests on /graphql, yoga for the rest (the fast
 * path hands those back). The answer is a standard `Response`, as `yoga.fetch` gives.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { YogaApp } from '../../src/yoga.js';

export async function fetchInProcess(yoga: YogaApp, url: string, init: RequestInit = {}): Promise<Response> {
  const target = new URL(url);
  const headers: IncomingHttpHeaders = { host: target.host };
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body = init.body === undefined || init.body === null ? null : Buffer.from(init.body as string);
  if (body !== null) headers['content-length'] = String(body.length);
  const answer = await yoga.fastPath.respond({
    method: init.method ?? 'GET',
    url: `${target.pathname}${target.search}`,
    headers,
    body,
  });
  const responseHeaders = new Headers();
  for (let index = 0; index < answer.headers.length; index += 2) {
    responseHeaders.append(answer.headers[index] as string, answer.headers[index + 1] as string);
  }
  // A 204 or 304 has no body, and a Response refuses one (even empty) for them.
  const empty = answer.status === 204 || answer.status === 304;
  const sent = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
  return new Response(empty ? null : sent, { status: answer.status, headers: responseHeaders });
}
