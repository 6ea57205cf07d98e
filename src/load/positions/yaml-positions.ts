import type { Worker } from 'node:worker_threads';
import type { Locator, Position, PositionSource } from '../../diagnostics/diagnostic.js';
import { segmentsOf } from '../../diagnostics/pointer.js';
import { spawnPositionWorker, type WorkerReply, type WorkerRequest } from './yaml-position-worker.js';

/**
 * Positions in a YAML text, found by the `yaml` package in a worker thread: its parse keeps positions but
 * costs several times the data parse, so it runs on the second core while this thread checks the spec,
 * builds the model and emits. Asking waits for that parse; releasing without asking (a clean spec) ends it.
 * If the worker is gone (crashed, or released), the text is parsed here instead: slower, same answers.
 */
export function yamlPositions(text: string): PositionSource {
  const job = pool.open(text);
  let local: Promise<Locator> | undefined;
  const locateHere = (pointers: readonly string[]): Promise<(Position | undefined)[]> => {
    local ??= import('../parse-yaml.js').then(({ parseYaml }) => parseYaml(text).locate);
    return local.then((locate) => pointers.map(locate));
  };
  return {
    locate: async (pointers) => {
      const segments = pointers.map(decode);
      const wanted = segments.flatMap((s) => (s === undefined ? [] : [s]));
      const answer = wanted.length === 0 ? [] : await pool.locate(job, wanted);
      if (answer === undefined) return locateHere(pointers);
      let next = 0;
      return segments.map((s) => (s === undefined ? undefined : (answer[next++] ?? undefined)));
    },
    release: () => pool.release(job),
  };
}

function decode(pointer: string): string[] | undefined {
  try {
    return segmentsOf(pointer);
  } catch {
    return undefined;
  }
}

/**
 * One worker per process, whatever the number of specs being loaded (the diff command loads two, the
 * history tests 98 at once): parses queue in it. When the last open job is released while a parse is still
 * running (a clean spec), the worker is ended to free the core; an idle one stays, warm, for the next spec.
 */
class PositionWorkerPool {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Worker>();
  private readonly waiting = new Map<number, (positions: readonly (Position | null)[] | undefined) => void>();
  /** Jobs posted and not yet parsed. */
  private readonly parsing = new Set<number>();
  private nextId = 1;

  open(text: string): number {
    const job = this.nextId++;
    const worker = this.live();
    this.jobs.set(job, worker);
    this.parsing.add(job);
    this.post(worker, { kind: 'parse', job, text });
    return job;
  }

  /** `undefined` when the worker that parsed the job is gone. */
  locate(job: number, segments: readonly (readonly string[])[]): Promise<readonly (Position | null)[] | undefined> {
    const worker = this.jobs.get(job);
    if (worker === undefined || worker !== this.worker) return Promise.resolve(undefined);
    const request = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      // Waiting for an answer is work in flight: the process must not exit under it.
      worker.ref();
      this.post(worker, { kind: 'locate', job, request, segments });
    });
  }

  release(job: number): void {
    const worker = this.jobs.get(job);
    if (!this.jobs.delete(job) || worker !== this.worker || worker === undefined) return;
    if (this.jobs.size === 0 && this.waiting.size === 0 && this.parsing.size > 0) {
      this.worker = undefined;
      this.parsing.clear();
      void worker.terminate();
    } else {
      this.post(worker, { kind: 'release', job });
    }
  }

  private live(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = spawnPositionWorker();
    worker.on('message', (reply: WorkerReply) => {
      if ('parsed' in reply) {
        this.parsing.delete(reply.parsed);
        return;
      }
      const resolve = this.waiting.get(reply.request);
      this.waiting.delete(reply.request);
      if (this.waiting.size === 0) worker.unref();
      resolve?.(reply.positions);
    });
    const gone = (): void => {
      // A worker ended on purpose had nothing in flight; only the current one's death strands requests.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.parsing.clear();
      for (const resolve of this.waiting.values()) resolve(undefined);
      this.waiting.clear();
    };
    worker.on('error', gone);
    worker.on('exit', gone);
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, message: WorkerRequest): void {
    worker.postMessage(message);
  }
}

const pool = new PositionWorkerPool();
