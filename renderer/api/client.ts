import type { ApostilleClient, AppErrorShape, ErrorCode, MethodInput, MethodName, MethodOutput, Result } from '../../app/contract/index.ts';

/** What the Electron preload exposes as `window.apostille`. */
interface PreloadBridge {
  call(method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: HostEvent) => void): () => void;
}

export type HostEvent =
  | { type: 'command'; name: 'add-pane' | 'toggle-sync-scroll' | 'show-shortcuts' | 'show-export' | 'undo' | 'redo' }
  | { type: 'settings-changed' }
  | { type: 'import-progress'; done: number; total: number; file: string }
  | { type: 'import-report'; report: MethodOutput<'documents.import'> }
  | { type: 'error'; error: AppErrorShape };

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

type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

/** The loopback host's per-run token: given once in the address's fragment, then kept for this tab only. */
function loopbackToken(): string {
  const given = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash)?.[1];
  if (given) {
    sessionStorage.setItem('apostille-token', given);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem('apostille-token') ?? '';
}

// The only place that knows which host we are in: the preload's IPC bridge in Electron, HTTP on the loopback host.
const transport: Transport = window.apostille
  ? (method, input) => window.apostille!.call(method, input) as Promise<Result<unknown>>
  : createHttpTransport(loopbackToken());

function createHttpTransport(token: string): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-apostille-token': token },
      credentials: 'omit',
      body: JSON.stringify(input),
    });
    if (!response.headers.get('content-type')?.includes('application/json')) {
      return { ok: false, error: { code: 'unauthorised', message: await response.text() } };
    }
    return (await response.json()) as Result<unknown>;
  };
}

export const client: ApostilleClient = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let result: Result<unknown>;
    try {
      result = await transport(method, input);
    } catch (error) {
      throw new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
    }
    if (!result.ok) throw new ApiError(result.error);
    return result.value as MethodOutput<M>;
  },
};

/** Events from the host (Electron menu and imports); the browser host has none. */
export function onHostEvent(listener: (event: HostEvent) => void): () => void {
  return window.apostille?.onEvent(listener) ?? (() => {});
}
