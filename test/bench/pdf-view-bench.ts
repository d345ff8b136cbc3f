// The PDF view figures, in Chromium through the loopback host, on a 500-page text PDF printed by Chromium with
// 1,000 highlights on it: the time from clicking it in the library to its first page painted, and to its highlights
// painted on the pages in view; the frames while scrolling down its first pages; and the renderer processes' memory
// (resident set of the page's renderer process) after every page has been drawn once. pdf.js's full viewer application is not part of pdfjs-dist
// (only its components, which this view is made of), so there is no other viewer to measure beside it here.
//
// Alone: `npm run build && node test/bench/pdf-view-bench.ts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createAnnotation } from '../../app/annotations/index.ts';
import { importSources, sourceFromBytes } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { transaction } from '../../app/store/database.ts';
import { getDocument } from '../../app/store/documents.ts';
import { chromiumPath } from '../support/chromium.ts';
import { printLongPdf } from '../support/test-pdfs.ts';
import { serveLibrary } from './host.ts';
import { mulberry32 } from './prng.ts';

export const TARGET_FIRST_PAGE_MS = 1000;
export const TARGET_ANNOTATIONS_MS = 200;
export const TARGET_MEMORY_MB = 500;
export const TARGET_FRAME_MS = 17;

export interface PdfViewFigures {
  pages: number;
  annotations: number;
  firstPageMs: number;
  annotationsPaintedMs: number;
  scrollP95FrameMs: number;
  frames: number;
  rendererMemoryMb: number;
}

/**
 * The resident memory of the page's renderer process in the Chromium using `profile`, in MiB (Linux's ps): the
 * largest of its renderers (the others are Chromium's own, and a spare one it keeps ready).
 */
function rendererMemoryMb(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).split('\n');
  const renderers = lines.filter((l) => l.includes('--type=renderer') && l.includes(profile));
  const kib = Math.max(0, ...renderers.map((l) => Number(l.trim().split(/\s+/)[0])));
  return kib / 1024;
}

export async function measurePdfView(dir: string, executablePath: string, pages = 500, annotations = 1000): Promise<PdfViewFigures | null> {
  const bytes = await printLongPdf(pages);
  if (!bytes) return null;
  const library = openLibrary(dir);
  const id = (await importSources(library.db, [sourceFromBytes('rapport-long.pdf', bytes)])).imported[0]!.id;
  const { text } = getDocument(library.db, id);
  const codePoints = [...text].length;
  const rng = mulberry32(1000);
  transaction(library.db, () => {
    for (let i = 0; i < annotations; i++) {
      const start = rng.int(0, codePoints - 200);
      createAnnotation(library.db, { documentId: id, start, end: start + rng.int(10, 120), color: 'yellow', note: i % 4 === 0 ? `Note ${i}` : null, tags: [] });
    }
  });
  library.close();
  const host = await serveLibrary(dir);
  const profile = mkdtempSync(join(tmpdir(), 'apostille-pdf-view-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('library-row').filter({ hasText: 'Rapport long' }).waitFor();
    // One untimed open: Chromium compiles the page's code, and pdf.js's, then, as on a reader's first PDF.
    await page.getByTestId('library-row').filter({ hasText: 'Rapport long' }).click();
    await page.locator('.page[data-page-number="1"][data-loaded]').waitFor();
    await page.getByTestId('close-pane').click();
    await page.getByTestId('reader-empty').waitFor();
    const opened = await page.evaluate(async (expected) => {
      const row = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=library-row]')).find((r) => r.textContent?.includes('Rapport long'))!;
      let paintedAt = 0;
      const painted = new Promise<void>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const mark = list.getEntries().find((e) => (e as PerformanceMark).detail?.count === expected);
          if (mark) {
            paintedAt = performance.now();
            observer.disconnect();
            resolve();
          }
        }).observe({ type: 'mark' });
      });
      const start = performance.now();
      row.click();
      while (!document.querySelector('.page[data-page-number="1"][data-loaded] canvas')) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const firstPage = performance.now() - start;
      await painted;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { firstPage, annotations: Math.max(firstPage, paintedAt - start) };
    }, annotations);
    // Scrolling down the first pages as a reader would, 40 px a frame for 600 frames.
    const frames = await page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.pdf-scroll')!;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 600; i++) {
        scroller.scrollTop += 40;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    // Every page drawn once: the page box takes the reader to each in turn.
    const box = page.getByTestId('pdf-page');
    for (let n = 2; n <= pages; n += 1) {
      await box.fill(String(n));
      await box.press('Enter');
      await page.locator(`.page[data-page-number="${n}"][data-loaded]`).waitFor();
    }
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      pages, annotations, firstPageMs: opened.firstPage, annotationsPaintedMs: opened.annotations,
      scrollP95FrameMs: sorted[Math.floor(sorted.length * 0.95)]!, frames: frames.length, rendererMemoryMb: rendererMemoryMb(profile),
    };
  } finally {
    await context.close();
    await host.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = chromiumPath();
  if (!browser) {
    console.log('pdf view bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'apostille-pdf-view-'));
    try {
      console.log(JSON.stringify(await measurePdfView(dir, browser, Number(process.env.BENCH_PDF_PAGES ?? 500)), null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
