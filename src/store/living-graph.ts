/**
 * The living graph: the dataset directory as the starting point, the change log replayed over it,
 * and every write through one path: checked against the newest version, committed to the log,
 * then made the current version. Requests pin `current` when they start; a write never changes
 * a version in use, it makes the next one. Changes committed by other processes sharing the log
 * (replicas) are applied as they are announced, and before any write of ours.
 */
import { WriteRejectedError } from '../graph/errors.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { type LoadOptions, loadDataset } from '../graph/load.js';
import { applyWrite, type WriteRequest } from '../graph/writes.js';
import { type Change, type ChangeLog, StoreError } from './change-log.js';

export interface WriteOrder extends WriteRequest {
  readonly actor: string;
  readonly reason: string;
}

export interface Written {
  readonly change: Change;
  /** The version the change made (or a later one, if others' changes came in meanwhile). */
  readonly graph: KnowledgeGraph;
}

export type ChangeListener = (change: Change, graph: KnowledgeGraph) => void;

/**
 * Applies committed changes in order, returning the version each one made; a change the graph
 * refuses means the log and the dataset disagree (StoreError naming it).
 */
function replayEach(graph: KnowledgeGraph, changes: readonly Change[], where: string): KnowledgeGraph[] {
  const versions: KnowledgeGraph[] = [];
  let current = graph;
  for (const change of changes) {
    try {
      current = applyWrite(current, change, change.seq);
      versions.push(current);
    } catch (error) {
      if (!(error instanceof WriteRejectedError)) throw error;
      throw new StoreError(
        `${where}: change ${change.seq} (${change.operation} "${change.key}" by ${change.actor}) no longer applies to the dataset: ${error.problems
          .map((problem) => `${problem.field}: ${problem.message}`)
          .join('; ')}`,
      );
    }
  }
  return versions;
}

/** The graph with committed changes applied in order (see `replayEach`). */
export function replay(graph: KnowledgeGraph, changes: readonly Change[], where: string): KnowledgeGraph {
  return replayEach(graph, changes, where).at(-1) ?? graph;
}

export class LivingGraph {
  #current: KnowledgeGraph;
  readonly #log: ChangeLog;
  readonly #listeners = new Set<ChangeListener>();
  /** Writes and catch-ups run one at a time, in order, so each starts from the newest version. */
  #queue: Promise<unknown> = Promise.resolve();
  #stopFollowing: () => void = () => {};
  /** Every change applied, in order: `history[i].seq` is `i + 1`. */
  readonly #history: Change[];

  private constructor(graph: KnowledgeGraph, log: ChangeLog, history: Change[]) {
    this.#current = graph;
    this.#log = log;
    this.#history = history;
  }

  /**
   * Loads the dataset (DatasetError when it has problems), replays the log over it (StoreError
   * when a stored change no longer applies), and follows changes others commit.
   */
  static async open(dataDir: string, log: ChangeLog, options: LoadOptions = {}): Promise<LivingGraph> {
    return LivingGraph.over(loadDataset(dataDir, options), log);
  }

  /** The living graph of a loaded dataset and a change log (replayed over it, then followed). */
  static async over(dataset: KnowledgeGraph, log: ChangeLog): Promise<LivingGraph> {
    const history = await log.readAfter(0);
    const graph = replay(dataset, history, log.description);
    const living = new LivingGraph(graph, log, history);
    living.#stopFollowing = log.follow(() => {
      living.catchUp().catch(() => {
        // A failed catch-up is retried on the next announcement or write; reads go on meanwhile.
      });
    });
    return living;
  }

  /** The newest version. */
  get current(): KnowledgeGraph {
    return this.#current;
  }

  get log(): ChangeLog {
    return this.#log;
  }

  /** The changes that made `graph` (a version of this living graph), oldest first. */
  history(graph: KnowledgeGraph): readonly Change[] {
    return this.#history.slice(0, graph.version);
  }

  /** Calls `listener` after each change is applied, in sequence order; returns a function that stops it. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  #advance(changes: readonly Change[], graphs: readonly KnowledgeGraph[]): void {
    changes.forEach((change, index) => {
      const graph = graphs[index] as KnowledgeGraph;
      this.#current = graph;
      this.#history.push(change);
      for (const listener of this.#listeners) listener(change, graph);
    });
  }

  /**
   * Checks the write against the newest version and commits it; resolves once it is durable and
   * current. WriteRejectedError (nothing written) when it is refused.
   */
  write(order: WriteOrder): Promise<Written> {
    return this.#serially(async () => {
      let graphs: KnowledgeGraph[] = [];
      const { missed, change } = await this.#log.append(this.#current.version, (missed) => {
        graphs = replayEach(this.#current, missed, this.#log.description);
        const graph = graphs.at(-1) ?? this.#current;
        // Refused here, the change is never appended.
        graphs.push(applyWrite(graph, order, graph.version + 1));
        return {
          operation: order.operation,
          key: order.key,
          payload: order.payload,
          actor: order.actor,
          reason: order.reason,
        };
      });
      this.#advance([...missed, change], graphs);
      return { change, graph: this.#current };
    });
  }

  /** Applies the changes others committed since the current version. */
  catchUp(): Promise<void> {
    return this.#serially(async () => {
      const changes = await this.#log.readAfter(this.#current.version);
      this.#advance(changes, replayEach(this.#current, changes, this.#log.description));
    });
  }

  async close(): Promise<void> {
    this.#stopFollowing();
    await this.#queue;
    await this.#log.close();
  }
}
