import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../app/contract/errors.ts';
import { decodeText, parseFile } from '../../../app/import/index.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  return littleEndian ? new Uint8Array(bytes) : new Uint8Array(bytes.swap16());
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as AppError).code;
  }
  return undefined;
}

const FRENCH = 'Le gouvernement a annoncé mardi une réforme de l’été : « une première », selon la Société générale.\nDeuxième ligne, à Noël.\n';
// Long enough that the first 8 KB hold nothing but prose.
const LONG = 'Le conseil municipal a voté le budget de l’année prochaine après un débat de trois heures sur les écoles.\n'.repeat(200);

describe('a file mixing UTF-8 and Latin-1 lines', () => {
  const bytes = join(utf8('Le café de l’été, écrit en UTF-8.\n'), latin1('Le café de l\'été, écrit en Latin-1.\n'), utf8('Une œuvre « citée » — en UTF-8.\n'));

  it('decodes each line by what it is: é written either way comes out as é', () => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Le café de l’été, écrit en UTF-8.\nLe café de l\'été, écrit en Latin-1.\nUne œuvre « citée » — en UTF-8.\n');
    expect(decoded.text).not.toMatch(/Ã|â€/);
  });

  it('records both encodings, so the reader can tell', () => {
    expect(decodeText(bytes).encoding).toBe('UTF-8+windows-1252');
    expect(parseFile('mixed.txt', bytes).encoding).toBe('UTF-8+windows-1252');
  });

  it('keeps Windows-1252 punctuation on the Latin-1 lines (curly quotes, dashes, œ)', () => {
    const decoded = decodeText(join(utf8('Première ligne en UTF-8.\n'), Buffer.from([0x93, 0x63, 0x9c, 0x75, 0x72, 0x94, 0x20, 0x96, 0x20, 0x4e, 0x6f, 0xeb, 0x6c, 0x0a])));
    expect(decoded.text).toBe('Première ligne en UTF-8.\n“cœur” – Noël\n');
  });

  it('does not take a Latin-1 line for UTF-8 because its bytes happen to form UTF-8 characters', () => {
    // “UN CLICHÉ… ET UN CAFÉ !” in Windows-1252: É then … (C9 85) and É then a no-break space (C9 A0) are valid UTF-8
    // (Ʌ and ɠ), so the whole line is valid UTF-8, though no French text holds those letters.
    const line = join(latin1('UN CLICHÉ'), Buffer.from([0x85]), latin1(' ET UN CAFÉ\u00a0!\n'));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(line)).toBe('UN CLICHɅ ET UN CAFɠ!\n');
    expect(decodeText(join(utf8('Une ligne en UTF-8 : déjà.\n'), line, latin1('Une autre ligne en Latin-1 : été.\n'))).text)
      .toBe('Une ligne en UTF-8 : déjà.\nUN CLICHÉ… ET UN CAFÉ\u00a0!\nUne autre ligne en Latin-1 : été.\n');
    // A file wholly in Latin-1 with such a line is still read as Windows-1252, as before.
    expect(decodeText(join(line, latin1('Le gouvernement français a annoncé une réforme de l\'été à Noël.\n')))).toEqual({
      text: 'UN CLICHÉ… ET UN CAFÉ\u00a0!\nLe gouvernement français a annoncé une réforme de l\'été à Noël.\n', encoding: 'windows-1252',
    });
  });

  it('reads German »groß« on a Latin-1 line as such (ß then « is also a UTF-8 character)', () => {
    const decoded = decodeText(join(utf8('Erste Zeile in UTF-8: schön.\n'), latin1('Er sagte: »Das ist groß«\n')));
    expect(decoded).toEqual({ text: 'Erste Zeile in UTF-8: schön.\nEr sagte: »Das ist groß«\n', encoding: 'UTF-8+windows-1252' });
  });
});

describe('UTF-16 without a BOM', () => {
  it('recognises French text in UTF-16 little- and big-endian', () => {
    expect(decodeText(utf16(FRENCH, true))).toEqual({ text: FRENCH, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(FRENCH, false))).toEqual({ text: FRENCH, encoding: 'UTF-16BE' });
  });

  it('recognises plain English in UTF-16 (whose bytes are also valid UTF-8, full of NULs)', () => {
    const english = 'The harbour authority said on Tuesday that the new quay would open in the spring.\n';
    expect(decodeText(utf16(english, true))).toEqual({ text: english, encoding: 'UTF-16LE' });
    expect(parseFile('note.txt', utf16(english, false)).encoding).toBe('UTF-16BE');
  });
});

describe('NUL bytes and control characters anywhere in the file', () => {
  it('refuses a NUL after the first 8 KB as binary, whatever the encoding', () => {
    expect(codeOf(() => decodeText(join(utf8(LONG), Buffer.from([0]), utf8('suite du texte\n'))))).toBe('binary_file');
    expect(codeOf(() => decodeText(join(latin1(LONG), Buffer.from([0]), latin1('à suivre, été\n'))))).toBe('binary_file');
    expect(codeOf(() => parseFile('page.html', join(utf8(`<body><p>${LONG}</p>`), Buffer.from([0]))))).toBe('binary_file');
  });

  it('refuses binary data that starts after 8 KB of text', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => [1, 2, 3, 4, 5, 6, 14, 15, 16, 17, 0x7f, 0x41][i % 12]!);
    expect(codeOf(() => decodeText(join(utf8(LONG), binary)))).toBe('binary_file');
  });

  it('keeps a long text with a few stray control characters (a form feed, an escape)', () => {
    const text = `${LONG}\f${LONG}\u001b${LONG}`;
    expect(decodeText(utf8(text)).text).toBe(text);
  });
});
