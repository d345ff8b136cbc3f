import { decodeText, type DecodedText } from '../import/decode.ts';

/**
 * A fetched page's bytes → text, in the encoding the page gives, as a browser finds it: a byte-order mark, then the
 * charset of the Content-Type header, then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
 * 1,024 bytes. A page that names none, names one this runtime does not know, or says UTF-8 and is not, is decoded like
 * a file (decodeText detects it).
 */
export function decodePage(bytes: Uint8Array, contentType: string): DecodedText {
  if (hasBom(bytes)) return decodeText(bytes);
  const label = charsetOf(contentType) ?? metaCharset(bytes);
  if (label) {
    const decoder = decoderFor(label);
    if (decoder) {
      try {
        const text = decoder.decode(bytes);
        if (text.trim()) return { text: text.normalize('NFC'), encoding: decoder.encoding };
      } catch {
        // Declared UTF-8 but not: detected below.
      }
    }
  }
  return decodeText(bytes);
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

export function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/** The charset a page declares in its first 1,024 bytes (read as ASCII, which every such declaration is). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2];
      const charset = content && charsetOf(content);
      if (charset) return charset;
    }
  }
  return null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    // UTF-8 strictly (a false declaration is detected instead); legacy encodings as browsers decode them.
    const probe = new TextDecoder(label);
    return probe.encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : probe;
  } catch {
    return null;
  }
}
