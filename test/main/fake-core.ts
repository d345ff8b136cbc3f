import type { Result } from '../../app/contract/errors.ts';
import type { HostEvent } from '../../app/contract/events.ts';
import type { Core } from '../../app/core/core.ts';

/**
 * A core that records the calls it gets and answers what a test sets (by default `{ ok: true, value: null }`); a test
 * emits its events. For the shell's relaying; tests that need the library itself use a real core (openCore).
 */
export class FakeCore implements Core {
  readonly calls: { method: string; input: unknown }[] = [];
  readonly answers: Record<string, (input: unknown) => Result<unknown> | Promise<Result<unknown>>> = {};
  closed = false;
  private readonly listeners = new Set<(event: HostEvent) => void>();

  async call(method: string, input: unknown): Promise<Result<unknown>> {
    this.calls.push({ method, input });
    return (await this.answers[method]?.(input)) ?? { ok: true, value: null };
  }
  callJson(): Promise<Uint8Array> {
    throw new Error('the Electron shell relays calls, never JSON bodies');
  }
  onEvent(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: HostEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  get listening(): number {
    return this.listeners.size;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Lets promise callbacks already queued run (a dialog answered, a job's start acknowledged). */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}
