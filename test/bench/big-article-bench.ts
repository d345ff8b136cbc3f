/**
 * A very long article in the page: a 5 MB plain-text article (some 800,000 words) opened from the library, until its
 * first screen is painted; and, meanwhile, a short article opened beside it, until painted. Timed inside the page,
 * from the click to the second frame after the first paragraph is on the page. Median of RUNS.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sourceFromBytes } from '../../app/import/import-batch.ts';
import { importSources } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { generateArticle } from './generate-articles.ts';
import { serveLibrary } from './host.ts';
import { launchChromium } from '../support/chromium.ts';

export const TARGET_FIRST_SCREEN_MS = 1000;
export const TARGET_OTHER_MS = 300;
const RUNS = 5;
const BIG_TITLE = 'Chronique complète des marchés, 2011–2014';

export interface BigArticleFigures {
  bytes: number;
  words: number;
  firstScreenRunsMs: number[];
  firstScreenMs: number;
  otherRunsMs: number[];
  otherMs: number;
}

/** Some 5 MB of agency news run together as one article: a title, a dateline, then paragraph after paragraph. */
function bigArticle(bytes = 5_000_000): string {
  const parts = [`${BIG_TITLE}\n\n[26/01/2012 11:18:42] PARIS (AFP) - Dossier.`];
  let size = 0;
  for (let serial = 0; size < bytes; serial++) {
    const body = generateArticle(serial).text.split('\n').slice(2).join('\n');
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('\n\n');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Clicks a library row (by its title) in the page and times until a pane's first paragraph is painted. */
function openAndTime(page: Page, title: string, beside: boolean, pane: number): Promise<number> {
  return page.evaluate(async ({ title, beside, pane }) => {
    const row = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="library-row"]')).find((r) => r.textContent?.includes(title))!;
    const started = performance.now();
    row.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: beside }));
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelectorAll('[data-testid="reader-pane"]')[pane]?.querySelector('.article-body p') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, { title, beside, pane });
}

export async function measureBigArticle(dir: string, executablePath: string): Promise<BigArticleFigures> {
  const text = bigArticle();
  const file = join(dir, 'chronique.txt');
  writeFileSync(file, text);
  const library = openLibrary(dir);
  const small = generateArticle(999_999);
  await importSources(library.db, [sourceFromBytes('chronique.txt', Buffer.from(text)), sourceFromBytes(small.name, Buffer.from(small.text))]);
  const smallTitle = small.text.split('\n')[0]!;
  library.close();
  const host = await serveLibrary(dir);
  const browser = await launchChromium(executablePath);
  const firstScreenRunsMs: number[] = [];
  const otherRunsMs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Each run starts from no open article (the layout is kept by the host between pages).
      await fetch(`${host.origin}/api/settings.set`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-apostille-token': host.token }, body: JSON.stringify({ layout: { panes: [], sizes: [] } }) });
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.goto(host.url);
      await page.getByTestId('library-row').nth(1).waitFor();
      await page.waitForTimeout(2500);
      firstScreenRunsMs.push(await openAndTime(page, BIG_TITLE, false, 0));
      otherRunsMs.push(await openAndTime(page, smallTitle, true, 1));
      await page.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return {
    bytes: Buffer.byteLength(text), words: text.split(/\s+/).length,
    firstScreenRunsMs, firstScreenMs: median(firstScreenRunsMs), otherRunsMs, otherMs: median(otherRunsMs),
  };
}
