// Exports of 10,000 annotations on one long article (400 paragraphs, half the annotations with a Markdown note and
// tags) to each format, and the W3C file imported back into a library holding the same article.
//
// Alone: `node test/bench/export-bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation } from '../../app/annotations/index.ts';
import { HIGHLIGHT_COLORS } from '../../app/contract/shared/colors.ts';
import { exportAnnotations, importAnnotations, type AnnotationFormat } from '../../app/export/index.ts';
import { importSources, sourceFromBytes } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { getDocument, transaction } from '../../app/store/index.ts';
import { BenchFailure } from './import-bench.ts';

export const EXPORT_FORMATS: AnnotationFormat[] = ['md', 'csv', 'w3c', 'html'];
export const EXPORT_TARGET_MS = 1000;
const RUNS = 3;

export interface ExportFigures {
  annotations: number;
  /** Median of the runs, per format. */
  formatMs: Record<AnnotationFormat, number>;
  formatBytes: Record<AnnotationFormat, number>;
  importMs: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runExportBench(dir: string, annotations = 10_000): Promise<ExportFigures> {
  const library = openLibrary(join(dir, 'source'));
  const target = openLibrary(join(dir, 'target'));
  try {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraphe ${i}\u00a0: l’État a «\u00a0annoncé\u00a0» mardi une hausse de ${i},5\u00a0% des crédits, selon le ministère\u202f; les syndicats restent prudents.`);
    const bytes = Buffer.from(`Un long article\n\n${paragraphs.join('\n\n')}`);
    const id = (await importSources(library.db, [sourceFromBytes('long.txt', bytes)])).imported[0]!.id;
    const length = [...getDocument(library.db, id).text].length;
    transaction(library.db, () => {
      for (let i = 0; i < annotations; i++) {
        const start = (i * 37) % (length - 60);
        createAnnotation(library.db, {
          documentId: id, start, end: start + 10 + (i % 40), color: HIGHLIGHT_COLORS[i % 5]!,
          note: i % 2 ? `Note **${i}**, avec « guillemets » et [un lien](https://example.org/${i})` : null, tags: i % 3 ? ['montant', 'à vérifier'] : [],
        });
      }
    });
    const formatMs = {} as Record<AnnotationFormat, number>;
    const formatBytes = {} as Record<AnnotationFormat, number>;
    let w3c = '';
    for (const format of EXPORT_FORMATS) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const chunks: string[] = [];
        const started = performance.now();
        await exportAnnotations(library.db, { format, documentIds: [id], labels: {}, language: 'fr' }, (chunk) => chunks.push(chunk));
        times.push(performance.now() - started);
        const content = chunks.join('');
        formatBytes[format] = Buffer.byteLength(content);
        if (format === 'w3c') w3c = content;
      }
      formatMs[format] = median(times);
    }
    await importSources(target.db, [sourceFromBytes('long.txt', bytes)]);
    const started = performance.now();
    const report = importAnnotations(target.db, w3c);
    const importMs = performance.now() - started;
    if (report.imported !== annotations || report.orphans !== 0) throw new BenchFailure(`the W3C export imported back ${report.imported} of ${annotations} (${report.orphans} orphans)`);
    return { annotations, formatMs, formatBytes, importMs };
  } finally {
    library.close();
    target.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-export-'));
  try {
    console.log(JSON.stringify(await runExportBench(dir), null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
