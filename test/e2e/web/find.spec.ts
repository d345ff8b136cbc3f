import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';

/** How many ranges a named highlight (CSS Custom Highlight API) holds on the page. */
const drawn = (page: Page, name: string) => page.evaluate((n) => (CSS.highlights as unknown as Map<string, Set<Range>>).get(n)?.size ?? 0, name);

test('a search result opens at its matches, marked in the article; find in the article ignores accents and case', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('search-input').fill('lumenis');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.getByTestId('search-input').press('ArrowDown');
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('search-input').press('Enter');

  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('find-input')).toHaveValue('lumenis');
  const count = pane.getByTestId('find-count');
  await expect(count).toHaveText(/^1 sur (\d+)$/);
  const total = Number((await count.textContent())!.split(' sur ')[1]);
  expect(total).toBeGreaterThan(3);
  await expect.poll(() => drawn(page, 'find-current')).toBe(1);
  await expect.poll(() => drawn(page, 'find-match')).toBeGreaterThan(1);
  await pane.getByTestId('find-input').press('Enter');
  await expect(count).toHaveText(`2 sur ${total}`);
  await pane.getByTestId('find-input').press('Shift+Enter');
  await pane.getByTestId('find-input').press('Shift+Enter');
  await expect(count).toHaveText(`${total} sur ${total}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'find-in-article-fr.png') });
  await expectAccessible(page, '[data-testid="reader-pane"]');

  // Accents and case do not matter; a word that is not there says so.
  await pane.getByTestId('find-input').fill('LUMÉNIS');
  await expect(count).toHaveText(`1 sur ${total}`);
  await pane.getByTestId('find-input').fill('introuvablemot');
  await expect(count).toHaveText('Aucun résultat');
  await pane.getByTestId('find-input').press('Escape');
  await expect(pane.getByTestId('find-bar')).toHaveCount(0);
  await expect.poll(() => drawn(page, 'find-match')).toBe(0);

  // Ctrl+F opens it again in the active pane.
  await pane.locator('.pane-scroll').focus();
  await page.keyboard.press('Control+f');
  await expect(pane.getByTestId('find-input')).toBeFocused();
});

test('without a mouse: library, search, a result, a highlight with a note, the export', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('Voltaïa usine');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('find-input')).toBeFocused();
  await expect(pane.getByTestId('find-count')).toHaveText(/^1 of \d+$/);

  // The current match selected (Alt+Enter), its toolbar focused: Note highlights it and opens the note editor.
  await page.keyboard.press('Alt+Enter');
  await expect(pane.getByTestId('selection-toolbar')).toBeVisible();
  await expect(pane.getByTestId('selection-toolbar').locator('button').first()).toBeFocused();
  let guard = 0;
  while (!(await pane.getByTestId('add-note').evaluate((b) => b === document.activeElement)) && guard++ < 12) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const editor = pane.getByTestId('note-input');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Checked by keyboard');
  await page.keyboard.press('Control+Enter');
  await expect(pane.getByTestId('annotation-card').first()).toContainText('Checked by keyboard');

  // The export dialog from the keyboard: its Export button reached with Tab, focus back where it was after.
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, '[data-testid="export-dialog"]');
  guard = 0;
  while (!(await dialog.getByTestId('export-now').evaluate((b) => b === document.activeElement)) && guard++ < 30) await page.keyboard.press('Tab');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the dividers move from the keyboard, and a dialog keeps the focus inside it', async ({ openApp }) => {
  const page = await openApp('en-GB');
  const splitter = page.getByTestId('library-splitter');
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 40));

  await page.keyboard.press('?');
  const shortcuts = page.getByTestId('shortcuts');
  await expect(shortcuts).toBeVisible();
  // The app behind is inert: Tab never leaves the dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('[data-testid="shortcuts"]')!.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
  }
  expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
  expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(false);
});
