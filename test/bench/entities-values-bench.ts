/**
 * Speed of the MONEY / PERCENT / DATE suggester (app/entities/values.ts) on a ~1,000-word French agency article built
 * from generated articles. Cold = the first call in the process (builds the Microsoft models and compiles their
 * regexes); warm = median of 21 calls after 5 more. Runs alone: `node test/bench/entities-values-bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { findValues } from '../../app/entities/values.ts';
import type { SuggestContext } from '../../app/entities/types.ts';
import { generateArticle } from './generate-articles.ts';

export const VALUES_TARGET_WARM_MS = 8;
const TARGET_WORDS = 1000;
const WARM_UPS = 5;
const WARM_RUNS = 21;

export interface ValuesFigures {
  coldMs: number;
  warmMedianMs: number;
  words: number;
  /** Suggestions found in the article (same on every run). */
  found: number;
  byType: Record<string, number>;
}

/**
 * French generated articles (title, dateline and paragraphs), joined paragraph by paragraph until the text has
 * `words` words or a little more.
 */
export function buildFrenchArticle(words = TARGET_WORDS): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let serial = 0; count < words; serial++) {
    const article = generateArticle(serial);
    if (article.language !== 'fr') continue;
    for (const paragraph of article.text.split(/\n\n+/u)) {
      if (count >= words) break;
      paragraphs.push(paragraph.trim());
      count += wordCount(paragraph);
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

export function runValuesBench(): ValuesFigures {
  const text = buildFrenchArticle();
  const context: SuggestContext = { language: 'fr', published: '2011-01-03' };
  let start = performance.now();
  const first = findValues(text, context);
  const coldMs = performance.now() - start;
  for (let run = 0; run < WARM_UPS; run++) findValues(text, context);
  const times: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    start = performance.now();
    findValues(text, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const byType: Record<string, number> = {};
  for (const s of first) byType[s.type] = (byType[s.type] ?? 0) + 1;
  return {
    coldMs,
    warmMedianMs: times[Math.floor(times.length / 2)]!,
    words: wordCount(text),
    found: first.length,
    byType,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const f = runValuesBench();
  const ok = f.warmMedianMs <= VALUES_TARGET_WARM_MS ? 'ok' : 'MISSED';
  console.log(`Values (MONEY/PERCENT/DATE) on a ${f.words}-word French article: cold ${f.coldMs.toFixed(0)} ms, warm median ${f.warmMedianMs.toFixed(2)} ms (target ≤ ${VALUES_TARGET_WARM_MS} ms: ${ok})`);
  console.log(`  ${f.found} suggestions: ${Object.entries(f.byType).map(([t, n]) => `${t} ${n}`).join(', ')}`);
}
