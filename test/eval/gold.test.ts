import { describe, expect, it } from 'vitest';
import { goldArticles, goldProblems, loadArticle, skipReason } from './gold.ts';

// The gold is measured against the importer's canonical text: an importer change that moves offsets must show here,
// not as a silent drop in the evaluation figures.
describe('entity gold annotations', () => {
  for (const article of goldArticles()) {
    const reason = skipReason(article);
    if (reason) console.log(`gold ${article.id}: SKIPPED: ${reason}`);
    it.skipIf(reason !== null)(`${article.id}: every span matches the canonical text, in order, with values where due`, () => {
      expect(goldProblems(loadArticle(article))).toEqual([]);
      expect(article.gold.mentions.length).toBeGreaterThan(0);
    });
  }
});
