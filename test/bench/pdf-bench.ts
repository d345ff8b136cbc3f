// The first PDF figure: a 500-page text PDF (printed by Chromium) read into an article, in pages per second,
// beside pdf.js alone giving the same pages' text items (the part of the work that is pdf.js's own) in the same run.
//
// Alone: `node test/bench/pdf-bench.ts`.
import { parsePdf } from '../../app/pdf/parse-pdf.ts';
import { openPdf } from '../../app/pdf/load-pdf.ts';
import { printLongPdf } from '../support/test-pdfs.ts';

export interface PdfFigures {
  pages: number;
  megabytes: number;
  /** Apostille's import: text extracted, pages assembled, metadata read. */
  pagesPerSecond: number;
  /** pdf.js alone: getTextContent on every page. */
  pdfjsPagesPerSecond: number;
}

export async function runPdfBench(pages = 500): Promise<PdfFigures | null> {
  const bytes = await printLongPdf(pages);
  if (!bytes) return null;
  // A warm-up: pdf.js loaded, its code compiled.
  await parsePdf('warm.pdf', bytes.slice(0, bytes.length), new Date().toISOString());
  let started = performance.now();
  const doc = await parsePdf('long.pdf', bytes, new Date().toISOString());
  const ours = (performance.now() - started) / 1000;
  if (doc.pages?.length !== pages) throw new Error(`the PDF has ${doc.pages?.length} pages, not ${pages}`);
  started = performance.now();
  const { pdf, close } = await openPdf(bytes);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await close();
  const alone = (performance.now() - started) / 1000;
  return { pages, megabytes: bytes.length / 1024 / 1024, pagesPerSecond: pages / ours, pdfjsPagesPerSecond: pages / alone };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runPdfBench());
