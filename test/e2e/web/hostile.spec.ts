import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Page } from '@playwright/test';
import { expect, ROOT, SCREENSHOTS, test } from '../fixtures.ts';

// Hostile pages (test/fixtures/hostile/README.md): every script in them would set top.__pwned, retitle the page or
// open a dialog; every address they load from is under pwned.invalid or 198.51.100.7.
const CORPUS = join(ROOT, 'test', 'fixtures', 'hostile');
const FILES = readdirSync(CORPUS).filter((f) => /^\d\d-/.test(f)).sort();
const BIRD = Object.fromEntries(FILES.map((f) => [f, /Hostile \d\d — (\w+)/.exec(readFileSync(join(CORPUS, f), 'utf8'))![1]!]));
const DOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4YaMBAAL8AS3/gzpXAAAAAElFTkSuQmCC';

/**
 * Watches a page for what a hostile article could make it do: every request is recorded and any that is not for the
 * app's own origin is refused (so a failure never reaches the network); dialogs are recorded and dismissed.
 */
async function guard(page: Page, origin: string) {
  expect(new URL(origin).hostname).toBe('127.0.0.1');
  const requests: string[] = [];
  const refused: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const title = await page.title();
  return {
    /** Fails if anything left 127.0.0.1, a script ran, or the article's DOM holds anything that could. */
    async check(where: string) {
      const offsite = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect(offsite, `requests beyond ${origin} (${where})`).toEqual([]);
      expect(refused, `refused requests (${where})`).toEqual([]);
      expect(dialogs, `dialogs (${where})`).toEqual([]);
      const state = await page.evaluate(() => ({ pwned: String((window as { __pwned?: unknown }).__pwned ?? ''), title: document.title }));
      expect(state, `a script ran, or a name shadows a global (${where})`).toEqual({ pwned: '', title });
      expect(await articleDangers(page), `article DOM (${where})`).toEqual([]);
    },
  };
}

/** What the displayed article bodies hold that could run, load or clobber, read from Chromium's own DOM. */
function articleDangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const bad = /^(?:script|style|iframe|frame|object|embed|svg|math|template|noscript|link|meta|base|form|input|button|select|textarea|video|audio|source|picture|portal)$/;
    for (const el of Array.from(document.querySelectorAll('.article-body *'))) {
      if (bad.test(el.localName)) found.push(`<${el.localName}>`);
      for (const { name, value } of Array.from(el.attributes)) {
        if (/^on/i.test(name) || ['id', 'name', 'style', 'srcset', 'ping', 'background', 'poster', 'srcdoc'].includes(name)) found.push(`${el.localName}[${name}]`);
        if (name === 'src' && !/^data:image\/(?:png|jpe?g|gif|webp);base64,/i.test(value)) found.push(`${el.localName}[src=${value.slice(0, 50)}]`);
        if (name === 'href' && !/^(?:https?:|mailto:)/i.test(value)) found.push(`${el.localName}[href=${value.slice(0, 50)}]`);
      }
    }
    // Nothing named after the bridge, a document property or the test's own marker.
    for (const name of ['apostille', '__pwned', 'location', 'getElementById', 'cookie', 'x']) {
      if (document.getElementsByName(name).length > 0 || document.getElementById(name)) found.push(`named ${name}`);
    }
    if ((window as { apostille?: unknown }).apostille !== undefined) found.push('window.apostille is defined');
    return found;
  });
}

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files.map((f) => join(CORPUS, f)));
  const report = page.getByTestId('import-report');
  await expect(report).toContainText(files.length === 1 ? '1 article imported' : `${files.length} articles imported`);
  await expect(report.getByTestId('import-failure')).toHaveCount(0);
  await report.getByRole('button', { name: 'Close' }).click();
}

/** Opens an article through search (the library list only draws the rows in view) and waits for its text. */
async function open(page: Page, bird: string): Promise<void> {
  await page.getByTestId('search-input').fill(bird);
  const hit = page.getByTestId('search-hit').filter({ hasText: `— ${bird}` });
  await expect(hit).toHaveCount(1);
  await hit.click();
  await expect(page.getByTestId('reader-pane').last()).toContainText(`${bird} `);
}

test('an imported page that names an element “apostille” neither breaks the app nor survives as a name', async ({ app, openApp }) => {
  const page = await openApp('en-GB');
  const watch = await guard(page, app.origin);
  await importFiles(page, ['12-clobbering.html']);
  await open(page, 'Lapwing');
  await expect(page.locator('.article-body img')).toHaveCount(5);
  await watch.check('clobbering article open');
  await page.reload();
  await expect(page.getByTestId('library-list')).toBeVisible();
  await open(page, 'Lapwing');
  await watch.check('after reload');
  await page.getByTestId('search-input').fill('');
  await expect(page.getByTestId('library-row').first()).toBeVisible();
});

test('hostile pages import through the UI and open without running script, leaving 127.0.0.1 or breaking the app', async ({ app, openApp }) => {
  test.setTimeout(180_000);
  const page = await openApp('en-GB');
  const watch = await guard(page, app.origin);
  await importFiles(page, FILES);
  await watch.check('after import');
  for (const file of FILES) {
    await open(page, BIRD[file]!);
    // Give timers, autofocus, animations, refreshes and image loads their chance.
    await page.mouse.move(700, 400);
    await page.locator('.article-body').last().hover();
    await page.waitForTimeout(150);
    await watch.check(file);
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'hostile-last.png') });
  // Still usable after a reload: the list, search and another article.
  await page.reload();
  await expect(page.getByTestId('library-list')).toBeVisible();
  await expect(page.getByTestId('library-count')).toHaveText(`${FILES.length + 4} articles`);
  await page.getByTestId('search-input').fill('cormorant roost');
  await expect(page.getByTestId('search-hit').first()).toContainText('Cormorant');
  await open(page, BIRD[FILES[0]!]!);
  await watch.check('after reload');
});

test('stored markup is sanitised again at display: raw hostile HTML written into the library runs and loads nothing', async ({ app, openApp }) => {
  const page = await openApp('en-GB');
  const watch = await guard(page, app.origin);
  await importFiles(page, ['17-attribute-tricks.html']);
  // What an archive or an older version could have stored: markup that never went through the import's sanitiser.
  const raw = `<p><img src="https://pwned.invalid/raw/pixel.gif"><img src="http://198.51.100.7/raw/pixel.gif" onerror="top.__pwned='raw'">`
    + `<img name="apostille" src="${DOT}"><a id="location" href="javascript:top.__pwned='raw link'"></a>`
    + `<svg onload="top.__pwned='raw svg'"><image href="https://pwned.invalid/raw/svg.png"></image></svg>`
    + `<iframe src="https://pwned.invalid/raw/frame"></iframe><video poster="https://pwned.invalid/raw/poster.jpg"></video></p>`;
  const db = new DatabaseSync(join(app.library, 'library.sqlite'));
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    const changed = db.prepare("UPDATE documents SET html = html || ? WHERE title LIKE '%Quail%'").run(raw);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
  await open(page, 'Quail');
  await page.waitForTimeout(300);
  await watch.check('raw stored markup');
});
