import type {
  AppErrorShape, ErrorCode, HostEvent, JobInput, JobName, JobProgress, MethodInput, MethodName, MethodOutput, PreloadBridge, Result,
} from '../../app/contract/index.ts';
import { runJob, type JobCarrier, type RunningJob } from '../../app/contract/shared/run-job.ts';

declare global {
  interface Window {
    apostille?: PreloadBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number> | undefined;
  constructor(error: AppErrorShape) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
  get shape(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Anything thrown, in the one error shape (an error of the core, or one it sent, keeps its code; anything else is internal). */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof ApiError) return error.shape;
  const shape = error as Partial<AppErrorShape> | null;
  if (typeof shape?.code === 'string' && typeof shape.message === 'string') return shape as AppErrorShape;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

interface Transport extends JobCarrier {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Resolves once events can be received (a job started before that could end unseen). */
  ready: Promise<void>;
}

// The bridge is taken once, when this module loads — before any article is on the page — and only if it is the
// preload's: an imported page's <img name="apostille"> (DOM clobbering) can neither stand in for it nor hide it later.
const bridge: PreloadBridge | undefined = (() => {
  const candidate = (window as { apostille?: unknown }).apostille as Partial<PreloadBridge> | undefined;
  return typeof candidate?.call === 'function' && typeof candidate.onEvent === 'function' ? (candidate as PreloadBridge) : undefined;
})();

/** The loopback host's per-run token: given once in the address's fragment, then kept for this tab only. */
function loopbackToken(): string {
  const given = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash)?.[1];
  if (given) {
    sessionStorage.setItem('apostille-token', given);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem('apostille-token') ?? '';
}

function ipcTransport(bridge: PreloadBridge): Transport {
  return { call: (method, input) => bridge.call(method as MethodName, input), onEvent: (listener) => bridge.onEvent(listener), ready: Promise.resolve() };
}

/** The loopback host: calls as JSON POSTs, events as one long response of JSON lines, reopened if it drops. */
function httpTransport(token: string): Transport {
  const headers = { 'content-type': 'application/json', 'x-apostille-token': token };
  const listeners = new Set<(event: HostEvent) => void>();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const listen = async (): Promise<void> => {
    try {
      const response = await fetch('/api/events', { method: 'POST', headers, credentials: 'omit' });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += value;
        let end: number;
        while ((end = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, end);
          pending = pending.slice(end + 1);
          const event = JSON.parse(line) as HostEvent | { type: 'hello' };
          if (event.type === 'hello') markReady();
          else listeners.forEach((listener) => listener(event));
        }
      }
    } catch {
      // The host went away (stopped, or the machine slept): try again shortly.
    }
    window.setTimeout(() => void listen(), 1000);
  };
  void listen();
  return {
    async call(method, input) {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, { method: 'POST', headers, credentials: 'omit', body: JSON.stringify(input) });
      if (!response.headers.get('content-type')?.includes('application/json')) {
        return { ok: false, error: { code: 'unauthorised', message: await response.text() } };
      }
      return (await response.json()) as Result<unknown>;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
  };
}

// The only place that knows which host we are in: the preload's IPC bridge in Electron, HTTP on the loopback host.
const transport: Transport = bridge ? ipcTransport(bridge) : httpTransport(loopbackToken());

export const client = {
  /** A call to the core: its answer, or an ApiError in the one error shape. */
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let result: Result<unknown>;
    try {
      result = await transport.call(method, input);
    } catch (error) {
      throw new ApiError(toErrorShape(error));
    }
    if (!result.ok) throw new ApiError(result.error);
    return result.value as MethodOutput<M>;
  },
  /** Starts long work; its progress and end come as job events (see the contract's jobs). */
  async runJob<J extends JobName>(job: J, input: JobInput<J>, onProgress?: (progress: JobProgress<J>) => void): Promise<RunningJob<J>> {
    await transport.ready;
    return runJob(transport, job, input, onProgress);
  },
};

/** Events from the core and the host: job progress, menu commands (Electron), settings changed elsewhere… */
export function onHostEvent(listener: (event: HostEvent) => void): () => void {
  return transport.onEvent(listener);
}

type OpenRequest = Extract<HostEvent, { type: 'open' }>;
// An article to open (an apostille:// link) may come before the app can show it: it waits here until someone listens.
const waitingOpens: OpenRequest[] = [];
const openListeners = new Set<(request: OpenRequest) => void>();
transport.onEvent((event) => {
  if (event.type !== 'open') return;
  if (openListeners.size === 0) waitingOpens.push(event);
  else openListeners.forEach((listener) => listener(event));
});

/** Articles to open from outside the page (apostille:// links): those that came before, then each as it comes. */
export function onOpenRequest(listener: (request: OpenRequest) => void): () => void {
  openListeners.add(listener);
  waitingOpens.splice(0).forEach(listener);
  return () => openListeners.delete(listener);
}
