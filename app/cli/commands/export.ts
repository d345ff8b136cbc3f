import {
  ANNOTATION_FORMATS, ENTITY_EXPORT_FORMATS, exportAnnotations, exportAnnotationsToFile, exportEntities, exportEntitiesToFolder, exportJson, exportJsonToFile,
  exportMarkdownToFolder, writeAtomically, type AnnotationExportOptions, type AnnotationFormat, type EntityExportFormat,
} from '../../export/index.ts';
import type { Library } from '../../library/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message, type Language } from '../messages.ts';
import type { Command, CommandContext } from './index.ts';
import { withLibrary } from './library.ts';

const FORMATS = ['json', ...ANNOTATION_FORMATS, ...ENTITY_EXPORT_FORMATS] as const;

/** Colour labels from the library's settings; the language of the app if it is set, else of the command line. */
function exportOptions(library: Library, format: AnnotationFormat, documentIds: string[] | undefined, language: Language): AnnotationExportOptions {
  const settings = library.settings.get();
  return { format, documentIds, labels: settings.colorLabels, language: settings.language === 'system' ? language : settings.language };
}

/** brat into a folder; the other entity formats (one file each) to stdout or a file. */
function exportEntityFormat(context: CommandContext, format: EntityExportFormat, documentIds: string[] | undefined, out: string | undefined): void {
  if (format === 'brat' && out === undefined) throw new UsageError('the brat export is a folder of files: give it with --out DIR');
  withLibrary(context, (library) => {
    if (format === 'brat') {
      const files = exportEntitiesToFolder(library.db, { format, documentIds }, out!);
      if (context.json) console.log(JSON.stringify({ files }, null, 2));
      console.error(message(context.language, 'exportedEntityFiles', { files: files.length, path: out! }));
      return;
    }
    const [file] = exportEntities(library.db, { format, documentIds });
    if (out === undefined) process.stdout.write(file!.content);
    else {
      writeAtomically(out, (write) => write(file!.content));
      if (context.json) console.log(JSON.stringify({ files: [out] }, null, 2));
      console.error(message(context.language, 'exportedEntityFiles', { files: 1, path: out }));
    }
  });
}

export const exportCommand: Command = {
  summary: 'export the library (json), its annotations (md, csv, w3c, html) or its entities (brat, conll, entities-csv, mentions-csv)',
  usage: `Usage: apostille export --format json|md|csv|w3c|html|brat|conll|entities-csv|mentions-csv [--doc ID]… [--out PATH]

  json  the whole library (articles, texts, notes), for a backup
  md    Markdown notes for Obsidian: one article gives one note; several give one note per article in folder PATH
        (on stdout, one combined document)
  csv   one row per annotation, UTF-8 with a byte order mark, for spreadsheets (cells that would start a formula
        begin with an apostrophe)
  w3c   W3C Web Annotation JSON-LD, which apostille import-annotations reads back
  html  a printable report of one article with its highlights and notes (give exactly one --doc)

Entities and their mentions:
  brat          brat standoff into folder PATH (--out is required): for each article <name>.txt (its text) and
                <name>.ann (its mentions, offsets in characters), with annotation.conf, visual.conf and tools.conf
  conll         CoNLL-2003 style BIO: one token and its tag per line (Orange B-ORG), a blank line between
                sentences, -DOCSTART- -X- O O before each article
  entities-csv  one row per entity (name, type, aliases, note, external id, numbers of mentions and articles)
  mentions-csv  one row per mention (entity, article, text, offsets, normalised value, context)

--doc picks the articles (repeat it for several); without it, every article with annotations or a note (for the
entity formats, every article that mentions an entity; entities-csv then lists every entity of the library).
Without --out, the export goes to stdout.`,
  options: { format: { type: 'string' }, out: { type: 'string' }, doc: { type: 'string', multiple: true } },
  run(context) {
    const format = context.options.format;
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`the export format must be given: --format ${FORMATS.join('|')}`);
    }
    const docs = Array.isArray(context.options.doc) ? context.options.doc : undefined;
    const out = typeof context.options.out === 'string' ? context.options.out : undefined;
    if (context.args.length) throw new UsageError(`unexpected argument “${context.args[0]}”`);
    if (format === 'json') {
      if (docs) throw new UsageError('--doc does not apply to the json export (the whole library)');
      if (out === undefined) withLibrary(context, (library) => exportJson(library.db, (chunk) => process.stdout.write(chunk)));
      else {
        const count = withLibrary(context, (library) => exportJsonToFile(library.db, out));
        console.error(message(context.language, 'exported', { count, path: out }));
      }
      return EXIT.ok;
    }
    if ((ENTITY_EXPORT_FORMATS as readonly string[]).includes(format)) {
      exportEntityFormat(context, format as EntityExportFormat, docs, out);
      return EXIT.ok;
    }
    const annotationFormat = format as AnnotationFormat;
    if (annotationFormat === 'html' && docs?.length !== 1) throw new UsageError('the html report is of one article: give exactly one --doc');
    withLibrary(context, (library) => {
      const options = exportOptions(library, annotationFormat, docs, context.language);
      if (out === undefined) {
        exportAnnotations(library.db, options, (chunk) => process.stdout.write(chunk));
        return;
      }
      if (annotationFormat === 'md' && docs?.length !== 1) {
        const result = exportMarkdownToFolder(library.db, options, out);
        if (context.json) console.log(JSON.stringify(result, null, 2));
        console.error(message(context.language, 'exportedNotes', { files: result.files.length, annotations: result.annotations, path: out }));
        return;
      }
      const count = exportAnnotationsToFile(library.db, options, out);
      if (context.json) console.log(JSON.stringify(count, null, 2));
      console.error(message(context.language, 'exportedAnnotations', { ...count, path: out }));
    });
    return EXIT.ok;
  },
};
