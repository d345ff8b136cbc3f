import htmlMetadata from 'html-metadata';

/** What a web page says about itself, as Zotero records a newspaper article (and CSL-JSON carries it). */
export interface PageMetadata {
  /** CSL type: a news article, a journal article (citation_* with a journal), or any other web page. */
  type: 'article-newspaper' | 'article-journal' | 'webpage';
  title: string | null;
  authors: string[];
  /** The publication: the site's or the journal's name. */
  siteName: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  canonical: string | null;
  description: string | null;
  section: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Bag = Record<string, Json>;

const NEWS_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle)$/;
const ARTICLE_TYPES = /^(?:Article|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|WebPage)$/;

/**
 * Reads a page's metadata with html-metadata (Wikimedia's reader, which Wikipedia's citation service uses: JSON-LD,
 * Highwire Press `citation_*`, Dublin Core, Open Graph, general tags), then picks each field from the richest source:
 * the article's JSON-LD first, then `citation_*`, Open Graph (its `article:*` properties, which html-metadata leaves
 * out, are read from `articleProperties`), Dublin Core and the general tags.
 */
export async function readPageMetadata(html: string, articleProperties: Record<string, string[]>): Promise<PageMetadata> {
  const all = (await (htmlMetadata.loadFromString(html) as Promise<Bag>).catch(() => ({}))) as Record<string, Bag | undefined>;
  const ld = articleNode(all.jsonLd);
  const hw = all.highwirePress ?? {};
  const og = all.openGraph ?? {};
  const dc = lowerKeys(all.dublinCore ?? {});
  const general = all.general ?? {};
  const article = (name: string) => articleProperties[name]?.find((v) => v.trim()) ?? null;
  const ldType = ld ? typesOf(ld) : [];

  const authors = firstList(
    personNames(ld?.author),
    strings(hw.author),
    strings(articleProperties.author ?? []).filter((a) => !/^https?:/.test(a)),
    strings(dc.creator),
    strings(general.author).filter((a) => !/^https?:/.test(a)),
  );
  const journal = text(hw.journal_title);
  return {
    type: journal ? 'article-journal' : ldType.some((t) => NEWS_TYPES.test(t)) || text(og.type) === 'article' ? 'article-newspaper' : 'webpage',
    // Not the <title>, which carries the site's name: Readability's title, which takes it off, comes next.
    title: first(text(ld?.headline), text(ld?.name), text(hw.title), text(og.title), text(dc.title)),
    authors,
    siteName: first(text(og.site_name), organisationName(ld?.publisher), journal, text(dc.publisher)),
    published: isoDay(first(text(ld?.datePublished), text(hw.publication_date), text(hw.date), article('published_time'), text(dc['date.issued']), text(dc.date))),
    modified: isoDay(first(text(ld?.dateModified), article('modified_time'), text(og.updated_time))),
    language: languageCode(first(text(ld?.inLanguage), text(hw.language), text(dc.language), text(og.locale), text(general.lang))),
    canonical: first(text(general.canonical), text(og.url), text(ld?.url)),
    description: first(text(ld?.description), text(og.description), text(dc.description), text(general.description), text(hw.abstract)),
    section: first(text(ld?.articleSection), article('section')),
  };
}

/** The JSON-LD node describing the article: a news type first, then any article type, in a list or an @graph. */
function articleNode(jsonLd: Json | undefined): Bag | null {
  const nodes: Bag[] = [];
  const collect = (value: Json | undefined, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => collect(v, depth + 1));
    nodes.push(value);
    collect(value['@graph'], depth + 1);
  };
  collect(jsonLd, 0);
  return nodes.find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t)))
    ?? nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)) && (n.headline || n.author || n.datePublished))
    ?? null;
}

function typesOf(node: Bag): string[] {
  return strings(node['@type']).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function personNames(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && !Array.isArray(v) ? strings(v.name) : []))
    .map(clean).filter((n) => n && !/^https?:/.test(n));
}

function organisationName(value: Json | undefined): string | null {
  if (Array.isArray(value)) return organisationName(value[0]);
  if (typeof value === 'string') return clean(value) || null;
  return value && typeof value === 'object' ? text(value.name) : null;
}

function strings(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  return typeof value === 'string' || typeof value === 'number' ? [clean(String(value))].filter(Boolean) : [];
}

function text(value: Json | undefined): string | null {
  return strings(value)[0] ?? null;
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function first(...values: (string | null)[]): string | null {
  return values.find((v) => v) ?? null;
}

function firstList(...lists: string[][]): string[] {
  const list = lists.find((l) => l.length > 0) ?? [];
  return [...new Set(list)].slice(0, 50);
}

function lowerKeys(bag: Bag): Bag {
  return Object.fromEntries(Object.entries(bag).map(([k, v]) => [k.toLowerCase(), v]));
}

/** A date as pages write them (ISO with a time, `2020/01/02`, `March 5, 2024`) → `YYYY-MM-DD`, as the page dates it. */
export function isoDay(value: string | null): string | null {
  if (!value) return null;
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value.trim());
  if (ymd) {
    const [, y, m, d] = ymd;
    const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    return Number.isNaN(Date.parse(date)) ? null : date;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** `fr-FR`, `fr_FR`, `French`… → a two-letter code when it is one. */
function languageCode(value: string | null): string | null {
  const code = value?.toLowerCase().match(/^([a-z]{2})(?:[-_]|$)/)?.[1];
  return code ?? null;
}
