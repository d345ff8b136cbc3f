import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOK, makeEpub } from '../../support/test-epub.ts';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

// An EPUB zipped at test time from XHTML written for it, imported through the page.
test('an EPUB book comes in as an article: its chapters read, a passage highlighted with a note, its script never run', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-epub-'));
  writeFileSync(join(dir, 'rivieres.epub'), makeEpub({ filler: 40 }));
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles([join(dir, 'rivieres.epub')]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('1 article importé');
  await report.getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  // A book opens in its own layout; its text, as an article, is a click away.
  await expect(pane.getByTestId('book-show-book')).toHaveAttribute('aria-pressed', 'true');
  await pane.getByTestId('book-show-text').click();
  await expect(pane.getByTestId('article-meta')).toContainText('Anne Le Gall, Yves Morvan');
  await expect(pane.getByTestId('article').locator('h1, h2').filter({ hasText: BOOK.chapterOne })).toHaveCount(1);
  await dragSelect(page, pane, 'prend sa source dans les monts d’Arrée');
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('Source : vérifier l’altitude.');
  await pane.getByTestId('save-note').click();
  await expect(pane.getByTestId('card-note')).toHaveText('Source : vérifier l’altitude.');
  await expect.poll(() => painted(pane, 'hl-yellow')).toEqual(['prend sa source dans les monts d’Arrée']);
  expect(await page.title()).not.toBe('pwned');
  await page.mouse.click(5, 850);
  await page.screenshot({ path: join(SCREENSHOTS, 'epub-with-note-fr.png') });
  // The book's contents (its chapters' headings): the one the reader is under marked; choosing another goes there.
  const contents = pane.getByTestId('contents-button');
  await contents.click();
  const menu = page.getByTestId('contents-menu');
  await expect(menu.getByRole('button')).toHaveText([BOOK.chapterOne, 'Chapitre deux : le Blavet']);
  await expect(menu.getByRole('button', { name: BOOK.chapterOne })).toHaveAttribute('aria-current', 'location');
  await expect(menu.getByRole('button', { name: BOOK.chapterOne })).toBeFocused();
  await page.screenshot({ path: join(SCREENSHOTS, 'epub-contents-fr.png') });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  const scroller = pane.locator('.pane-scroll');
  const heading = pane.getByTestId('article').locator('h1, h2').filter({ hasText: 'Chapitre deux' });
  await expect.poll(async () => (await heading.boundingBox())!.y - (await scroller.boundingBox())!.y).toBeLessThan(60);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual((await scroller.boundingBox())!.y);
  await contents.click();
  await expect(menu.getByRole('button', { name: 'Chapitre deux : le Blavet' })).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(contents).toBeFocused();
  await pane.getByTestId('pane-details').click();
  await expect(page.getByTestId('details-kind')).toHaveValue('book');
});

/** The words of the book's chapter frame that `quote` is, selected as a reader's drag would leave them. */
async function selectInBook(page: Page, quote: string): Promise<void> {
  const frame = page.frames().find((f) => f.url().startsWith('blob:') && f !== page.mainFrame());
  expect(frame, 'a chapter frame').toBeTruthy();
  await frame!.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the chapter: ${words}`);
  }, quote);
}

test('an EPUB book in its own layout (foliate-js): its contents, pages, a passage highlighted there with a note, its script never run', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-book-'));
  writeFileSync(join(dir, 'rivieres.epub'), makeEpub({ filler: 12 }));
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles([join(dir, 'rivieres.epub')]);
  await page.getByTestId('import-report').getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  const toc = pane.getByTestId('book-toc');
  await expect(toc.locator('option')).toHaveText(['Sommaire', 'Chapitre premier', 'Chapitre deux']);
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith('blob:')).length).toBeGreaterThan(0);
  await toc.selectOption({ label: 'Chapitre deux' });
  await expect.poll(async () => {
    const frames = page.frames().filter((f) => f.url().startsWith('blob:'));
    const texts = await Promise.all(frames.map((f) => f.evaluate(() => document.body.textContent ?? '').catch(() => '')));
    return texts.some((t) => t.includes('Le Blavet traverse Pontivy'));
  }).toBe(true);
  await selectInBook(page, 'Le Blavet traverse Pontivy');
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('Pontivy : sous-préfecture.');
  await pane.getByTestId('save-note').click();
  await expect(pane.getByTestId('card-note')).toHaveText('Pontivy : sous-préfecture.');
  await expect(pane.getByTestId('annotation-card')).toContainText('Le Blavet traverse Pontivy');
  // Painted in the book by foliate-js's overlayer, from the EPUB CFI the core wrote for the passage.
  await expect.poll(() => page.evaluate(() => {
    const view = document.querySelector('foliate-view') as unknown as { renderer: { getContents(): { overlayer?: { element: Element } }[] } } | null;
    return view?.renderer.getContents().reduce((n, c) => n + (c.overlayer?.element.querySelectorAll('rect').length ?? 0), 0) ?? 0;
  })).toBeGreaterThan(0);
  // After the chapter's script (taken out, an inert element left in its place so that CFIs count the same elements):
  // the passage selected is the one highlighted.
  await selectInBook(page, 'Fin du livre.');
  await pane.getByTestId('highlight-green').click();
  await expect(pane.getByTestId('annotation-card').filter({ hasText: 'Fin du livre.' })).toHaveCount(1);
  // The chapter's script never ran, in the book's frame either.
  for (const frame of page.frames()) expect(await frame.title().catch(() => '')).not.toBe('pwned');
  await page.mouse.click(5, 850);
  await page.screenshot({ path: join(SCREENSHOTS, 'epub-book-view-fr.png') });
  await expectAccessible(page, '[data-testid="book-toolbar"]');
  await page.getByTestId('theme-select').selectOption('dark');
  await expect.poll(() => page.frames().find((f) => f.url().startsWith('blob:'))!.evaluate(() => getComputedStyle(document.documentElement).color)).not.toBe('rgb(0, 0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, 'epub-book-view-dark-fr.png') });
  await page.getByTestId('theme-select').selectOption('light');
  // ‹ turns the pages back: from the second chapter into the first.
  const chapterShown = () => page.frames().filter((f) => f.url().startsWith('blob:')).map((f) => f.evaluate(() => document.body.textContent ?? '').catch(() => ''));
  await expect(toc).toHaveValue(/ch2/);
  await expect.poll(async () => {
    await pane.getByTestId('book-prev').click();
    return (await Promise.all(chapterShown())).some((t) => t.includes(BOOK.firstParagraph));
  }, { intervals: [300, 300, 600] }).toBe(true);
  await expect(toc).toHaveValue(/ch1/);
  // Keys pressed in the chapter's frame (as a reader who clicked in the book presses them): → turns the page forward,
  // back into the second chapter; h highlights a selection there, as on an article.
  const pressInBook = (key: string) => page.frames().find((f) => f.url().startsWith('blob:'))!.evaluate((k) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  }, key);
  await expect.poll(async () => {
    // (A frame left behind by the page turn may be going away: the next try finds the new one.)
    await pressInBook('ArrowRight').catch(() => undefined);
    return (await Promise.all(chapterShown())).some((t) => t.includes('Fin du livre.'));
  }, { intervals: [300, 300, 600] }).toBe(true);
  await selectInBook(page, 'avant de rejoindre l’océan');
  await expect(pane.getByTestId('selection-toolbar')).toBeVisible();
  await pressInBook('h');
  await expect(pane.getByTestId('annotation-card').filter({ hasText: 'avant de rejoindre l’océan' })).toHaveCount(1);
  await pane.getByTestId('book-scrolled').click();
  await expect(pane.getByTestId('book-scrolled')).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: join(SCREENSHOTS, 'epub-book-scrolled-fr.png') });
  // The same highlight on the book's text.
  await pane.getByTestId('book-show-text').click();
  await expect.poll(() => painted(pane, 'hl-yellow')).toEqual(['Le Blavet traverse Pontivy', 'avant de rejoindre l’océan']);
  await expect.poll(() => painted(pane, 'hl-green')).toEqual(['Fin du livre.']);
});
