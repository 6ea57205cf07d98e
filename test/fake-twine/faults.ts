/** Fault injection: the next matching requests fail (or stall) in a chosen way, then the route behaves again. */

export type FaultKind =
  /** Answer with this status and a JSON:API error body (429 gets `Retry-After` when given). */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string; readonly errorShape?: 'array' | 'object' }
  /** Destroy the socket without answering. */
  | { readonly kind: 'drop' }
  /** Wait, then handle the request normally. */
  | { readonly kind: 'delay'; readonly ms: number };

export type Fault = FaultKind & {
  /** e.g. 'GET'; any method when absent. */
  readonly method?: string;
  /** Path after the base path (`/patient`) or a pattern; any path when absent. */
  readonly path?: string | RegExp;
  /** How many matching requests it affects (default 1). */
  readonly times?: number;
};

interface ArmedFault {
  readonly fault: Fault;
  remaining: number;
}

export class FaultInjector {
  readonly #armed: ArmedFault[] = [];

  add(fault: Fault): this {
    this.#armed.push({ fault, remaining: fault.times ?? 1 });
    return this;
  }

  clear(): void {
    this.#armed.length = 0;
  }

  /** The fault for this request, consuming one use, or undefined. */
  take(method: string, path: string): Fault | undefined {
    const armed = this.#armed.find(({ fault, remaining }) => remaining > 0 && matches(fault, method, path));
    if (!armed) return undefined;
    armed.remaining -= 1;
    return armed.fault;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}
