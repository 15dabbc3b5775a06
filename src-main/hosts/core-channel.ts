/**
 * The desktop core runs in its own process (an Electron utilityProcess) so SQLite never blocks the
 * window's main thread. This is the message protocol between the two, transport-agnostic so it is
 * tested in plain Node: `CoreClient` (main process) forwards operations and lends host services;
 * `serveCore` (core-serve.ts, core process) dispatches them, validating as every host does.
 * This module imports no core code, so the window's process does not load the core.
 */
import type { Input, OperationName, Output } from '../contract';
import type { HostServices } from '../core/host-services';
import type { AppError, Result } from '../result';

/** What main passes in the environment when it forks the core process (core-process.ts). */
export const CORE_ENV = {
  db: 'JIANBAO_CORE_DB',
  native: 'JIANBAO_CORE_NATIVE',
  seeds: 'JIANBAO_CORE_SEEDS',
} as const;

/** Services the core may ask main for; each takes one string and answers over the channel. */
export type ServiceName = keyof Required<HostServices>;

export type ToCore =
  | { kind: 'call'; id: number; name: string; input: unknown }
  | { kind: 'service-result'; id: number; ok: true; value: string | Uint8Array | null }
  | { kind: 'service-result'; id: number; ok: false; message: string };

export type FromCore =
  | { kind: 'ready' }
  | { kind: 'startup-failed'; error: AppError }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'service'; id: number; service: ServiceName; arg: string };

export type Pending<T> = Map<number, { resolve: (v: T) => void; reject: (e: Error) => void }>;

/** Main-process side: one call in, one Result out, as dispatch would answer in-process. */
export class CoreClient {
  #next = 1;
  readonly #calls: Pending<Result<unknown>> = new Map();

  constructor(
    private readonly post: (message: ToCore) => void,
    private readonly services: HostServices,
  ) {}

  /** Calls made before the core said `ready` (it is still opening the archive), sent once it has. */
  #queued: ToCore[] | null = [];

  /** Untyped entry for IPC (the core validates name and input); typed callers use `call`. */
  invoke(name: string, input: unknown): Promise<Result<unknown>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject });
      const message: ToCore = { kind: 'call', id, name, input };
      if (this.#queued) this.#queued.push(message);
      else this.post(message);
    });
  }

  call<N extends OperationName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
    return this.invoke(name, input) as Promise<Result<Output<N>>>;
  }

  receive(message: FromCore): void {
    if (message.kind === 'ready') {
      const queued = this.#queued ?? [];
      this.#queued = null;
      for (const m of queued) this.post(m);
      return;
    }
    if (message.kind === 'startup-failed') return this.fail(message.error.code);
    if (message.kind === 'result') {
      this.#calls.get(message.id)?.resolve(message.result);
      this.#calls.delete(message.id);
      return;
    }
    void this.#serve(message);
  }

  async #serve(m: Extract<FromCore, { kind: 'service' }>): Promise<void> {
    const service = this.services[m.service] as
      ((arg: string) => Promise<string | Uint8Array | null>) | undefined;
    try {
      if (!service) throw new Error(`service ${m.service} not available`);
      this.post({ kind: 'service-result', id: m.id, ok: true, value: await service(m.arg) });
    } catch (e) {
      // The service failed in main (dialog, printing): the core turns this into its typed error.
      this.post({
        kind: 'service-result',
        id: m.id,
        ok: false,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }

  /** The core process is gone: every waiting call ends with `unavailable`, none hangs. */
  fail(detail: string): void {
    const error: AppError = { code: 'unavailable', detail };
    for (const { resolve } of this.#calls.values()) resolve({ ok: false, error });
    this.#calls.clear();
  }
}
