// How the virtualised library list behaves over a 100,000-article library in Chromium, through the loopback host:
// time to the first rows, frame times while scrolling continuously, time to fill the rows after a jump to the middle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { openLibrary } from '../../app/library/index.ts';
import { RENDERER_DIR, serveLibrary } from './host.ts';

export interface ListScrollFigures {
  articles: number;
  firstRowsMs: number;
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  jumpFillMs: number;
  maxRowsInPage: number;
}

export async function measureListScroll(libraryDir: string, executablePath: string): Promise<ListScrollFigures> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('the renderer is not built: run npm run build first');
  const library = openLibrary(libraryDir);
  library.close();
  const host = await serveLibrary(libraryDir);
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('library-row').first().waitFor();
    const firstRowsMs = await page.evaluate(() => performance.now());
    const articles = Number((await page.getByTestId('library-count').textContent())?.replace(/\D/g, ''));
    const scroll = await page.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('[data-testid=library-list]')!;
      const rowsInPage = () => list.querySelectorAll('.library-row').length;
      const frames: number[] = [];
      let maxRows = rowsInPage();
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < 300; i++) {
        list.scrollTop += 1500; // about 22 rows a frame: a fast fling
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        frames.push(now - last);
        last = now;
        maxRows = Math.max(maxRows, rowsInPage());
      }
      // Filled: rows drawn around the new position (not the old ones still in the page), none waiting for its data.
      const filled = () => {
        const offsets = Array.from(list.querySelectorAll<HTMLElement>('.library-row')).map((r) => Number(/translateY\(([-\d.e+]+)px\)/.exec(r.style.transform)?.[1]));
        return !list.querySelector('.row-placeholder') && offsets.some((y) => Math.abs(y - list.scrollTop) < list.clientHeight);
      };
      const jumpStart = performance.now();
      list.scrollTop = list.scrollHeight / 2;
      do await new Promise((resolve) => requestAnimationFrame(resolve));
      while (!filled());
      return { frames, maxRows, jumpFillMs: performance.now() - jumpStart };
    });
    const sorted = [...scroll.frames].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return { articles, firstRowsMs, frames: sorted.length, p50FrameMs: pick(0.5), p95FrameMs: pick(0.95), jumpFillMs: scroll.jumpFillMs, maxRowsInPage: scroll.maxRows };
  } finally {
    await browser.close();
    await host.close();
  }
}
