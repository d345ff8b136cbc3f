import { createHash } from 'node:crypto';
import { eachAtOnce } from '../core/at-once.ts';
import { fetchResource, IMAGE_LIMITS } from './fetch-resource.ts';

export interface PageImage {
  /** SHA-256 of the bytes, hex: the image's id in the library, shared by every article that shows it. */
  hash: string;
  mediaType: string;
  bytes: Uint8Array;
  /** Where it was fetched from. */
  source: string;
}

export interface FetchedImages {
  /** Address → hash, for the images that were fetched and are images. */
  stored: Map<string, string>;
  images: PageImage[];
  failed: number;
}

/** The image formats a reader's page shows from the library; anything else (SVG, which may carry script) is left out. */
export function imageType(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'image/avif';
  return null;
}

/**
 * Fetches a page's images, a few at a time, each once. One that cannot be fetched, or is not an image of a known
 * format, is counted and left out: the article is still saved, without it.
 */
export async function fetchImages(urls: string[], options: { allowLocal: boolean; signal?: AbortSignal; concurrency?: number; timeoutMs?: number }): Promise<FetchedImages> {
  const result: FetchedImages = { stored: new Map(), images: [], failed: 0 };
  const seen = new Map<string, PageImage>();
  await eachAtOnce(urls, options.concurrency ?? 4, options.signal, async (url) => {
    try {
      const fetched = await fetchResource(url, {
        ...IMAGE_LIMITS, ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        allowLocal: options.allowLocal, accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,*/*;q=0.5', signal: options.signal,
      });
      const mediaType = imageType(fetched.bytes);
      if (!mediaType) {
        result.failed++;
        return;
      }
      const hash = createHash('sha256').update(fetched.bytes).digest('hex');
      result.stored.set(url, hash);
      if (!seen.has(hash)) {
        const image = { hash, mediaType, bytes: fetched.bytes, source: fetched.url };
        seen.set(hash, image);
        result.images.push(image);
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      result.failed++;
    }
  });
  if (options.signal?.aborted) throw options.signal.reason;
  return result;
}
