// @ts-check
/**
 * A vitest pool for mutation runs (vitest.stryker.config.ts) that keeps its one worker thread from
 * one test run to the next. Stryker's vitest runner starts a run per mutant, and vitest stops the
 * pool's worker when a run's queue is empty, so each mutant paid for a new thread that imported
 * graphql, yoga, Pothos and the rest again before its first test. Vitest has no option to keep a
 * worker across runs, hence this wrapper around its own threads worker.
 *
 * No state crosses from one mutant to the next: before every run the worker forgets every module
 * of the project (src, tests, the setup files), so our code and its module-level caches are
 * evaluated afresh; only the dependencies under node_modules stay loaded.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ThreadsPoolWorker } from 'vitest/node';

const POOL_NAME = 'kept-thread';

/** Folders whose modules are evaluated afresh for every run. */
const PROJECT_FOLDERS = ['src', 'tests', 'stryker-plugins'];

/**
 * The one thread this Stryker test-runner process keeps, with the config of the latest run:
 * vitest sends the config (test-name filter included) only when a worker starts.
 * @type {{ worker: ThreadsPoolWorker, started: boolean, config: unknown, projectFiles: string[] } | undefined}
 */
let kept;

/** @param {string} folder @returns {string[]} */
function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** @implements {import('vitest/node').PoolWorker} */
class KeptThreadWorker {
  name = POOL_NAME;
  /** This runner's listeners on the shared thread, removed when vitest stops the runner. @type {Array<[string, (arg: any) => void]>} */
  listeners = [];

  /** @param {import('vitest/node').PoolOptions} options */
  constructor(options) {
    if (!kept) {
      const root = options.project.config.root;
      kept = {
        worker: new ThreadsPoolWorker(options),
        started: false,
        config: undefined,
        projectFiles: PROJECT_FOLDERS.flatMap((folder) => filesUnder(join(root, folder))),
      };
    }
  }

  async start() {
    if (!kept) throw new Error('kept-thread pool: no worker');
    if (!kept.started) {
      await kept.worker.start();
      // A thread that dies (a crash, process.exit in a test) is replaced at the next run.
      const lost = kept;
      // @ts-expect-error the thread getter is private in vitest's types
      lost.worker.thread.once('exit', () => {
        if (kept === lost) kept = undefined;
      });
    }
    // @ts-expect-error as above; an idle kept thread must not keep the process alive (unref in stop)
    kept.worker.thread.ref();
  }

  /** @param {string} event @param {(arg: any) => void} callback */
  on(event, callback) {
    kept?.worker.on(event, callback);
    this.listeners.push([event, callback]);
  }

  /** @param {string} event @param {(arg: any) => void} callback */
  off(event, callback) {
    kept?.worker.off(event, callback);
    this.listeners = this.listeners.filter(([e, c]) => e !== event || c !== callback);
  }

  /** @param {import('vitest/node').WorkerRequest} message */
  send(message) {
    if (!kept) throw new Error('kept-thread pool: no worker');
    if (message.type === 'start') {
      kept.config = message.context.config;
      if (kept.started) return this.answer('started');
      kept.started = true;
    } else if (message.type === 'stop') {
      // The worker would tear itself down for good; it stays for the next run instead.
      return this.answer('stopped');
    } else if (message.type === 'run' || message.type === 'collect') {
      const context = /** @type {any} */ (message.context);
      message = /** @type {any} */ ({
        ...message,
        context: {
          ...context,
          config: kept.config,
          invalidates: [...(context.invalidates ?? []), ...kept.projectFiles],
        },
      });
    }
    kept.worker.send(message);
  }

  /** What the worker would have answered, delivered to this runner's listeners. @param {string} type */
  answer(type) {
    const listeners = this.listeners.filter(([event]) => event === 'message').map(([, callback]) => callback);
    setImmediate(() => {
      for (const callback of listeners) callback({ __vitest_worker_response__: true, type });
    });
  }

  async stop() {
    for (const [event, callback] of this.listeners) kept?.worker.off(event, callback);
    this.listeners = [];
    // @ts-expect-error as in start()
    kept?.worker.thread.unref();
  }

  /** @param {unknown} data */
  deserialize(data) {
    return data;
  }
}

/**
 * A vite plugin that puts every project on the kept-thread pool. Stryker's runner passes
 * `pool: 'threads'` on the command line, which would override a pool set in the config file.
 * @returns {import('vite').Plugin}
 */
export function keptWorkerPool() {
  return /** @type {any} */ ({
    name: 'kept-worker-pool',
    /** @param {{ project: any, vitest: any }} context */
    configureVitest({ project, vitest }) {
      // The thread outlives each run, so it ends with vitest itself.
      vitest.onClose(async () => {
        await kept?.worker.stop();
        kept = undefined;
      });
      project.config.pool = POOL_NAME;
      project.config.poolRunner = {
        name: POOL_NAME,
        /** @param {import('vitest/node').PoolOptions} options */
        createPoolWorker: (options) => new KeptThreadWorker(options),
      };
    },
  });
}
