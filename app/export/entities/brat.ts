import type { EntityType } from '../../contract/schemas.ts';
import { offsetConverter } from '../../contract/shared/code-points.ts';
import type { Database } from '../../store/database.ts';
import { listEntityTypes } from '../../entities/registry.ts';
import { wikidataId } from '../w3c.ts';
import { documentMentions, entityDocument, valueText, type ExportedMention } from './mentions.ts';
import { LINE_BREAK } from './tokenize.ts';
import type { EntityExportFile } from './types.ts';
import { steps, type StepControl } from '../../core/steps.ts';

// brat standoff (https://brat.nlplab.org/standoff.html): for each article, `<name>.txt` holds its canonical text exactly
// (UTF-8) and `<name>.ann` its mentions; one `annotation.conf` lists the entity types in use, `visual.conf` gives their
// colours, `tools.conf` declares the normalisation resources the .ann files refer to.
//
// - Offsets are characters, as brat counts them (Python strings): Unicode code points, like Apostille's own offsets,
//   from the start of the .txt file; the end is exclusive.
// - A mention is a text-bound annotation: `T1<TAB>ORG 10 16<TAB>Orange`. A mention across a line break (rare) is
//   written as brat writes one: fragments on either side of the break (`T2<TAB>LOC 5 9;10 14<TAB>Rive Gauche`), their
//   texts joined by a space, since a .ann line cannot hold a line break.
// - The entity a mention names is a normalisation: `N1<TAB>Reference T1 Apostille:<entity id><TAB>Orange`, and when the
//   entity's external id is a Wikidata QID, also `N2<TAB>Reference T1 Wikidata:Q1431486<TAB>Orange` (the entity's
//   canonical name as the last field, as brat does).
// - A normalised value is the mention's annotator note, brat's standard place for free text on an annotation:
//   `#1<TAB>AnnotatorNotes T3<TAB>500000000 EUR` (`44.4%`, `2012-01-26`).
// - Orphan mentions (whose passage was lost) are left out; overlapping mentions are all kept (brat allows them).

const NORMALISATION_DBS = `[normalization]
Apostille\t<URL>:apostille://entity/, <URLBASE>:apostille://entity/%s
Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
`;

/** A name for an article's files that every tool takes: ASCII letters, digits and hyphens, from its title. */
export function bratName(title: string, id: string, used: Set<string>): string {
  const slug = title.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60).replace(/-+$/, '');
  let name = slug || `article-${id.slice(0, 8)}`;
  if (used.has(name)) name = `${name}-${id.slice(0, 8)}`;
  used.add(name);
  return name;
}

/** Text for the last field of a .ann line: no tab or line break in it. */
function field(text: string): string {
  return text.replace(new RegExp(`(?:\\t|${LINE_BREAK.source})+`, 'g'), ' ');
}

/** The fragments of a mention on either side of line breaks, in code points, with their texts. */
function fragments(text: string, mention: ExportedMention, convert: ReturnType<typeof offsetConverter>): { start: number; end: number; text: string }[] {
  const from = convert.toUtf16(mention.start);
  const to = convert.toUtf16(mention.end);
  const out: { start: number; end: number; text: string }[] = [];
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  const span = text.slice(from, to);
  let at = 0;
  const push = (a: number, b: number) => {
    if (b > a) out.push({ start: convert.toCodePoint(from + a), end: convert.toCodePoint(from + b), text: span.slice(a, b) });
  };
  for (const match of span.matchAll(breaks)) {
    push(at, match.index);
    at = match.index + match[0].length;
  }
  push(at, span.length);
  return out;
}

/** The .ann file of an article's mentions (orphans left out), and the entity types it uses. */
export function annFile(text: string, mentions: readonly ExportedMention[]): { content: string; types: Set<string> } {
  const convert = offsetConverter(text);
  const lines: string[] = [];
  const types = new Set<string>();
  let t = 0;
  let n = 0;
  let note = 0;
  for (const m of mentions) {
    if (m.orphan) continue;
    const parts = fragments(text, m, convert);
    if (parts.length === 0) continue;
    const id = `T${++t}`;
    types.add(m.type);
    lines.push(`${id}\t${m.type} ${parts.map((p) => `${p.start} ${p.end}`).join(';')}\t${field(parts.map((p) => p.text).join(' '))}`);
    lines.push(`N${++n}\tReference ${id} Apostille:${m.entityId}\t${field(m.name)}`);
    const qid = wikidataId(m.externalId);
    if (qid) lines.push(`N${++n}\tReference ${id} Wikidata:${qid}\t${field(m.name)}`);
    if (m.value) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${field(valueText(m.value))}`);
  }
  return { content: lines.map((l) => `${l}\n`).join(''), types };
}

/** annotation.conf: the entity types in use; brat wants the four sections, even empty. */
export function annotationConf(types: readonly EntityType[]): string {
  return `# Entity types of an Apostille export\n[entities]\n${types.map((t) => `${t.code}\n`).join('')}\n[relations]\n\n[events]\n\n[attributes]\n`;
}

/** Black or white, whichever reads better on `color` (#rrggbb). */
function textColor(color: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.179 ? 'black' : 'white';
}

/** visual.conf: each type's label (the reader's own types) and colour. */
export function visualConf(types: readonly EntityType[]): string {
  const labels = types.map((t) => `${t.code} | ${field(!t.builtin && t.label ? t.label : t.code).replaceAll('|', '/')}\n`).join('');
  const drawing = types.map((t) => `${t.code}\tbgColor:${t.color}, fgColor:${textColor(t.color)}\n`).join('');
  return `[labels]\n${labels}\n[drawing]\n${drawing}`;
}

/** The brat files of some articles: a .txt and a .ann each, then annotation.conf, visual.conf and tools.conf. */
export async function bratFiles(db: Database, ids: readonly string[], control: StepControl = {}): Promise<EntityExportFile[]> {
  const files: EntityExportFile[] = [];
  const used = new Set<string>();
  const inUse = new Set<string>();
  for await (const id of steps(ids, control)) {
    const doc = entityDocument(db, id);
    if (!doc) continue;
    const name = bratName(doc.title, doc.id, used);
    const ann = annFile(doc.text, documentMentions(db, doc.id));
    for (const type of ann.types) inUse.add(type);
    files.push({ fileName: `${name}.txt`, mimeType: 'text/plain', content: doc.text });
    files.push({ fileName: `${name}.ann`, mimeType: 'text/plain', content: ann.content });
  }
  const types = listEntityTypes(db).filter((t) => inUse.has(t.code));
  files.push({ fileName: 'annotation.conf', mimeType: 'text/plain', content: annotationConf(types) });
  files.push({ fileName: 'visual.conf', mimeType: 'text/plain', content: visualConf(types) });
  files.push({ fileName: 'tools.conf', mimeType: 'text/plain', content: NORMALISATION_DBS });
  return files;
}
