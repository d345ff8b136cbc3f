import {
  ANNOTATION_FORMATS, exportAnnotations, exportAnnotationsToFile, exportJson, exportJsonToFile, exportMarkdownToFolder,
  type AnnotationExportOptions, type AnnotationFormat,
} from '../../export/index.ts';
import type { Library } from '../../library/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message, type Language } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

const FORMATS = ['json', ...ANNOTATION_FORMATS] as const;

/** Colour labels from the library's settings; the language of the app if it is set, else of the command line. */
function exportOptions(library: Library, format: AnnotationFormat, documentIds: string[] | undefined, language: Language): AnnotationExportOptions {
  const settings = library.settings.get();
  return { format, documentIds, labels: settings.colorLabels, language: settings.language === 'system' ? language : settings.language };
}

export const exportCommand: Command = {
  summary: 'export the library (json) or its annotations (md, csv, w3c, html) to stdout or a file',
  usage: `Usage: apostille export --format json|md|csv|w3c|html [--doc ID]… [--out PATH]

  json  the whole library (articles, texts, notes), for a backup
  md    Markdown notes for Obsidian: one article gives one note; several give one note per article in folder PATH
        (on stdout, one combined document)
  csv   one row per annotation, UTF-8 with a byte order mark, for spreadsheets (cells that would start a formula
        begin with an apostrophe)
  w3c   W3C Web Annotation JSON-LD, which apostille import-annotations reads back
  html  a printable report of one article with its highlights and notes (give exactly one --doc)

--doc picks the articles (repeat it for several); without it, every article with annotations or a note.
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
