// Seeded randomness and the mutations the API fuzz run applies to valid inputs (see api.test.ts).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A version 4 UUID made of this generator's numbers (so that a run replays). */
  uuid(): string;
  hex(length: number): string;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const hex = (length: number) => Array.from({ length }, () => '0123456789abcdef'[int(0, 15)]).join('');
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (p) => next() < p,
    hex,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

const HUGE = [2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e15, 1e21, 1e308, -1e308, 1.5, 0.1, 1e-300, -0, 0];
const UNICODE = [
  '🌩', '👩🏽‍🔬', 'é'.normalize('NFD'), 'e\u0301\u0301\u0301', '\u202e\u202dRTL', '\u0000', '\ufeff', '\uffff', '\ud800', '\udfff', 'a\ud800b',
  '\u2028\u2029', '𝕏'.repeat(40), 'Ωμέγα', '中文', '\t\n\r', '"\'\\', '<script>alert(1)</script>', '%00', '../../etc/passwd', ' ',
];
const KEYS = ['extra', '__proto__', 'constructor', 'prototype', 'toString', '', 'id ', 'ÉTÉ', '0'];

/** A value of another kind than `value`'s. */
function otherKind(value: Json, r: Random): Json {
  const kinds: Json[] = [null, true, false, 0, -1, 42.5, '', 'text', [], [1, 'two'], {}, { a: 1 }];
  const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const others = kinds.filter((k) => kind(k) !== kind(value));
  return structuredClone(r.pick(others));
}

/**
 * Arrays or objects nested `depth` deep, as a marker that `serialise` writes out (JSON.stringify would overflow the
 * stack on the values themselves).
 */
export function nested(depth: number, r: Random): Json {
  return `__DEEP_${depth}_${r.pick(['a', 'o'])}__`;
}

/** `value` as JSON, with the nested junk its markers stand for. */
export function serialise(value: Json): string {
  return (JSON.stringify(value) ?? 'null').replace(/"__DEEP_(\d+)_([ao])__"/g, (_m, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'a' ? `${'['.repeat(n)}1${']'.repeat(n)}` : `${'{"a":'.repeat(n)}null${'}'.repeat(n)}`;
  });
}

/** Paths into `value`, down to a few levels (junk nested thousands deep is not walked). */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object' && prefix.length < 8) {
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries.slice(0, 20)) {
      const path = [...prefix, key];
      out.push(path);
      pathsOf(child, path, out);
    }
  }
  return out;
}

function getAt(root: Json, path: Path): Json {
  let value = root;
  for (const key of path) value = (value as Record<string | number, Json>)[key]!;
  return value;
}

/** Sets (or, with undefined, deletes) the value at `path`; the root itself when the path is empty. */
function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (key === '__proto__') {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  } else parent[key] = value;
  return root;
}

export interface Context {
  /** Lengths (code points) of the library's texts, to aim offsets just past one. */
  textLengths: number[];
}

const isRange = (value: Json): value is { start: number; end: number } =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.start === 'number' && typeof value.end === 'number';
const ID_KEY = /(^id$|Id$|Ids$|^into$|^from$|^replaces$|^name$)/;

type Mutation = (input: Json, r: Random, context: Context) => Json;

function at(input: Json, r: Random, want: (value: Json, path: Path) => boolean, change: (value: Json, path: Path) => Json | undefined): Json {
  const candidates = pathsOf(input).filter((p) => want(getAt(input, p), p));
  if (candidates.length === 0) return MUTATIONS.wrongType!(input, r, { textLengths: [] });
  const path = r.pick(candidates);
  return setAt(input, path, change(getAt(input, path), path));
}

function ranges(input: Json): Path[] {
  const found: Path[] = isRange(input) ? [[]] : [];
  return [...found, ...pathsOf(input).filter((p) => isRange(getAt(input, p)))];
}

function atRange(input: Json, r: Random, change: (range: { start: number; end: number }) => void): Json {
  const candidates = ranges(input);
  if (candidates.length === 0) return MUTATIONS.hugeNumber!(input, r, { textLengths: [] });
  change(getAt(input, r.pick(candidates)) as { start: number; end: number });
  return input;
}

/** Each takes a valid input (a fresh copy) and returns it changed in one way. */
export const MUTATIONS: Record<string, Mutation> = {
  wrongType: (input, r) => {
    const paths = pathsOf(input);
    if (paths.length === 0) return otherKind(input, r);
    const path = r.pick(paths);
    return setAt(input, path, otherKind(getAt(input, path), r));
  },
  hugeNumber: (input, r) => at(input, r, (v) => typeof v === 'number' || r.chance(0.2), () => r.pick(HUGE)),
  negative: (input, r) => at(input, r, (v) => typeof v === 'number', (v) => r.pick([-1, -(v as number) - 1, -(2 ** 31), -1e9, -0.5])),
  reversedRange: (input, r) => atRange(input, r, (range) => {
    const { start, end } = range;
    const how = r.int(0, 2);
    if (how === 0) Object.assign(range, { start: end, end: start });
    else if (how === 1) range.end = start;
    else range.end = Math.max(0, start - r.int(1, 5));
  }),
  beyondText: (input, r, { textLengths }) => atRange(input, r, (range) => {
    const length = textLengths.length ? r.pick(textLengths) : 1000;
    const how = r.int(0, 3);
    if (how === 0) Object.assign(range, { start: length, end: length + r.int(1, 10) });
    else if (how === 1) range.end = length + r.int(1, 3);
    else if (how === 2) Object.assign(range, { start: length + r.int(0, 1000), end: length + r.int(1001, 2000) });
    else Object.assign(range, { start: 2 ** 53 - 3, end: 2 ** 53 - 1 });
  }),
  unicode: (input, r) => at(input, r, (v) => typeof v === 'string', (v) => {
    const junk = Array.from({ length: r.int(1, 4) }, () => r.pick(UNICODE)).join('');
    return r.chance(0.5) ? `${v as string}${junk}` : junk;
  }),
  longString: (input, r) => at(input, r, (v) => typeof v === 'string' || r.chance(0.1), () => r.pick(['x', 'é', '🌩', 'ab ']).repeat(r.pick([301, 1001, 10_001, 100_001, 300_000]))),
  unknownField: (input, r) => {
    const objects: Path[] = [[], ...pathsOf(input)].filter((p) => {
      const v = getAt(input, p);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    if (objects.length === 0) return { extra: input };
    const target = getAt(input, r.pick(objects)) as Record<string, Json>;
    const key = r.pick(KEYS);
    const value = otherKind(null, r);
    if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else target[key] = value;
    return input;
  },
  nestedJunk: (input, r) => {
    const paths = pathsOf(input);
    const junk = nested(r.pick([3, 50, 1000, 5000]), r);
    return paths.length === 0 ? junk : setAt(input, r.pick(paths), junk);
  },
  missingField: (input, r) => at(input, r, () => true, () => undefined),
  missingId: (input, r) => at(input, r, (_v, p) => ID_KEY.test(String(p.at(-1))) || (p.length > 1 && ID_KEY.test(String(p.at(-2)))), () => r.pick([
    r.uuid(), r.hex(32), r.hex(4), '0000', 'ffffffff', '', 'ABCDEF12', '00000000-0000-0000-0000-000000000000', `${r.hex(8)}.sqlite`, '../library.sqlite',
  ])),
  nullValue: (input, r) => at(input, r, () => true, () => null),
  replaced: (_input, r) => r.pick<() => Json>([() => [], () => 'text', () => 42, () => null, () => true, () => nested(100, r), () => [{}, {}]])(),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * How often each is drawn: those that keep an input well-formed but wrong in what it means (a range past the text, an
 * id of nothing, unusual characters) reach deeper than the schema, so they come more often.
 */
const WEIGHTS: Record<string, number> = { beyondText: 4, reversedRange: 3, missingId: 4, unicode: 3, longString: 2 };
const DRAW = MUTATION_NAMES.flatMap((name) => Array<string>(WEIGHTS[name] ?? 1).fill(name));

/** `input` changed by one mutation (most often), two or three. */
export function mutate(input: Json, r: Random, context: Context): { input: Json; applied: string[] } {
  let value = structuredClone(input);
  const applied: string[] = [];
  for (let i = r.pick([1, 1, 1, 1, 1, 1, 2, 2, 2, 3]); i > 0; i--) {
    const name = r.pick(DRAW);
    applied.push(name);
    value = MUTATIONS[name]!(value, r, context);
  }
  return { input: value, applied };
}
