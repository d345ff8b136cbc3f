/** Deterministic randomness for the generated corpus: the same seed always gives the same articles. */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Any item, all equally likely. */
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** A seed for item `n` of a series, so any slice of the series can be generated on its own. */
export function seedFor(seed: number, n: number): number {
  let h = (seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Picks items with Zipf-like frequencies: the k-th item is drawn about 1/k^s as often as the first. */
export interface Zipf<T> {
  readonly items: readonly T[];
  pick(rng: Rng): T;
}

export function zipf<T>(items: readonly T[], s = 1): Zipf<T> {
  if (items.length === 0) throw new Error('zipf() needs at least one item');
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((_, k) => {
    total += 1 / Math.pow(k + 1, s);
    cumulative[k] = total;
  });
  return {
    items,
    pick(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = items.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      return items[lo]!;
    },
  };
}

/** a[0], b[0], a[1], b[1], … then what is left of the longer one. */
export function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}
