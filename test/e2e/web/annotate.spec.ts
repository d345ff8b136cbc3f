import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

test('highlights by mouse selection, with notes, recolouring, overlaps and deletion, in two panes', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.setViewportSize({ width: 1600, height: 900 });
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: 'Lumenis' }).click();
  await rows.filter({ hasText: 'Voltaïa' }).click({ modifiers: ['Alt'] });
  const [left, right] = [page.getByTestId('reader-pane').nth(0), page.getByTestId('reader-pane').nth(1)];

  await dragSelect(page, left, 'Ardentis Capital a annoncé mardi');
  await expect(left.getByTestId('selection-toolbar')).toBeVisible();
  await left.getByTestId('highlight-green').click();
  await expect.poll(() => painted(left, 'hl-green')).toEqual(['Ardentis Capital a annoncé mardi']);

  // An overlapping highlight in another colour, with a note.
  await dragSelect(page, left, 'annoncé mardi être entré en négociations');
  await left.getByTestId('add-note').click();
  await left.getByTestId('note-input').fill('Négociations exclusives : voir Quentin Ferrand');
  await left.getByTestId('save-note').click();
  await expect(left.getByTestId('card-note')).toHaveText('Négociations exclusives : voir Quentin Ferrand');
  await expect.poll(() => painted(left, 'hl-overlap')).toEqual(['annoncé mardi']);
  await expect(left.getByTestId('annotation-card')).toHaveCount(2);

  // The second pane: a highlight by keyboard shortcut, then recoloured from the sidebar (unfolded if the pane is
  // narrow, where it lies over the text: folded again to go on selecting).
  await dragSelect(page, right, '1,4 milliard d’euros');
  await page.keyboard.press('h');
  await expect.poll(() => painted(right, 'hl-yellow')).toEqual(['1,4 milliard d’euros']);
  const toggle = right.getByTestId('notes-toggle');
  const folded = (await toggle.getAttribute('aria-pressed')) === 'false';
  if (folded) await toggle.click();
  await right.getByTestId('annotation-card').getByRole('button', { name: 'Bleu' }).click();
  await expect.poll(() => painted(right, 'hl-blue')).toEqual(['1,4 milliard d’euros']);
  await expect.poll(() => painted(right, 'hl-yellow')).toEqual([]);
  if (folded) await toggle.click();
  await dragSelect(page, right, 'Sophie Brunel');
  await right.getByTestId('highlight-pink').click();
  await dragSelect(page, right, 'Ardentis Capital');
  await right.getByTestId('highlight-purple').click();
  await page.mouse.click(5, 850);
  await page.screenshot({ path: join(SCREENSHOTS, 'annotations-side-by-side-fr.png') });

  // Copy still works over highlights: the selected text is the article's text (the left pane's notes, opened over its
  // text by the new note, folded first).
  if ((await left.locator('.notes-overlay').count()) > 0) await left.getByTestId('notes-toggle').click();
  await dragSelect(page, left, 'Capital a annoncé mardi être');
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('Capital a annoncé mardi être');
  await page.keyboard.press('Escape');

  // Annotations persist: a reload shows them again; deleting one removes its highlight.
  await page.reload();
  const again = page.getByTestId('reader-pane').nth(0);
  await expect(again.getByTestId('notes-toggle')).toHaveText('2 surlignages, 1 note');
  if ((await again.getByTestId('notes-toggle').getAttribute('aria-pressed')) === 'false') await again.getByTestId('notes-toggle').click();
  await expect(again.getByTestId('annotation-card')).toHaveCount(2);
  await again.getByTestId('annotation-card').first().getByTestId('delete-annotation').click();
  await expect(again.getByTestId('annotation-card')).toHaveCount(1);
  await expect.poll(() => painted(again, 'hl-green')).toEqual([]);
  await expect.poll(() => painted(again, 'hl-yellow')).toEqual(['annoncé mardi être entré en négociations']);

  // The library counts each article's highlights and, apart, those with a note; search finds words only in a note.
  await expect(page.getByTestId('library-row').filter({ hasText: 'Lumenis' })).toContainText('1 surlignage, 1 note');
  await expect(page.getByTestId('library-row').filter({ hasText: 'Voltaïa' })).toContainText('3 surlignages');
  await expect(page.getByTestId('library-row').filter({ hasText: 'Voltaïa' })).not.toContainText('note');
  await page.getByTestId('search-input').fill('ferrand');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText('Ardentis Capital s’offre Lumenis');
  await expect(page.getByTestId('search-hit').locator('mark')).toHaveText('Ferrand');
});

test('undo and redo creation, recolouring and deletion with the keyboard', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.getByTestId('library-row').filter({ hasText: 'Voltaïa' }).click();
  const pane = page.getByTestId('reader-pane').first();
  await dragSelect(page, pane, 'Saint-Fons');
  await pane.getByTestId('highlight-green').click();
  const green = () => painted(pane, 'hl-green');
  await expect.poll(green).toEqual(['Saint-Fons']);

  await page.keyboard.press('Control+z');
  await expect.poll(green).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(green).toEqual(['Saint-Fons']);

  await pane.getByTestId('annotation-card').getByRole('button', { name: 'Purple' }).click();
  await expect.poll(() => painted(pane, 'hl-purple')).toEqual(['Saint-Fons']);
  await expect.poll(green).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(green).toEqual(['Saint-Fons']);

  await pane.getByTestId('annotation-card').getByTestId('delete-annotation').click();
  await expect.poll(green).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(green).toEqual(['Saint-Fons']);
  await page.keyboard.press('Control+y');
  await expect.poll(green).toEqual([]);
  // Deleting says so, with Undo in the notice.
  await page.keyboard.press('Control+z');
  await expect.poll(green).toEqual(['Saint-Fons']);
  await pane.getByTestId('annotation-card').getByTestId('delete-annotation').click();
  await expect.poll(green).toEqual([]);
  await page.getByTestId('notice').filter({ hasText: 'Highlight deleted.' }).getByTestId('notice-action').click();
  await expect.poll(green).toEqual(['Saint-Fons']);
});
