import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type * as yaml from 'yaml';
import type { Position } from '../../diagnostics/diagnostic.js';
import { createSegmentLocator, type SegmentLocator } from './segment-locator.js';

/** Main thread -> worker. */
export type WorkerRequest =
  | { readonly kind: 'parse'; readonly job: number; readonly text: string }
  | { readonly kind: 'locate'; readonly job: number; readonly request: number; readonly segments: readonly (readonly string[])[] }
  | { readonly kind: 'release'; readonly job: number };

/** Worker -> main thread: a parse is done, or the answer to one `locate` (`null`: no position). */
export type WorkerReply =
  | { readonly parsed: number }
  | { readonly request: number; readonly positions: readonly (Position | null)[] };

/**
 * The worker's message loop. Runs from its source text, so it uses only its parameters and built-ins.
 * A parse is kept until released; `locate` requests queue behind parses, in order, as messages do.
 */
function serve(port: MessagePort, api: typeof yaml, locatorOf: typeof createSegmentLocator): void {
  const locators = new Map<number, SegmentLocator>();
  port.on('message', (message: WorkerRequest) => {
    if (message.kind === 'parse') {
      const lineCounter = new api.LineCounter();
      // Same options as the main-thread parser, minus duplicate-key checks: the text has already parsed
      // without errors by then, and only positions are wanted here.
      const doc = api.parseDocument(message.text, { lineCounter, schema: 'core', merge: false, uniqueKeys: false, version: '1.2' });
      locators.set(message.job, locatorOf(api, doc, lineCounter));
      port.postMessage({ parsed: message.job } satisfies WorkerReply);
    } else if (message.kind === 'locate') {
      const locate = locators.get(message.job);
      const positions = message.segments.map((segments) => (locate === undefined ? null : (locate(segments) ?? null)));
      port.postMessage({ request: message.request, positions } satisfies WorkerReply);
    } else {
      locators.delete(message.job);
    }
  });
}

/**
 * The worker as an ES module in a data: URL: it needs no file of its own, so it runs the same from the
 * TypeScript sources (tests), a bundle (benchmarks) and the compiled package. `yaml` is loaded by path.
 */
export function spawnPositionWorker(): Worker {
  const source = [
    "import { parentPort, workerData } from 'node:worker_threads';",
    "import { createRequire } from 'node:module';",
    'const api = createRequire(workerData.yamlPath)(workerData.yamlPath);',
    `(${serve.toString()})(parentPort, api, ${createSegmentLocator.toString()});`,
  ].join('\n');
  const yamlPath = createRequire(import.meta.url).resolve('yaml');
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { yamlPath } });
  // An idle worker must not keep a CLI run alive; requests in flight re-ref it.
  worker.unref();
  return worker;
}
