import type { Store } from "./store";
import type { EmulatorState } from "./state";

export type EmulatorSettings = {
  pageSize: number;
  /** How long the slow/timeout personas take per retrieval (real milliseconds). */
  extractionDelayMs: number;
  webhookTimeoutMs: number;
  webhookRetries: number;
  /** Retry n waits n × this (linear backoff). */
  webhookRetryBaseMs: number;
  deletesPerMinute: number;
  log: (line: string) => void;
};

/** One call to Belvo's API, as the request log keeps it (the newest REQUEST_LOG_SIZE calls). */
export type LoggedRequest = {
  at: string;
  method: string;
  path: string;
  /** The `username` of a POST body (the CURP of a link request): what tests look a call up by. */
  username: string | null;
};

export const REQUEST_LOG_SIZE = 1000;

/** The emulator's mutable world: state, its clock, persistence and background work. */
export class Emulator {
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  /** Every Belvo API call received, newest last; kept in memory only, for tests to inspect. */
  readonly requests: LoggedRequest[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  closed = false;

  constructor(
    public state: EmulatorState,
    private readonly store: Store,
    public settings: EmulatorSettings,
  ) {}

  now(): Date {
    return this.state.frozenAt ? new Date(this.state.frozenAt) : new Date();
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  today(): string {
    return this.nowIso().slice(0, 10);
  }

  logRequest(request: LoggedRequest): void {
    this.requests.push(request);
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.shift();
  }

  save(): void {
    this.store.save(this.state);
  }

  /** Real-time wait that `close()` cuts short, so a stopped emulator never keeps the process alive. */
  sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.set(timer, resolve);
    });
  }

  /** Runs work after the response is sent; failures are logged, never thrown at the caller. */
  background(label: string, work: () => Promise<void>): void {
    const task = (async () => {
      await Promise.resolve();
      if (this.closed) return;
      await work();
    })().catch((error: unknown) =>
      this.settings.log(
        `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** Waits for queued background work (tests use it instead of sleeping). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  shutdown(): void {
    this.closed = true;
    for (const [timer, resolve] of this.timers) {
      clearTimeout(timer);
      resolve();
    }
    this.timers.clear();
  }
}
