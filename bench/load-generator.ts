/**
 * The load generator of the HTTP bench: autocannon in a process of its own, so its allocations
 * and collections share no heap with the bench (which may be holding the generated graph) and no
 * event loop with anything else. The bench forks it once with an IPC channel and sends one
 * `LoadRequest` at a time; it answers each with a `LoadResult`.
 *
 * Every connection cycles through the same request bodies, each from its own offset, so the
 * connections do not ask for the same body at the same moment. Latencies are recorded per
 * response from autocannon's own timer (fractional milliseconds, where autocannon's histogram
 * keeps whole ones), 2xx only.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  readonly id: number;
  readonly url: string;
  readonly bodies: readonly string[];
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoadResult {
  readonly id: number;
  /** 2xx responses. */
  readonly ok: number;
  readonly non2xx: number;
  /** Connection errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  /** Seconds the run took. */
  readonly seconds: number;
  /** 2xx responses per second. */
  readonly rps: number;
  /** Milliseconds, over 2xx responses. */
  readonly p50: number;
  readonly p99: number;
  /** CPU time of this process over the run, in cores (1 = one core busy all the time). */
  readonly cpu: number;
  readonly error?: string;
}

function quantileOf(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

async function run(request: LoadRequest): Promise<LoadResult> {
  const { bodies, connections } = request;
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let nextOffset = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: { ...request.headers },
        connections,
        duration: request.duration,
        // Each connection's own copy of the bodies, rotated to start at its own offset.
        setupClient: (client) => {
          const offset = Math.floor((nextOffset++ * bodies.length) / connections) % bodies.length;
          client.setRequests(
            bodies.map((_, index) => ({ method: 'POST', body: bodies[(offset + index) % bodies.length] as string })),
          );
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
  const cpuUsed = process.cpuUsage(cpuBefore);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000 / (performance.now() - started);
  const sorted = latencies.subarray(0, count).sort();
  return {
    id: request.id,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    rps: result['2xx'] / result.duration,
    p50: quantileOf(sorted, 0.5),
    p99: quantileOf(sorted, 0.99),
    cpu,
  };
}

process.on('message', (message: LoadRequest) => {
  run(message).then(
    (result) => process.send?.(result),
    (error: unknown) =>
      process.send?.({
        id: message.id,
        ok: 0,
        non2xx: 0,
        errors: 0,
        timeouts: 0,
        seconds: 0,
        rps: 0,
        p50: Number.NaN,
        p99: Number.NaN,
        cpu: Number.NaN,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LoadResult),
  );
});
// Leave when the bench does, whatever state it is in.
process.on('disconnect', () => process.exit(0));
