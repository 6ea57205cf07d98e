/**
 * Runs Stoplight Prism's mock server (`prism mock`, request validation on by default) on 127.0.0.1 as a child
 * process, for conformance tests: Prism checks every request against the spec and reports violations in the
 * `sl-violations` response header and its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const PRISM = fileURLToPath(new URL('../../node_modules/@stoplight/prism-cli/dist/index.js', import.meta.url));
const STARTUP_MS = 60_000;

export interface PrismServer {
  /** `http://127.0.0.1:PORT` (Prism serves the spec's paths without its basePath). */
  readonly url: string;
  /** Prism's log lines so far. */
  readonly log: readonly string[];
  close(): Promise<void>;
}

/** One validation problem as Prism reports it in `sl-violations`. */
export interface PrismViolation {
  readonly location: readonly string[];
  readonly severity: string;
  readonly code: string | number;
  readonly message: string;
}

export async function startPrism(spec: string): Promise<PrismServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [PRISM, 'mock', '--host', '127.0.0.1', '--port', String(port), spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${STARTUP_MS} ms:\n${log.join('\n')}`)), STARTUP_MS);
    const fail = (error: Error): void => { clearTimeout(timer); child.kill(); reject(error); };
    const onText = (chunk: Buffer): void => {
      log.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (log.some((line) => line.includes('Prism is listening on'))) { clearTimeout(timer); resolve(); }
    };
    child.stdout?.on('data', onText);
    child.stderr?.on('data', onText);
    child.once('exit', (code) => fail(new Error(`Prism exited with ${code} before listening:\n${log.join('\n')}`)));
  });
  return { url: `http://127.0.0.1:${port}`, log, close: () => stop(child) };
}

/**
 * What Prism found wrong with a request: the request-side entries of its `sl-violations` header (when it
 * still answers from the spec) and the `validation` list of the 422 problem document it sends instead when
 * the spec has no response for invalid requests.
 */
export async function requestViolations(response: Response): Promise<PrismViolation[]> {
  const fromHeader = violations(response.headers.get('sl-violations'), 'request');
  if (!(response.headers.get('content-type') ?? '').includes('application/problem+json')) return fromHeader;
  const problem = (await response.clone().json()) as { validation?: PrismViolation[] };
  return [...fromHeader, ...(problem.validation ?? [])];
}

/** True when Prism's mock response (built from the spec's examples) breaks the spec's own response schemas. */
export function badMockResponse(response: Response): boolean {
  return violations(response.headers.get('sl-violations'), 'response').length > 0;
}

function violations(header: string | null, side: 'request' | 'response'): PrismViolation[] {
  if (header === null || header === '') return [];
  return (JSON.parse(header) as PrismViolation[]).filter((v) => v.location[0] === side);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** An ephemeral port the OS just handed out; Prism takes it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
