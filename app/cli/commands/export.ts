import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSize } from '../../contract/shared/sizes.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { runCliJob } from '../job.ts';
import { message } from '../messages.ts';
import { printError, printJson } from '../terminal.ts';
import type { Command } from './index.ts';
import { collectionNamed } from './manage.ts';

const ANNOTATION_FORMATS = ['md', 'csv', 'w3c', 'html'] as const;
const ENTITY_FORMATS = ['brat', 'conll', 'entities-csv', 'mentions-csv'] as const;
const LIBRARY_FORMATS = ['archive', 'json'] as const;
const CITATION_FORMATS = ['bibtex', 'biblatex', 'ris', 'csl'] as const;
const FORMATS = [...LIBRARY_FORMATS, ...ANNOTATION_FORMATS, 'pdf', ...ENTITY_FORMATS, ...CITATION_FORMATS] as const;
type Format = (typeof FORMATS)[number];

const is = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The whole library: the archive to a file; JSON to a file or stdout. */
async function exportLibrary(context: CommandContext, format: (typeof LIBRARY_FORMATS)[number], out: string | undefined): Promise<number> {
  if (format === 'archive' && out === undefined) throw new UsageError('the archive is a file of its own: give it with --out FILE');
  const scratch = out === undefined ? mkdtempSync(join(tmpdir(), 'apostille-export-')) : undefined;
  try {
    const path = out ?? join(scratch!, 'library.json');
    const outcome = await runCliJob(context, 'library.export', { format, path });
    if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
    const result = outcome.result!;
    if (scratch) await pipeline(createReadStream(path), process.stdout, { end: false });
    else if (context.json) printJson(result);
    else if (format === 'archive') printError(message(context.language, 'archived', { ...result, size: formatSize(result.bytes) }));
    else printError(message(context.language, 'exported', { count: result.documents, path }));
    return EXIT.ok;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function exportCitations(context: CommandContext, format: (typeof CITATION_FORMATS)[number], documentIds: string[] | undefined, out: string | undefined): Promise<number> {
  const collection = typeof context.options.collection === 'string' ? await collectionNamed(context, context.options.collection) : undefined;
  if (collection && documentIds) throw new UsageError('give --doc or --collection, not both');
  const outcome = await runCliJob(context, 'citations.export', {
    format, ...(documentIds && { documentIds }), ...(collection && { collectionId: collection.id }), ...(out !== undefined && { out }),
  });
  if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
  const result = outcome.result!;
  if (out === undefined) process.stdout.write(result.files[0]!.content);
  else if (context.json) printJson(result);
  else printError(message(context.language, 'exported', { count: result.documents, path: out }));
  return EXIT.ok;
}

/** A PDF with its annotations written into it, to a file (bytes are not written to a terminal). */
async function exportAnnotatedPdf(context: CommandContext, documentIds: string[] | undefined, out: string | undefined): Promise<number> {
  if (documentIds?.length !== 1) throw new UsageError('the annotated PDF is of one PDF: give exactly one --doc');
  if (out === undefined) throw new UsageError('the annotated PDF is a file: give it with --out FILE');
  const outcome = await runCliJob(context, 'pdf.annotated', { documentId: documentIds[0]!, out });
  if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
  const result = outcome.result!;
  if (context.json) printJson(result);
  else printError(message(context.language, 'exportedAnnotations', { annotations: result.annotations, documents: 1, path: out }));
  return EXIT.ok;
}

export const exportCommand: Command = {
  usage: `Usage: apostille export --format ${FORMATS.join('|')} [--doc ID]… [--collection NAME] [--out PATH] [--lang en|fr]

The whole library:
  archive  everything, into one file (--out is required): articles with their original files, annotations, entities
           and their types, rejected suggestions, the library's settings. "apostille import FILE" brings it back,
           exactly, into an empty library.
  json     the articles (metadata, text, sanitised HTML, notes on articles) for other programs. Not a backup: it has
           no annotations, entities or original files; use archive for that.

Annotations:
  md    Markdown notes for Obsidian: one article gives one note; several give one note per article in folder PATH
        (on stdout, one combined document)
  csv   one row per annotation, UTF-8 with a byte order mark, for spreadsheets (cells that would start a formula
        begin with an apostrophe)
  w3c   W3C Web Annotation JSON-LD, which apostille import-annotations reads back
  html  a printable report of one article with its highlights and notes (give exactly one --doc)
  pdf   a PDF with its highlights and notes written into it as PDF annotations (highlights, notes as pop-ups),
        readable in any PDF reader (give exactly one --doc and --out FILE)

Entities and their mentions:
  brat          brat standoff into folder PATH (--out is required): for each article <name>.txt (its text) and
                <name>.ann (its mentions, offsets in characters), with annotation.conf, visual.conf and tools.conf
  conll         CoNLL-2003 style BIO: one token and its tag per line (Orange B-ORG), a blank line between
                sentences, -DOCSTART- -X- O O before each article
  entities-csv  one row per entity (name, type, aliases, note, external id, numbers of mentions and articles)
  mentions-csv  one row per mention (entity, article, text, offsets, normalised value, context)

Citations (of the articles picked, a collection's with --collection NAME, or the whole library's):
  bibtex    BibTeX entries (a newspaper article is an @article in its newspaper)
  biblatex  BibLaTeX entries (journaltitle, date, urldate)
  ris       RIS records (a newspaper article is TY  - NEWS), for Zotero, EndNote, Mendeley
  csl       CSL-JSON items, as citeproc and Zotero read them

--doc picks the articles (repeat it for several); without it, every article with annotations or a note (for the
entity formats, every article that mentions an entity; entities-csv then lists every entity of the library).
Without --out, the export goes to stdout. Ctrl+C stops an export; nothing half-written is left.`,
  options: { format: { type: 'string' }, out: { type: 'string' }, doc: { type: 'string', multiple: true }, collection: { type: 'string' } },
  async run(context) {
    const format = context.options.format;
    if (typeof format !== 'string' || !is<Format>(FORMATS, format)) throw new UsageError(`the export format must be given: --format ${FORMATS.join('|')}`);
    const documentIds = Array.isArray(context.options.doc) ? context.options.doc : undefined;
    const out = typeof context.options.out === 'string' ? context.options.out : undefined;
    if (context.args.length) throw new UsageError(`unexpected argument “${context.args[0]}”`);
    if (is(LIBRARY_FORMATS, format)) {
      if (documentIds) throw new UsageError(`--doc does not apply to the ${format} export (the whole library)`);
      return exportLibrary(context, format, out);
    }
    if (is(CITATION_FORMATS, format)) return exportCitations(context, format, documentIds, out);
    if (format === 'pdf') return exportAnnotatedPdf(context, documentIds, out);
    if (context.options.collection !== undefined) throw new UsageError('--collection applies to the citation formats');
    if (format === 'brat' && out === undefined) throw new UsageError('the brat export is a folder of files: give it with --out DIR');
    if (format === 'html' && documentIds?.length !== 1) throw new UsageError('the html report is of one article: give exactly one --doc');
    const outcome = is(ENTITY_FORMATS, format)
      ? await runCliJob(context, 'entities.export', { format, ...(documentIds && { documentIds }), ...(out !== undefined && { out }) })
      : await runCliJob(context, 'annotations.export', { format, language: context.language, ...(documentIds && { documentIds }), ...(out !== undefined && { out }) });
    if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
    const result = outcome.result!;
    if (out === undefined) {
      process.stdout.write(result.files[0]!.content);
      return EXIT.ok;
    }
    if (context.json) printJson(is(ENTITY_FORMATS, format) ? { files: result.paths } : result);
    if (is(ENTITY_FORMATS, format)) printError(message(context.language, 'exportedEntityFiles', { files: result.paths.length, path: out }));
    else {
      const counts = result as { documents: number; annotations: number };
      const several = format === 'md' && documentIds?.length !== 1;
      printError(several
        ? message(context.language, 'exportedNotes', { files: result.paths.length, annotations: counts.annotations, path: out })
        : message(context.language, 'exportedAnnotations', { ...counts, path: out }));
    }
    return EXIT.ok;
  },
};
