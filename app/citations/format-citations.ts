import type { CslItem } from '../store/page-assets.ts';

export const CITATION_FORMATS = ['bibtex', 'biblatex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FILES: Record<CitationFormat, { extension: string; mediaType: string }> = {
  bibtex: { extension: '.bib', mediaType: 'application/x-bibtex; charset=utf-8' },
  biblatex: { extension: '.bib', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: '.ris', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  csl: { extension: '.json', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

type CiteClass = new (data: unknown) => { format(name: string, options?: Record<string, unknown>): unknown };

let loading: Promise<CiteClass> | undefined;
/** citation-js (MIT), loaded the first time citations are written: its core and the BibTeX and RIS plugins. */
function citationJs(): Promise<CiteClass> {
  return (loading ??= (async () => {
    const core: { Cite: CiteClass } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    await import('@citation-js/plugin-ris');
    return core.Cite;
  })());
}

/**
 * Citation items written as BibTeX, BibLaTeX, RIS or CSL-JSON, through citation-js. Two of its gaps are filled here:
 * its RIS writer (the current specification, where a newspaper article's `AU` are its reporters) writes neither a
 * newspaper article's authors nor its full date, so `AU` and `DA` are added from the item; and its BibTeX writers take
 * a CSL section for page numbers, so the section is left out of them.
 */
export async function formatCitations(items: CslItem[], format: CitationFormat): Promise<string> {
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  const Cite = await citationJs();
  if (format === 'ris') {
    const entries = new Cite(items).format('ris', { format: 'object', spec: 'new' }) as Record<string, string | string[]>[];
    return entries.map((entry, i) => risText(withRisGaps(entry, items[i]!))).join('\n');
  }
  const withoutSection = items.map(({ section: _section, ...item }) => item);
  return new Cite(withoutSection).format(format, { format: 'text' }) as string;
}

function withRisGaps(entry: Record<string, string | string[]>, item: CslItem): Record<string, string | string[]> {
  const authors = (item.author as Record<string, string>[] | undefined) ?? [];
  if (!entry.AU && !entry.A1 && authors.length > 0) entry.AU = authors.map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '));
  const issued = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
  if (!entry.DA && issued) entry.DA = `${issued[0]}/${String(issued[1] ?? '').padStart(issued[1] ? 2 : 0, '0')}/${String(issued[2] ?? '').padStart(issued[2] ? 2 : 0, '0')}/`;
  return entry;
}

/** One RIS record: TY first, a tag per line (repeated for lists), ER last. */
function risText(entry: Record<string, string | string[]>): string {
  const lines = [`TY  - ${String(entry.TY)}`];
  for (const [tag, value] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}
