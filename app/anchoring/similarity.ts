/** How alike a piece of text is to an expected one: 1 − edit distance / the longer length, 0–1. */
export type Similarity = (actual: string) => number;

/**
 * The similarity to `expected`, made once and applied to many pieces (the context around each candidate place).
 * Up to 32 UTF-16 units, the edit distance is computed with Myers' bit-parallel algorithm (one step per character of
 * `actual`, as Hyyrö formulates it for whole strings); longer contexts (astral characters) take the usual table.
 */
export function similarityTo(expected: string): Similarity {
  const m = expected.length;
  const distance = m <= 32 ? bitParallelDistance(expected) : (actual: string) => tableDistance(actual, expected);
  return (actual) => {
    if (actual === expected) return 1;
    return Math.max(0, 1 - distance(actual) / Math.max(actual.length, m));
  };
}

function bitParallelDistance(expected: string): (actual: string) => number {
  const m = expected.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = expected.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (actual) => {
    if (m === 0) return actual.length;
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < actual.length; j++) {
      const eq = peq.get(actual.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  };
}

function tableDistance(actual: string, expected: string): number {
  const n = expected.length;
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= actual.length; i++) {
    const current = [i];
    for (let j = 1; j <= n; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (actual[i - 1] === expected[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[n]!;
}

/**
 * How many characters of `a` are found, in order, in `b`: the length of their longest common subsequence, with the
 * bit-parallel algorithm of Allison and Dix (as Hyyrö writes it), ⌈|a| / 32⌉ word operations per character of `b`.
 */
export function commonLength(a: string, b: string): number {
  return commonLengths(a, b, false)[0]!;
}

/**
 * How long a start of `b` is best taken for `a`: the length j whose b[0, j) is the fewest characters inserted or
 * deleted away from `a` (|a| + j − 2 × their common length), the shortest of equals.
 */
export function bestPrefixLength(a: string, b: string): number {
  const common = commonLengths(a, b, true);
  let best = 0;
  for (let j = 1; j <= b.length; j++) if (j - 2 * common[j]! < best - 2 * common[best]!) best = j;
  return best;
}

/** The common length of `a` with `b` (every prefix of `b`, with `everyPrefix`: index j for b[0, j)). */
function commonLengths(a: string, b: string, everyPrefix: boolean): Int32Array {
  const words = (a.length + 31) >>> 5;
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    let bits = peq.get(code);
    if (!bits) peq.set(code, (bits = new Uint32Array(words)));
    bits[i >>> 5]! |= 1 << (i & 31);
  }
  const lengths = new Int32Array(everyPrefix ? b.length + 1 : 1);
  // V starts all ones; each character c of b: U = V & Eq[c], V = (V + U) | (V − U). Zeros in V count the LCS.
  const v = new Uint32Array(words).fill(0xffffffff);
  const zeros = (): number => {
    let ones = 0;
    for (let w = 0; w < words; w++) {
      // Only the bits of a's characters count: the last word's high bits stand for nothing.
      let x = w === words - 1 && a.length & 31 ? v[w]! & ((1 << (a.length & 31)) - 1) : v[w]!;
      x -= (x >>> 1) & 0x55555555;
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      ones += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return a.length - ones;
  };
  let common = 0;
  for (let j = 0; j < b.length; j++) {
    const eq = peq.get(b.charCodeAt(j));
    if (eq) {
      let carry = 0;
      let borrow = 0;
      for (let w = 0; w < words; w++) {
        const vw = v[w]!;
        const u = (vw & eq[w]!) >>> 0;
        const sum = vw + u + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        const difference = vw - u - borrow;
        borrow = difference < 0 ? 1 : 0;
        v[w] = (sum | difference) >>> 0;
      }
      if (everyPrefix) common = zeros();
    }
    if (everyPrefix) lengths[j + 1] = common;
  }
  if (!everyPrefix) lengths[0] = zeros();
  return lengths;
}
