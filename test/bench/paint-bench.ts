// One long article carrying thousands of annotations, in Chromium through the loopback host: the time from clicking it
// in the library to its highlights painted, and from clicking a colour on a new selection to that highlight painted.
// The renderer marks `apostille:highlights-painted` once it has handed its ranges to the CSS highlight registry; the
// figure stops at the next frame after that mark (requestAnimationFrame, then a task: the frame has been painted), so
// it includes waiting for that frame (up to 16.7 ms at 60 Hz). Chromium runs headless with software rendering here.
//
// Alone: `npm run build && node test/bench/paint-bench.ts` (BENCH_PAINT_WORDS, BENCH_PAINT_ANNOTATIONS to vary).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation } from '../../app/annotations/index.ts';
import { importSources, sourceFromBytes } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { serveLibrary } from './host.ts';
import { transaction } from '../../app/store/database.ts';
import { getDocument } from '../../app/store/documents.ts';
import { generateArticle } from './generate-articles.ts';
import { mulberry32 } from './prng.ts';
import { chromiumPath, launchChromium } from '../support/chromium.ts';

const OPEN_RUNS = 7;
const ADD_RUNS = 15;

export interface PaintFigures {
  words: number;
  annotations: number;
  openMedianMs: number;
  openRunsMs: number[];
  addMedianMs: number;
  addMaxMs: number;
  /** From the click to the new range handed to the browser (the work before the frame), median. */
  addRegisteredMs: number;
}

/** A French dispatch of about `words` words: paragraphs of generated agency news under one title and dateline. */
export function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let serial = 0; count < words; serial++) {
    const article = generateArticle(serial);
    if (article.language !== 'fr') continue;
    for (const paragraph of article.text.split('\n\n').slice(1)) {
      const clean = paragraph.replace(/^\[[^\]]+\][^)]*\)\s*/, '').trim();
      paragraphs.push(clean);
      count += clean.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return `La filière industrielle française face à la transition : enquête au long cours\n\n[26/01/2012 11:18:42] PARIS (AFP) ${paragraphs.join('\n\n')}\n`;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measurePaint(dir: string, executablePath: string, words = 20_000, annotations = 5_000): Promise<PaintFigures> {
  const library = openLibrary(dir);
  const text = longArticle(words);
  const report = await importSources(library.db, [sourceFromBytes('enquete-longue.txt', new TextEncoder().encode(text))]);
  const id = report.imported[0]!.id;
  const doc = getDocument(library.db, id);
  const codePoints = [...doc.text].length;
  const rng = mulberry32(5000);
  // Scattered highlights of 2–40 words' length, some overlapping, in the five colours, a third with a note.
  transaction(library.db, () => {
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
    for (let i = 0; i < annotations; i++) {
      const start = rng.int(200, codePoints - 400);
      createAnnotation(library.db, {
        documentId: id, start, end: start + rng.int(10, 250), color: colors[i % 5]!, note: i % 3 === 0 ? `Note ${i} : à vérifier` : null, tags: [],
      });
    }
  });
  library.close();
  const host = await serveLibrary(dir);
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('library-row').first().waitFor();
    const openRunsMs: number[] = [];
    // One untimed open first: Chromium compiles the page's code and fills its caches then, as on any reader's first open.
    for (let run = -1; run < OPEN_RUNS; run++) {
      const ms = await page.evaluate(async (expected) => {
        const painted = new Promise<void>((resolve) => {
          new PerformanceObserver((list, observer) => {
            if (list.getEntries().some((e) => (e as PerformanceMark).detail?.count === expected)) {
              observer.disconnect();
              resolve();
            }
          }).observe({ type: 'mark' });
        });
        const start = performance.now();
        document.querySelector<HTMLElement>('[data-testid=library-row]')!.click();
        await painted;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, annotations);
      if (run >= 0) openRunsMs.push(ms);
      await page.getByTestId('close-pane').click();
      await page.getByTestId('reader-empty').waitFor();
    }
    await page.getByTestId('library-row').first().click();
    await page.getByTestId('notes-toggle').waitFor();

    const addRunsMs: number[] = [];
    const registeredRunsMs: number[] = [];
    for (let run = 0; run < ADD_RUNS; run++) {
      const expected = annotations + run + 1;
      // Select a few words in the paragraph nearest the middle of the pane, as a mouse would, and let the toolbar show.
      await page.evaluate(async (n) => {
        const body = document.querySelector('[data-annotatable]')!;
        const pieces = Array.from(body.querySelectorAll('p'));
        const piece = pieces[10 + n * 3]!;
        piece.scrollIntoView({ block: 'center' });
        // Let the scroll settle (the pane paints the highlights it now shows) before the timed part.
        for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
        const node = Array.from(piece.querySelectorAll('span')).at(-1)!.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, 5);
        range.setEnd(node, 40);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        body.closest('.pane-scroll')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, run);
      await page.getByTestId('highlight-green').waitFor();
      const { ms, registered } = await page.evaluate(async (count) => {
        let registeredAt = 0;
        const painted = new Promise<void>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const mark = list.getEntries().find((e) => (e as PerformanceMark).detail?.count === count);
            if (mark) {
              registeredAt = mark.startTime;
              observer.disconnect();
              resolve();
            }
          }).observe({ type: 'mark' });
        });
        const start = performance.now();
        document.querySelector<HTMLElement>('[data-testid=highlight-green]')!.click();
        await painted;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return { ms: performance.now() - start, registered: registeredAt - start };
      }, expected);
      addRunsMs.push(ms);
      registeredRunsMs.push(registered);
    }
    const wordCount = text.split(/\s+/).filter(Boolean).length;
    return {
      words: wordCount, annotations, openRunsMs, openMedianMs: median(openRunsMs),
      addMedianMs: median(addRunsMs), addMaxMs: Math.max(...addRunsMs), addRegisteredMs: median(registeredRunsMs),
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = chromiumPath();
  if (!browser) {
    console.log('paint bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'apostille-paint-'));
    try {
      const figures = await measurePaint(dir, browser, Number(process.env.BENCH_PAINT_WORDS ?? 20_000), Number(process.env.BENCH_PAINT_ANNOTATIONS ?? 5_000));
      console.log(JSON.stringify(figures, null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
