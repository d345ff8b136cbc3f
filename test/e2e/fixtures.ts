import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'app', 'cli', 'main.ts');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export interface Served {
  url: string;
  origin: string;
  library: string;
  /** Stops the server and resolves once it has exited (its library closed, its files released). */
  stop(): Promise<void>;
}

/**
 * Starts `apostille serve` on a fresh library folder (or a given one) and returns its address. The library is this
 * "machine's" first (APOSTILLE_LIBRARY), and the list of libraries and new ones go to a home of its own beside it.
 */
export async function serve(library = mkdtempSync(join(tmpdir(), 'apostille-e2e-'))): Promise<Served> {
  const env = { ...process.env, APOSTILLE_LIBRARY: library, APOSTILLE_HOME: `${library}-home` };
  const child: ChildProcess = spawn(process.execPath, [CLI, '--library', library, 'serve', '--json'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const info = JSON.parse(line) as { url: string; origin: string };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { ...info, library, stop: () => (child.kill('SIGTERM'), exited) };
}

/** The CLI, on the same library, for preparing state a test starts from. */
export function cli(library: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, '--library', library, ...args], { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 4) throw new Error(result.stderr);
  return result.stdout;
}

export const test = base.extend<{ app: Served; openApp: (locale?: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  app: async ({}, use) => {
    const served = await serve();
    await use(served);
    await served.stop();
    rmSync(served.library, { recursive: true, force: true });
    rmSync(`${served.library}-home`, { recursive: true, force: true });
  },
  openApp: async ({ app, browser }, use) => {
    const pages: Page[] = [];
    // Any error the page does not handle (an exception, a promise nobody caught) fails the test.
    const errors: string[] = [];
    await use(async (locale = 'en-GB') => {
      const context = await browser.newContext({ locale, viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(app.url);
      await page.getByTestId('library-list').or(page.getByTestId('library-empty')).waitFor();
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
    expect(errors, 'errors on the page').toEqual([]);
  },
});

export { expect } from '@playwright/test';
