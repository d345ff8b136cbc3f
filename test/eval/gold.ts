// The gold entity annotations (test/eval/gold/*.json) and the articles they annotate, as the app stores them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../../app/import/parse-file.ts';
import { BUILTIN_ENTITY_TYPES, type NormalisedValue } from '../../app/entities/types.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url));
/** ../shared/corpus beside the project; articles from it are never copied into the project, only pointed at. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface GoldMention {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: NormalisedValue;
}

export interface GoldFile {
  /** `assets/samples/<file>` (in the project) or `shared:<dir>/<file>` (in ../shared/corpus). */
  source: string;
  /** The article's language as the annotator read it ('fr' or 'en'). */
  language: string;
  /** The importer's `published` when the gold was made: the year DATE values without a year were given. */
  published: string | null;
  /** Held out: annotated after the suggesters were built and never looked at while building them (reported apart). */
  heldOut?: boolean;
  mentions: GoldMention[];
}

export interface GoldArticle {
  id: string;
  gold: GoldFile;
  /** Absolute path of the article file. */
  path: string;
}

export interface LoadedArticle extends GoldArticle {
  text: string;
  language: string | null;
  published: string | null;
}

export function goldArticles(): GoldArticle[] {
  return readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldFile;
    const path = gold.source.startsWith('shared:') ? join(SHARED_DIR, gold.source.slice('shared:'.length)) : join(ROOT, gold.source);
    return { id: f.replace(/\.json$/, ''), gold, path };
  });
}

/** Why an article cannot be read here (the shared corpus is absent), or null when it can. */
export function skipReason(article: GoldArticle): string | null {
  if (article.gold.source.startsWith('shared:')) {
    if (!existsSync(SHARED_DIR)) return `../shared/corpus is absent (looked in ${SHARED_DIR})`;
    if (!existsSync(article.path)) return `${article.gold.source} is not in ../shared/corpus (looked for ${article.path})`;
  } else if (!existsSync(article.path)) return `${article.gold.source} does not exist`;
  return null;
}

/** Reads and imports the article as the app does: the canonical (NFC) text, its language and date. */
export function loadArticle(article: GoldArticle): LoadedArticle {
  const doc = parseFile(basename(article.path), readFileSync(article.path));
  return { ...article, text: doc.text, language: doc.language, published: doc.published };
}

/** What is wrong with a gold file against its article's canonical text: spans, order, overlaps, types, values. */
export function goldProblems(article: LoadedArticle): string[] {
  const problems: string[] = [];
  const { mentions } = article.gold;
  const valueKind: Record<string, NormalisedValue['kind']> = { MONEY: 'money', PERCENT: 'percent', DATE: 'date' };
  mentions.forEach((m, i) => {
    const where = `mention ${i} (${m.type} ${JSON.stringify(m.text)} at ${m.start})`;
    if (!(BUILTIN_ENTITY_TYPES as readonly string[]).includes(m.type)) problems.push(`${where}: unknown type`);
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > article.text.length || m.start >= m.end) {
      problems.push(`${where}: bad offsets ${m.start}..${m.end}`);
    } else if (article.text.slice(m.start, m.end) !== m.text) {
      problems.push(`${where}: the text there is ${JSON.stringify(article.text.slice(m.start, m.end))}`);
    }
    const kind = valueKind[m.type];
    if (kind && m.value?.kind !== kind) problems.push(`${where}: needs a ${kind} value`);
    if (!kind && m.value) problems.push(`${where}: has a value but ${m.type} takes none`);
    const previous = mentions[i - 1];
    if (previous && m.start < previous.end) problems.push(`${where}: overlaps or precedes the mention before it (${previous.start}..${previous.end})`);
  });
  if (article.gold.heldOut !== undefined && typeof article.gold.heldOut !== 'boolean') problems.push(`heldOut must be true or false, not ${JSON.stringify(article.gold.heldOut)}`);
  if (article.gold.published?.slice(0, 4) !== article.published?.slice(0, 4)) {
    problems.push(`the importer now dates the article ${article.published}, the gold was made with ${article.gold.published} (DATE values take its year)`);
  }
  return problems;
}
