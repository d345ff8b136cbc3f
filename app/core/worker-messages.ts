import type { AppErrorShape, Result } from '../contract/errors.ts';
import type { HostEvent } from '../contract/events.ts';

/** What the host sends a core worker: a call (as values, or as JSON bytes moved across), or the order to close. */
export type ToWorker =
  | { type: 'call'; seq: number; method: string; input: unknown }
  | { type: 'json'; seq: number; method: string; body: ArrayBuffer }
  | { type: 'close' };

/** What a core worker sends back: that it is ready (or could not open the library), answers, events. */
export type ToHost =
  | { type: 'ready' }
  | { type: 'failed'; error: AppErrorShape }
  | { type: 'result'; seq: number; result: Result<unknown> }
  | { type: 'json'; seq: number; body: ArrayBuffer }
  | { type: 'event'; event: HostEvent }
  | { type: 'closed' };
