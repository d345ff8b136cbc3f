import chardet from 'chardet';
import { AppError } from '../contract/errors.ts';

export interface DecodedText {
  text: string;
  encoding: string;
}

// Legacy 8-bit Western encodings all decode as windows-1252, their superset for printable characters.
const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);

/**
 * Bytes → text, detecting the encoding rather than assuming it: a BOM wins, then strict UTF-8, then a statistical
 * guess (chardet). CRLF and no-break spaces are kept as they are; only the BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new AppError('empty_file', 'the file is empty');
  const decoded = decodeByBom(bytes) ?? decodeUtf8(bytes) ?? decodeByGuess(bytes);
  if (looksBinary(decoded.text)) throw new AppError('binary_file', 'the file holds binary data');
  if (decoded.text.trim().length === 0) throw new AppError('empty_file', 'the file holds only white space');
  return { text: decoded.text.normalize('NFC'), encoding: decoded.encoding };
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: strict('utf-8', bytes.subarray(3)), encoding: 'UTF-8' };
  if (a === 0xff && b === 0xfe) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (a === 0xfe && b === 0xff) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  return null;
}

function decodeUtf8(bytes: Uint8Array): DecodedText | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return null;
  }
}

function decodeByGuess(bytes: Uint8Array): DecodedText {
  if (bytes.subarray(0, 8192).includes(0)) {
    // NUL bytes without a BOM: UTF-16 text or binary. chardet tells UTF-16 apart; anything else is binary.
    const guess = chardet.detect(bytes);
    if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return { text: strict(guess.toLowerCase(), bytes), encoding: guess };
    throw new AppError('binary_file', 'the file holds NUL bytes');
  }
  const guess = chardet.detect(bytes);
  if (!guess) throw new AppError('undecodable_text', 'no encoding fits');
  const label = WESTERN.has(guess) ? 'windows-1252' : guess;
  try {
    return { text: strict(label, bytes), encoding: label };
  } catch {
    throw new AppError('undecodable_text', `not valid ${label}`, { encoding: label });
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError('undecodable_text', `not valid ${label}`, { encoding: label });
  }
}

/** Text whose control characters (other than tab, newlines, form feed) pass 1% of the first 8 kB is not prose. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.01);
}
