import { AppError } from '../contract/errors.ts';
import { formatSize } from '../contract/shared/sizes.ts';
import { checkHost, parseAddress } from './address-guard.ts';

export interface FetchLimits {
  /** Refused past this many bytes (declared or read). */
  maxBytes: number;
  /** The whole exchange, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  allowLocal: boolean;
  /** What the request says it accepts. */
  accept: string;
  signal?: AbortSignal;
}

export interface Fetched {
  /** Where the bytes came from, after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export const PAGE_LIMITS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 10 } as const;
export const IMAGE_LIMITS = { maxBytes: 15 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 } as const;

const USER_AGENT = 'Mozilla/5.0 (compatible; Apostille/0.1; +https://apostille.invalid/reader)';

/**
 * GETs one web resource with Node's fetch, following redirects itself so that every address on the way is checked
 * (http(s) only, no local address unless allowed) and counted. The body is read as it comes and given up as soon as
 * it passes the limit; the whole exchange has one deadline. Failures are AppErrors the reader can act on: not found,
 * refused, unreachable, timeout, too large, too many redirects. A cancel (the job's signal) rethrows the abort.
 */
export async function fetchResource(address: string, limits: FetchLimits): Promise<Fetched> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([limits.signal, deadline]) : deadline;
  let url = parseAddress(address);
  try {
    for (let hop = 0; ; hop++) {
      await checkHost(url, limits.allowLocal);
      const response = await fetch(url, {
        redirect: 'manual', signal,
        headers: { accept: limits.accept, 'user-agent': USER_AGENT, 'accept-language': 'fr, en;q=0.9, *;q=0.5' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) throw new AppError('too_many_redirects', `more than ${limits.maxRedirects} redirects`, { limit: limits.maxRedirects });
        url = parseAddress(new URL(response.headers.get('location')!, url).toString());
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const code = response.status === 404 || response.status === 410 ? 'page_not_found' : 'page_http_error';
        throw new AppError(code, `${url.host} answered ${response.status}`, { status: response.status, host: url.host });
      }
      const bytes = await readLimited(response, limits.maxBytes);
      return { url: url.toString(), contentType: response.headers.get('content-type') ?? '', bytes };
    }
  } catch (error) {
    if (limits.signal?.aborted) throw limits.signal.reason ?? error;
    if (deadline.aborted) throw new AppError('page_timeout', `no complete answer within ${limits.timeoutMs / 1000} s`, { seconds: Math.round(limits.timeoutMs / 1000) });
    if (error instanceof AppError) throw error;
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new AppError('page_unreachable', `${url.host}: ${cause}`, { host: url.host, reason: cause });
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new AppError('page_too_large', `over ${formatSize(maxBytes)}`, { size, limit: formatSize(maxBytes) });
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(formatSize(declared));
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(`> ${formatSize(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
