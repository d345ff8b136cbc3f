import chardet from 'chardet';
import { AppError } from '../contract/errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding found: 'UTF-8', 'UTF-16LE', 'windows-1252', … or 'UTF-8+windows-1252' for a file mixing the two. */
  encoding: string;
}

// Legacy 8-bit Western encodings all decode as windows-1252, their superset for printable characters.
const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);
const MIXED_ENCODING = 'UTF-8+windows-1252';

/**
 * Bytes → text, detecting the encoding rather than assuming it: a BOM wins; then UTF-16 told by where its zero bytes
 * fall; then strict UTF-8; then, for a file whose lines are partly UTF-8 and partly not, each line by what it is; then a
 * statistical guess (chardet). CRLF and no-break spaces are kept as they are; only the BOM is dropped.
 *
 * What cannot be decoded is refused rather than stored: binary data anywhere in the file (see looksBinary).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new AppError('empty_file', 'the file is empty');
  const decoded = decodeByBom(bytes) ?? decodeUtf16WithoutBom(bytes) ?? decodeEightBit(bytes);
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

/**
 * UTF-16 without a BOM, told by its zero bytes. Text in a Latin script has a zero high byte in most code units (every
 * ASCII and Latin-1 character), and almost never a zero low byte; so zeros in many odd bytes and next to none in even
 * ones is little-endian, the reverse big-endian. Checked before UTF-8, because such a file of plain ASCII is also valid
 * UTF-8 (full of NULs). Text in other scripts has few zero bytes; without a BOM it is not recognised.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 65_536));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const units = sample.length / 2;
  const order = oddZeros >= units * 0.3 && evenZeros <= units * 0.02 ? 'UTF-16LE' : evenZeros >= units * 0.3 && oddZeros <= units * 0.02 ? 'UTF-16BE' : null;
  if (!order) return null;
  try {
    return { text: new TextDecoder(order.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(bytes), encoding: order };
  } catch {
    return null; // unpaired surrogates: not UTF-16 text after all
  }
}

/** Text in an encoding of bytes: UTF-8, UTF-8 mixed with Latin-1 line by line, or a legacy encoding chardet names. */
function decodeEightBit(bytes: Uint8Array): DecodedText {
  // A NUL byte anywhere outside UTF-16 is not text: a binary file with a text-like start, or a damaged one. Refused,
  // not stripped: stripping would import an article silently altered, and the reader could not tell what was lost.
  if (bytes.includes(0)) throw new AppError('binary_file', 'the file holds NUL bytes');
  return decodeUtf8(bytes) ?? decodeMixed(bytes) ?? decodeByGuess(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedText | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return null;
  }
}

const LATIN_1_BYTES = new TextDecoder('windows-1252');

const UNLIKELY_IN_WESTERN_TEXT = /[\u0080-\u009f\u0180-\u0217\u021c-\u02ff\u0700-\u07ff]/u;

/**
 * A file in which some lines are valid UTF-8 and others are not (text pasted together from a UTF-8 source and a
 * Latin-1 one): each line is decoded by what it is, the UTF-8 lines as UTF-8, the others as Windows-1252, so an “é”
 * written either way comes out as “é”. Null when no line is UTF-8 beyond ASCII: the whole file is then one legacy
 * encoding, for chardet to name.
 *
 * Two bytes of Latin-1 can form a valid UTF-8 character by chance: a capital letter or ß then a punctuation mark
 * (“É” and a no-break space are UTF-8 for “ɠ”, “ß«” for an NKo letter). So a line whose UTF-8 reading holds characters
 * that such pairs make and Western text does not use — C1 controls, the IPA and rarer Latin letters of U+0180–U+02FF
 * (but for Romanian ș ț), the scripts of U+0700–U+07FF — is taken as Windows-1252.
 */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  let sawUtf8 = false;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    let text: string | null = null;
    if (line.some((byte) => byte >= 0x80)) {
      try {
        text = utf8.decode(line);
        if (UNLIKELY_IN_WESTERN_TEXT.test(text)) text = null;
        else sawUtf8 = true;
      } catch {
        text = null;
      }
    }
    lines.push(text ?? LATIN_1_BYTES.decode(line));
    start = end + 1;
  }
  return sawUtf8 ? { text: lines.join('\n'), encoding: MIXED_ENCODING } : null;
}

function decodeByGuess(bytes: Uint8Array): DecodedText {
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

const WINDOW = 8192;
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/**
 * Text holding NUL anywhere, or in any 8 kB stretch more than 1% control characters (other than tab, newlines, form
 * feed), is not prose. Every stretch is looked at, not only the first: a text head does not make the rest text.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const counts = new Map<number, number>();
  for (const match of text.matchAll(CONTROLS)) {
    const window = Math.floor(match.index / WINDOW);
    const count = (counts.get(window) ?? 0) + 1;
    const length = Math.min(WINDOW, text.length - window * WINDOW);
    if (count > Math.max(2, length * 0.01)) return true;
    counts.set(window, count);
  }
  return false;
}
