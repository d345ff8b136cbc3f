import { describe as group, expect, it } from 'vitest';
import { bestPrefixLength, commonLength, similarityTo } from '../../../app/anchoring/similarity.ts';
import { prepareText } from '../../../app/anchoring/text.ts';
import { foldForMatching, toCodePointOffset, toUtf16Offset } from '../../../app/anchoring/index.ts';

/** A small deterministic generator, so that a failure can be replayed. */
function lcg(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

function randomText(random: (n: number) => number, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function lcsLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return previous[b.length]!;
}

group('prepared text', () => {
  const samples = ['', 'abc', 'a🚀b😀', '\ud83d', 'x\ud83d', '\ud83dx', '\ude00a\ud83d\ude00', 'e\u0301🚀 « x »', '🚀🚀\ud800', 'L’été 2011 : “Orange” 🚀 en hausse.'];

  it('converts offsets exactly as toUtf16Offset and toCodePointOffset do on the folded text', () => {
    for (const raw of samples) {
      const prepared = prepareText(raw);
      const folded = foldForMatching(raw);
      expect(prepared.text).toBe(folded);
      for (let x = -2; x <= folded.length + 3; x += 0.5) {
        expect(prepared.toUtf16(x), `${JSON.stringify(raw)} ${x}`).toBe(toUtf16Offset(folded, x));
        expect(prepared.toCodePoints(x), `${JSON.stringify(raw)} ${x}`).toBe(toCodePointOffset(folded, x));
      }
    }
  });

  it('finds the same occurrences with its index as by scanning, overlapping ones included', () => {
    const random = lcg(7);
    const text = `${randomText(random, 'ab c’é', 5000)}aaaaaaaaaaaa🚀🚀🚀🚀🚀`;
    const scanned = prepareText(text);
    const indexed = prepareText(text, true);
    const patterns = ['aaaaaaaaa', '🚀🚀🚀🚀', 'a', 'ab', '', 'zzzzzzzzzz'];
    for (let i = 0; i < 300; i++) {
      const at = random(text.length - 20);
      patterns.push(text.slice(at, at + 1 + random(20)));
    }
    for (const pattern of patterns) {
      if (pattern === '') continue;
      expect(indexed.occurrences(pattern), pattern).toEqual(scanned.occurrences(pattern));
      expect(indexed.occurrences(pattern, 1000, 3000), pattern).toEqual(scanned.occurrences(pattern, 1000, 3000));
    }
    expect(indexed.occurrences('aaaaaaaaa')).toEqual([5000, 5001, 5002, 5003]);
  });
});

group('similarity and common length', () => {
  it('similarityTo is 1 − edit distance / the longer length, as the table computes it', () => {
    const random = lcg(11);
    for (let i = 0; i < 3000; i++) {
      const expected = randomText(random, 'abcde ’', random(40));
      const actual = random(3) === 0 ? expected.slice(0, random(expected.length + 1)) + randomText(random, 'abx', random(3)) + expected.slice(random(expected.length + 1)) : randomText(random, 'abcde ’', random(40));
      const want = actual === expected ? 1 : Math.max(0, 1 - editDistance(actual, expected) / Math.max(actual.length, expected.length));
      expect(similarityTo(expected)(actual), JSON.stringify([actual, expected])).toBeCloseTo(want, 12);
    }
  });

  it('commonLength is the length of the longest common subsequence, over several words', () => {
    const random = lcg(13);
    for (let i = 0; i < 1500; i++) {
      const a = randomText(random, 'abcdef ’', random(150));
      const b = random(2) === 0 ? a.slice(0, random(a.length + 1)) + randomText(random, 'abz', random(30)) + a.slice(random(a.length + 1)) : randomText(random, 'abcdef ’', random(160));
      expect(commonLength(a, b), JSON.stringify([a, b])).toBe(lcsLength(a, b));
    }
  });

  it('bestPrefixLength takes the start of a text fewest insertions and deletions away, the shortest of equals', () => {
    const random = lcg(17);
    for (let i = 0; i < 200; i++) {
      const a = randomText(random, 'abcdef ’', random(70));
      const b = a.slice(0, random(a.length + 1)) + randomText(random, 'abz', random(10)) + a.slice(random(a.length + 1)) + randomText(random, 'abcdef', random(30));
      const cost = (j: number): number => a.length + j - 2 * lcsLength(a, b.slice(0, j));
      let best = 0;
      for (let j = 1; j <= b.length; j++) if (cost(j) < cost(best)) best = j;
      expect(bestPrefixLength(a, b), JSON.stringify([a, b])).toBe(best);
    }
    expect(bestPrefixLength('the quote', 'the quote and what follows')).toBe(9);
    expect(bestPrefixLength('the quote', 'the qote. Next')).toBe(8);
  });
});
