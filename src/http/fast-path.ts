/**
 * GraphQL over HTTP without the fetch-API layer: the plain JSON requests on /graphql (a POST of
 * `application/json`, a GET with its parameters in the URL) answered from raw bytes to raw bytes.
 *
 * Yoga, behind its node adapter, turns every request into a whatwg-node `Request` (a body stream,
 * a headers object, an AbortSignal) and every answer into a `Response`, then back to node's
 * objects: as measured with `node --cpu-prof` (README, "Performance"), that costs more than the
 * GraphQL work itself. Here the same work is done with plain objects, and with yoga's own parts:
 *
 * - the same plugin hooks, in yoga's order, from yoga's own lists: `onRequest` and `onResponse`
 *   (the request log, CORS, metrics, readiness), then what `yoga.getResultForParams` runs, in
 *   plain loops (yoga's own go through promise helpers, a sixth of an executed request's CPU
 *   with envelop's): `onParams` (the parameter checks, the input limits, the cache marks), yoga's
 *   `getEnveloped` (parse and validation with graphql-armor, the context, execution with the cost
 *   limit, masking, the deadline, graphql-jit) and `onExecutionResult` (coded errors, the
 *   response-size cap), then `onResultProcess` and the result processor yoga picks (its JSON one:
 *   status codes, content type, error formatting);
 * - a document that parsed and validated is kept (see `PreparedDocuments`): the next request with
 *   the same text goes straight to its context and execution;
 * - a request is light: its headers read node's header object, its URL is the request line's.
 *
 * What it does not handle it hands back (`answer` returns null) before running any hook, for yoga
 * to answer exactly as before: other paths and methods, other content types, an Accept that asks
 * for an event stream or multipart, a body that is not a JSON object, a GET whose `variables` or
 * `extensions` are not JSON, a body over yoga's own size limit, `Expect`, a document that may hold
 * a subscription (its answer is a stream, or yoga's 406).
 *
 * The request and response objects the hooks get hold only what the hooks that run here call
 * (yoga's CORS, health check, result processor, envelop, and our plugins): a plugin that needs
 * more fails loudly here (a 500, logged), which a test of it shows.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { createGraphQLError, type GraphQLParams, type YogaServerInstance } from 'graphql-yoga';
import { type Context, withWarnings } from '../context.js';
import { type RequestLine, requestIdFrom } from '../logger.js';
import type { ClientSignal } from './deadline.js';
import type { JitExecution } from './jit-execution.js';
import { inputLimitError } from './query-limits.js';
import { etagOf, hasCredentials, requestHash } from './response-cache.js';

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

/** Where GraphQL is served; the fast path takes nothing else. */
export const GRAPHQL_PATH = '/graphql';

/** A request as it came: `url` is the request line's (`/graphql?query=…`), header names in lower case (as node gives them). */
export interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The whole body (POST), or null. */
  readonly body: Buffer | null;
  /** Aborted once the client has gone away: execution stops at its next check (src/http/deadline.ts). */
  readonly signal?: ClientSignal;
  /** The request's id when the caller has settled it already (`requestIdFrom`); else made from `x-request-id`. */
  readonly id?: string;
}

/** An answer to write as it is: `headers` is flat (`[name, value, name, value, …]`, lower case), as `res.writeHead` takes it, content-length included. */
export interface RawResponse {
  readonly status: number;
  readonly headers: readonly string[];
  /**
   * A string is sent as UTF-8: the direct route's answers are, so that node writes the head and
   * the body in one piece, without a copy of the body into bytes first.
   */
  readonly body: string | Buffer;
  /** Who made it: the direct route, the hooks run here, or yoga itself (`respond`, for what the fast path hands back). */
  readonly route: 'direct' | 'hooks' | 'yoga';
}

/** The value of header `name` (lower case) in a flat header list, or undefined. */
export function headerOf(headers: readonly string[], name: string): string | undefined {
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which equals no name
  for (let index = 0; index < headers.length; index += 2) if (headers[index] === name) return headers[index + 1];
  return undefined;
}

/** `/graphql`, with or without a query string. */
export function isGraphQLPath(url: string): boolean {
  return url.startsWith(GRAPHQL_PATH) && (url.length === GRAPHQL_PATH.length || url[GRAPHQL_PATH.length] === '?');
}

/** The media types of the JSON result processor, and the wildcards that pick it. */
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql-response+json', 'application/*', '*/*']);

/**
 * An Accept header under which yoga answers with its JSON processor, whatever the result: absent,
 * or naming only JSON types and wildcards. Others (an event stream, multipart, `text/*`, a charset
 * other than UTF-8) are yoga's to sort out.
 */
function acceptsOnlyJson(accept: string | undefined): boolean {
  if (accept === undefined || JSON_MEDIA_TYPES.has(accept)) return true;
  for (const part of accept.replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = part.split(';');
    if (!JSON_MEDIA_TYPES.has(mediaType as string)) return false;
    if (params.some((param) => param.startsWith('charset=') && param !== 'charset=utf-8')) return false;
  }
  return true;
}

/** `Content-Type: application/json`, as yoga's JSON parser matches it: the first of a list, with or without parameters. */
function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType?.startsWith('application/json')) return false;
  const next = contentType[16];
  return next === undefined || next === ';' || next === ',';
}

/** A name or IPv4 address with an optional port: the usual Host, told valid without building a URL. */
const PLAIN_HOST = /^[\w.-]+(:\d{1,5})?$/;

/** A Host that makes a URL (yoga builds each request's URL from it), else `localhost`. */
export function usableHost(host: string | undefined): string {
  if (host === undefined) return 'localhost';
  return PLAIN_HOST.test(host) || URL.canParse(`http://${host}/`) ? host : 'localhost';
}

/** Header names are case-insensitive: read as node stores them, lower case. Read by name only: no hook here lists them. */
class NodeRequestHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

/** What plugins read of a request: method, absolute URL, headers, signal. */
class LightRequest {
  readonly headers: NodeRequestHeaders;
  #url: string | undefined;

  constructor(
    readonly method: string,
    /** The request line's URL (`/graphql?…`). */
    private readonly target: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    readonly signal: ClientSignal | undefined,
  ) {
    this.headers = new NodeRequestHeaders(rawHeaders);
  }

  /** Made when first read: only the hooks read it, and the direct route runs none. */
  get url(): string {
    this.#url ??= `http://${usableHost(this.rawHeaders.host)}${this.target}`;
    return this.#url;
  }
}

/** Response headers: a map by lower-case name. Only set: the hooks here (CORS, the request log) add headers and read none. */
class ResponseHeaders {
  readonly map = new Map<string, string>();

  constructor(init: Record<string, string>) {
    for (const name of Object.keys(init)) this.map.set(name.toLowerCase(), String(init[name]));
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), String(value));
  }
}

/**
 * The `Response` the hooks and yoga's result processor build here: its body is already whole. The
 * bodies built here are yoga's JSON (with its content type) and the health check's null; another
 * kind of body makes `toRaw` throw (a 500, logged), never a wrong answer.
 */
class BufferedResponse {
  readonly status: number;
  readonly headers: ResponseHeaders;
  readonly body: string | null;

  constructor(
    body: string | null,
    // The status text is left to node, which writes the standard one for each status, as yoga's are.
    init: { status?: number; statusText?: string; headers?: Record<string, string> },
  ) {
    this.body = body;
    this.status = init.status ?? 200;
    this.headers = new ResponseHeaders(init.headers ?? {});
  }
}

type Hook = (payload: Record<string, unknown>) => unknown;

/** Yoga's hook lists and error masking: not in its public types, read once here. */
interface YogaInternals {
  /** Envelop's list, the empty entries already dropped. */
  readonly plugins: readonly { onRequest?: Hook; onResponse?: Hook }[];
  readonly onParamsHooks: readonly Hook[];
  readonly onExecutionResultHooks: readonly Hook[];
  readonly onResultProcessHooks: readonly Hook[];
  readonly instrumentation?: unknown;
  readonly maskedErrorsOpts: {
    maskError: (error: unknown, message: string, isDev?: boolean) => Error;
    errorMessage: string;
    isDev?: boolean;
  } | null;
}

type ResultProcessor = (result: unknown, fetchAPI: unknown, acceptedMediaType: string) => BufferedResponse;

/** A subscription is answered with a stream (or, under a JSON-only Accept, yoga's 406): yoga's. A false alarm only costs speed. */
function mayHoldSubscription(params: GraphQLParams): boolean {
  return typeof params.query === 'string' && params.query.includes('subscription');
}

/**
 * Hooks may return promises, and yoga awaits them: so does the fast path, without a microtask for
 * the hooks that return nothing. No hook that runs here returns a promise with work left after its
 * first synchronous part (the metrics' async onRequest returns at once off /metrics), so awaiting
 * every value, or none, answers the same: the checks below are marked equivalent.
 */
const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';

/** What yoga's params handler is given; an `onParams` hook may put another handler in its place. */
type ParamsHandler = (payload: {
  request: LightRequest;
  params: GraphQLParams;
  context: Record<string, unknown>;
}) => unknown;

/** Documents kept by `PreparedDocuments`: yoga's parse cache holds as many. */
const PREPARED_DOCUMENTS = 1_024;

/**
 * Documents that parsed and validated, by method, operation name and query text. Every parse and
 * validation hook of this app is a function of those and nothing else: the parser with its cache
 * and graphql-armor's token limit, the validation rules (graphql-js', graphql-armor's, ours, the
 * introspection rule), yoga's refusal of a mutation sent by GET (by method and operation name).
 * So a text seen before gets the same document and no errors again, and skips both hook chains
 * (with yoga's key of the rule names, read on every request: about 5% of an executed request's
 * CPU, as profiled). A text with errors is never kept: it meets the hooks every time. The oldest goes first.
 * A plugin whose parse or validation reads anything else (a header, the time) would have to turn
 * this off.
 */
class PreparedDocuments {
  readonly #byText = new Map<string, DocumentNode>();

  static keyOf(method: string, params: GraphQLParams): string {
    return `${method}\u0000${params.operationName ?? ''}\u0000${params.query}`;
  }

  get(key: string): DocumentNode | undefined {
    return this.#byText.get(key);
  }

  // Stryker disable next-line BlockStatement: keeping nothing answers the same, slower.
  set(key: string, document: DocumentNode): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound keeps memory in check; a dropped document answers the same (a test sends more than it holds).
    if (this.#byText.size >= PREPARED_DOCUMENTS) this.#byText.delete(this.#byText.keys().next().value as string);
    this.#byText.set(key, document);
  }
}

/** What yoga's `context` option makes of a request: the app's part of each request's context. */
export type ContextFor = (initial: { request: { headers: { get(name: string): string | null } } }) => Context;

/** What the direct route needs (see `FastPath.#direct`). */
export interface DirectOptions {
  /** The schema yoga serves. */
  readonly schema: GraphQLSchema;
  /** The compiled operations (shared with the plugin that compiles them). */
  readonly jit: JitExecution;
  /** Yoga's `context` option. */
  readonly contextFor: ContextFor;
  /** The response-size cap (useResponseSizeLimit). */
  readonly maxResponseBytes: number;
  /** Writes the request's log line, as the request log's hook would. */
  readonly logLine: (line: RequestLine) => void;
}

export interface FastPathOptions {
  /** Yoga's own body-size limit: a larger body goes to yoga, which refuses it (false: none here). */
  readonly maxBodyBytes: number | false;
  /** The direct route for compiled queries; null for none (every request through the hooks). */
  readonly direct?: DirectOptions | null;
}

/** The parameters yoga reads; any other with a value is refused by its check. */
const PARAM_NAMES = new Set(['query', 'variables', 'operationName', 'extensions']);

/** Absent, null or an object that is not an array: the variables and extensions yoga's check lets through. */
const isAbsentOrObject = (value: unknown): boolean =>
  value === undefined || (typeof value === 'object' && !Array.isArray(value));

/**
 * Parameters that yoga's checks and ours (`onParams`: the parameter types, the input limits) let
 * through as they are: a query string, an operation name that is a string, variables and
 * extensions that are objects, within the limits. Anything else is the hooks' to refuse.
 */
function passesParamChecks(params: GraphQLParams): boolean {
  for (const name in params) {
    if (params[name as keyof GraphQLParams] != null && !PARAM_NAMES.has(name)) return false;
  }
  if (typeof params.query !== 'string') return false;
  // Stryker disable next-line BooleanLiteral: defence in depth; a name that is not a string finds no compiled operation (they are looked up by the name itself), so the hooks answer it either way.
  if (params.operationName != null && typeof params.operationName !== 'string') return false;
  if (!isAbsentOrObject(params.variables) || !isAbsentOrObject(params.extensions)) return false;
  return inputLimitError(params) === null;
}

/** Distinct Accept headers whose media type is kept (see `#mediaTypeFor`); past it, worked out each time. */
const MEDIA_TYPES_KEPT = 64;

export class FastPath {
  readonly #yoga: Yoga;
  readonly #maxBodyBytes: number;
  readonly #onRequest: Hook[];
  readonly #onResponse: Hook[];
  readonly #onParams: readonly Hook[];
  readonly #onExecutionResult: readonly Hook[];
  readonly #onResultProcess: readonly Hook[];
  readonly #prepared = new PreparedDocuments();
  /** Read once: every read of a property of `yoga` goes through its adapter's proxy. */
  readonly #getEnveloped: Yoga['getEnveloped'];
  readonly #masking: YogaInternals['maskedErrorsOpts'];
  readonly #enabled: boolean;
  /** The fetch API the hooks get: yoga's, with a `Response` whose body stays a string or bytes. */
  readonly #fetchAPI: Record<string, unknown>;
  readonly #direct: DirectOptions | null;
  /** The media type yoga's result processor answers an Accept header with, by header (undefined: none sent). */
  readonly #mediaTypes = new Map<string | undefined, string>();
  /** Contexts built by the direct route for requests it handed to the hooks: execution reuses them. */
  readonly #builtContexts = new WeakSet<object>();

  constructor(yoga: Yoga, options: FastPathOptions) {
    this.#yoga = yoga;
    this.#maxBodyBytes = options.maxBodyBytes === false ? Number.POSITIVE_INFINITY : options.maxBodyBytes;
    const internals = yoga as unknown as YogaInternals;
    // Not public API: a yoga release that renames them must stop the start, not answer 500s later.
    const lists = [
      internals.plugins,
      internals.onParamsHooks,
      internals.onExecutionResultHooks,
      internals.onResultProcessHooks,
    ];
    if (!lists.every((list) => Array.isArray(list))) {
      throw new Error(
        "graphql-yoga's plugin and hook lists are not where the fast path reads them: this yoga version needs src/http/fast-path.ts updated",
      );
    }
    this.#onRequest = internals.plugins.flatMap((plugin) => (plugin.onRequest ? [plugin.onRequest] : []));
    this.#onResponse = internals.plugins.flatMap((plugin) => (plugin.onResponse ? [plugin.onResponse] : []));
    this.#getEnveloped = yoga.getEnveloped;
    this.#onParams = internals.onParamsHooks;
    this.#onExecutionResult = internals.onExecutionResultHooks;
    this.#onResultProcess = internals.onResultProcessHooks;
    this.#masking = internals.maskedErrorsOpts;
    // Tracing wraps yoga's own steps, which are not all taken here: such a server stays on yoga.
    this.#enabled = !internals.instrumentation;
    this.#fetchAPI = { ...yoga.fetchAPI, Response: BufferedResponse };
    this.#direct = options.direct ?? null;
  }

  /** Whether the fast path takes requests like this one, from what is known before the body. */
  takes(method: string, url: string, headers: IncomingHttpHeaders): boolean {
    if (!this.#enabled || !isGraphQLPath(url) || headers.expect !== undefined) return false;
    if (!acceptsOnlyJson(headers.accept)) return false;
    return method === 'POST' ? isJsonContentType(headers['content-type']) : method === 'GET';
  }

  /**
   * The answer, or null when the request is yoga's to answer (see above); nothing has run then.
   * Not a promise when the direct route answered in the same tick (an operation that waits for no
   * loader batch: a search, a path, the timeline's dates): no microtask between the request's body
   * and its answer, as for a cache hit.
   */
  answer(raw: RawRequest): RawResponse | Promise<RawResponse> | null {
    if (!this.takes(raw.method, raw.url, raw.headers)) return null;
    const params = this.#paramsOf(raw);
    if (params === null || mayHoldSubscription(params)) return null;
    const request = new LightRequest(raw.method, raw.url, raw.headers, raw.signal);
    return this.#answerDirectly(raw, params, request) ?? this.#answerWithHooks(params, request, {});
  }

  /**
   * The direct route: a query whose document is prepared and compiled, asked without credentials
   * or Origin, with parameters every check lets through, is executed at once, before any hook:
   * an error-free answer (warnings and all) within the size cap is then written here as the hooks
   * would write it (status 200, yoga's content type, the ETag, the request id, the log line). That
   * is what most requests are, and what the hooks cost more CPU than executing (README,
   * "Performance"). Any other outcome (errors, the deadline, an answer over the cap) is
   * handed to the hooks with its result (`JitExecution.executedAhead`), which make the answer
   * from it without executing again. What it does not take (null) goes through the hooks.
   */
  #answerDirectly(
    raw: RawRequest,
    params: GraphQLParams,
    request: LightRequest,
  ): RawResponse | Promise<RawResponse> | null {
    const direct = this.#direct;
    if (direct === null || raw.headers.origin !== undefined || hasCredentials(raw.headers)) return null;
    if (!passesParamChecks(params)) return null;
    const document = this.#prepared.get(PreparedDocuments.keyOf(raw.method, params));
    const compiled = document && direct.jit.compiled(document, params.operationName);
    if (!document || !compiled) return null;
    const started = performance.now();
    // The context the hooks would build: yoga's initial one, extended by its `context` option.
    const context = { request, params } as Record<string, unknown>;
    Object.assign(context, direct.contextFor({ request }));
    (context as unknown as Context).deadline.follow(raw.signal);
    // Most operations finish synchronously: their answer is made in the same tick, no promise.
    // Variables that do not coerce, a cost not known within the limit (null): the hooks' executor
    // refuses them, with its own error.
    // Decided before anything is awaited, as is the rest of the choice: a request the hooks answer
    // starts its hooks in the same tick as it would without this route (its clock, e.g.).
    return direct.jit.run(
      compiled,
      {
        schema: direct.schema,
        document,
        contextValue: context,
        variableValues: params.variables,
        operationName: params.operationName,
      },
      (result) => this.#finishDirectly(raw, params, request, context, result, started),
    );
  }

  /** The direct route's answer once executed: written here, or made by the hooks from the result. */
  #finishDirectly(
    raw: RawRequest,
    params: GraphQLParams,
    request: LightRequest,
    context: Record<string, unknown>,
    result: ExecutionResult,
    started: number,
  ): RawResponse | Promise<RawResponse> {
    const direct = this.#direct as DirectOptions;
    const { deadline, warnings, graph } = context as unknown as Context;
    const text = result.errors?.length || deadline.exceeded ? null : JSON.stringify(withWarnings(result, warnings));
    // Counted once, for the size cap and the content-length alike.
    const bytes = text === null ? 0 : Buffer.byteLength(text);
    if (text === null || bytes > direct.maxResponseBytes) {
      this.#builtContexts.add(context);
      direct.jit.executedAhead(context, result);
      return this.#answerWithHooks(params, request, context);
    }
    const id = raw.id ?? requestIdFrom(raw.headers['x-request-id']);
    const accept = raw.headers.accept;
    const etag = etagOf(graph.version, requestHash(params, accept ?? null, null));
    direct.logLine({
      reqId: id,
      method: raw.method,
      path: GRAPHQL_PATH,
      status: 200,
      // Stryker disable next-line ArithmeticOperator: a log-only duration; pinning it would take a timing assertion.
      ms: Math.round((performance.now() - started) * 10) / 10,
      operation: params.operationName || undefined,
    });
    return {
      status: 200,
      headers: [
        'content-type',
        `${this.#mediaTypeFor(accept)}; charset=utf-8`,
        'etag',
        etag,
        'x-request-id',
        id,
        'content-length',
        String(bytes),
      ],
      body: text,
      route: 'direct',
    };
  }

  /** Every hook, in yoga's order; `serverContext` is the request's context when the direct route built it. */
  async #answerWithHooks(
    params: GraphQLParams,
    request: LightRequest,
    serverContext: Record<string, unknown>,
  ): Promise<RawResponse> {
    const fetchAPI = this.#fetchAPI;
    let response: BufferedResponse | undefined;
    let url: URL | undefined;
    // The URL object is made only for a hook that reads it, as yoga's adapter does.
    const lazyUrl = new Proxy({} as URL, {
      get: (_target, property) => {
        url ??= new URL(request.url);
        return Reflect.get(url, property, url);
      },
    });
    for (const hook of this.#onRequest) {
      const done = hook({
        request,
        serverContext,
        fetchAPI,
        url: lazyUrl,
        // No requestHandler, setRequest or setRequestHandler: no hook here replaces the request or its handler.
        endResponse: (ended: BufferedResponse) => {
          response = ended;
        },
      });
      // Stryker disable next-line ConditionalExpression: see isPromiseLike
      if (isPromiseLike(done)) await done;
      if (response) break;
    }
    if (!response) {
      let result: unknown;
      try {
        result = await this.#resultForParams(params, request, serverContext);
      } catch (error) {
        result = { errors: this.#thrownErrors(error) };
      }
      response = await this.#process(request, result, serverContext);
    }
    for (const hook of this.#onResponse) {
      const done = hook({
        request,
        response,
        serverContext,
        fetchAPI,
        // No setResponse: the onResponse hooks here (CORS, the request log, metrics) change headers only.
      });
      // Stryker disable next-line ConditionalExpression: see isPromiseLike
      if (isPromiseLike(done)) await done;
    }
    return toRaw(response);
  }

  /** Always an answer: the fast path's, or yoga's (through `yoga.fetch`) for what it hands back. For callers in this process. */
  async respond(raw: RawRequest): Promise<RawResponse> {
    const fast = await this.answer(raw);
    if (fast) return fast;
    const headers = new Headers();
    for (const [name, value] of Object.entries(raw.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await this.#yoga.fetch(`http://${usableHost(raw.headers.host)}${raw.url}`, {
      method: raw.method,
      headers,
      body: raw.body,
      signal: raw.signal instanceof AbortSignal ? raw.signal : undefined,
    });
    const body = Buffer.from(await response.arrayBuffer());
    const flat: string[] = [];
    response.headers.forEach((value, name) => {
      if (name.toLowerCase() !== 'content-length') flat.push(name.toLowerCase(), value);
    });
    flat.push('content-length', String(body.length));
    return { status: response.status, headers: flat, body, route: 'yoga' };
  }

  /** The GraphQL parameters as yoga's parsers would read them, or null for anything they would refuse. */
  #paramsOf(raw: RawRequest): GraphQLParams | null {
    if (raw.method === 'POST') {
      if (raw.body === null || raw.body.length > this.#maxBodyBytes) return null;
      let params: unknown;
      try {
        params = JSON.parse(raw.body.toString('utf8'));
      } catch {
        // Not JSON: params stays undefined, handed back below.
      }
      // JSON null is an object to typeof, and handed back as itself.
      return typeof params === 'object' && !Array.isArray(params) ? (params as GraphQLParams | null) : null;
    }
    const question = raw.url.indexOf('?');
    const search = new (this.#fetchAPI.URLSearchParams as typeof URLSearchParams)(
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only the path /graphql is taken, and as a query string it holds no parameter yoga reads
      question < 0 ? '' : raw.url.slice(question + 1),
    );
    const json = (name: string): unknown => {
      const text = search.get(name) || undefined;
      return text === undefined ? undefined : JSON.parse(text);
    };
    try {
      return {
        operationName: search.get('operationName') || undefined,
        query: search.get('query') || undefined,
        variables: json('variables') as GraphQLParams['variables'],
        extensions: json('extensions') as GraphQLParams['extensions'],
      };
    } catch {
      return null;
    }
  }

  /** What `yoga.getResultForParams` does: the `onParams` hooks, the params handler, the `onExecutionResult` hooks. */
  async #resultForParams(
    params: GraphQLParams,
    request: LightRequest,
    context: Record<string, unknown>,
  ): Promise<unknown> {
    let result: unknown;
    let paramsHandler: ParamsHandler = this.#handleParams;
    for (const hook of this.#onParams) {
      const done = hook({
        params,
        request,
        setParams: (changed: GraphQLParams) => {
          params = changed;
        },
        paramsHandler,
        setParamsHandler: (handler: ParamsHandler) => {
          paramsHandler = handler;
        },
        setResult: (given: unknown) => {
          result = given;
        },
        fetchAPI: this.#fetchAPI,
        context,
      });
      // Stryker disable next-line ConditionalExpression: see isPromiseLike
      if (isPromiseLike(done)) await done;
    }
    result ||= await paramsHandler({ request, params, context });
    for (const hook of this.#onExecutionResult) {
      const done = hook({
        result,
        setResult: (changed: unknown) => {
          result = changed;
        },
        request,
        context,
      });
      // Stryker disable next-line ConditionalExpression: see isPromiseLike
      if (isPromiseLike(done)) await done;
    }
    return result;
  }

  /** Yoga's params handler: envelop's steps with every plugin's hooks, a prepared document's parse and validation skipped. */
  readonly #handleParams: ParamsHandler = async ({ request, params, context }) => {
    Object.assign(context, { request, params });
    const enveloped = this.#getEnveloped(context);
    try {
      const key = PreparedDocuments.keyOf(request.method, params);
      let document = this.#prepared.get(key);
      // Stryker disable next-line ConditionalExpression: parsing and validating a kept document again answers the same, slower.
      if (document === undefined) {
        const parsed: DocumentNode = enveloped.parse(params.query as string);
        const errors = enveloped.validate(enveloped.schema, parsed);
        if (errors.length > 0) return { errors };
        this.#prepared.set(key, parsed);
        document = parsed;
      }
      const contextValue = this.#builtContexts.has(context) ? context : await enveloped.contextFactory();
      const args: ExecutionArgs = {
        schema: enveloped.schema,
        document,
        contextValue,
        variableValues: params.variables,
        operationName: params.operationName,
      };
      // A document that may hold a subscription never gets here (see `mayHoldSubscription`; no hook
      // here turns the parameters into one).
      return await enveloped.execute(args);
    } catch (error) {
      return { errors: this.#thrownErrors(error) };
    }
  };

  /** What yoga answers for an error thrown before execution (e.g. by an `onParams` check): the error, masked as yoga masks it. */
  #thrownErrors(error: unknown): GraphQLError[] {
    const masking = this.#masking;
    if (!masking) return [error instanceof GraphQLError ? error : createGraphQLError(String(error))];
    const masked = masking.maskError(error, masking.errorMessage, masking.isDev);
    if (masked !== error) this.#yoga.logger.error(error);
    return [masked instanceof GraphQLError ? masked : createGraphQLError(masked.message, { originalError: masked })];
  }

  /**
   * The media type yoga's result processor picks for an error-free result under this Accept
   * header: asked of the hooks once per header (a throwaway request, whose records are dropped
   * with it), kept for the next.
   */
  #mediaTypeFor(accept: string | undefined): string {
    const kept = this.#mediaTypes.get(accept);
    if (kept !== undefined) return kept;
    let mediaType = '*/*';
    const request = new LightRequest('POST', GRAPHQL_PATH, accept === undefined ? {} : { accept }, undefined);
    const acceptableMediaTypes: string[] = [];
    for (const hook of this.#onResultProcess) {
      hook({
        request,
        acceptableMediaTypes,
        result: { data: {} },
        setResultProcessor: (_chosen: ResultProcessor, accepted: string) => {
          mediaType = accepted;
        },
        serverContext: {},
      });
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: keeping none answers the same, slower.
    if (this.#mediaTypes.size < MEDIA_TYPES_KEPT) this.#mediaTypes.set(accept, mediaType);
    return mediaType;
  }

  /** Yoga's `onResultProcess` hooks, then the processor they chose (the JSON one, for what is taken here). */
  async #process(
    request: LightRequest,
    result: unknown,
    serverContext: Record<string, unknown>,
  ): Promise<BufferedResponse> {
    let processor: ResultProcessor | undefined;
    let mediaType = '*/*';
    const acceptableMediaTypes: string[] = [];
    for (const hook of this.#onResultProcess) {
      const done = hook({
        request,
        acceptableMediaTypes,
        result,
        // No setResult: the onResultProcess hooks here (the request log, metrics, yoga's processors) only read it.
        resultProcessor: processor,
        setResultProcessor: (chosen: ResultProcessor, accepted: string) => {
          processor = chosen;
          mediaType = accepted;
        },
        serverContext,
      });
      // Stryker disable next-line ConditionalExpression: see isPromiseLike
      if (isPromiseLike(done)) await done;
    }
    // `acceptsOnlyJson` lets through only what the JSON processor takes.
    if (!processor) throw new Error(`no result processor for Accept: ${request.headers.get('accept')}`);
    return processor(result, this.#fetchAPI, mediaType);
  }
}

function toRaw(response: BufferedResponse): RawResponse {
  // Buffer.from throws for a body that is neither a string nor bytes (a stream): see BufferedResponse.
  const body = Buffer.from(response.body ?? '');
  const headers: string[] = [];
  // No response built here has a content-length of its own (yoga's JSON processor and health check set none).
  for (const [name, value] of response.headers.map) headers.push(name, value);
  headers.push('content-length', String(body.length));
  return { status: response.status, headers, body, route: 'hooks' };
}
