import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';

/** Selects `passage` in a pane's article with a real mouse drag, from its first character to its last. */
async function dragSelect(page: Page, pane: Locator, passage: string): Promise<void> {
  const body = pane.locator('[data-annotatable]');
  const box = await body.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`not in the article: ${wanted}`);
    const locate = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length) return { node, offset: rest };
        rest -= node.data.length;
      }
      throw new Error('past the end');
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    locate(at).node.parentElement!.scrollIntoView({ block: 'center' });
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, passage);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

test('highlights by mouse selection, with notes, recolouring, overlaps and deletion, in two panes', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.setViewportSize({ width: 1600, height: 900 });
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: 'Lumenis' }).click();
  await rows.filter({ hasText: 'Voltaïa' }).click({ modifiers: ['Shift'] });
  const [left, right] = [page.getByTestId('reader-pane').nth(0), page.getByTestId('reader-pane').nth(1)];

  await dragSelect(page, left, 'Ardentis Capital a annoncé mardi');
  await expect(left.getByTestId('selection-toolbar')).toBeVisible();
  await left.getByTestId('highlight-green').click();
  await expect(left.locator('mark.hl-green')).toHaveText('Ardentis Capital a annoncé mardi');

  // An overlapping highlight in another colour, with a note.
  await dragSelect(page, left, 'annoncé mardi être entré en négociations');
  await left.getByTestId('add-note').click();
  await left.getByTestId('note-input').fill('Négociations exclusives : voir Quentin Ferrand');
  await left.getByTestId('save-note').click();
  await expect(left.getByTestId('card-note')).toHaveText('Négociations exclusives : voir Quentin Ferrand');
  await expect(left.locator('mark.hl-overlap')).toHaveText('annoncé mardi');
  await expect(left.getByTestId('annotation-card')).toHaveCount(2);

  // The second pane: a highlight by keyboard shortcut, then recoloured from the sidebar (unfolded if the pane is narrow).
  const toggle = right.getByTestId('notes-toggle');
  if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
  await dragSelect(page, right, '1,4 milliard d’euros');
  await page.keyboard.press('h');
  await expect(right.locator('mark.hl-yellow')).toHaveText('1,4 milliard d’euros');
  await right.getByTestId('annotation-card').getByRole('button', { name: 'Bleu' }).click();
  await expect(right.locator('mark.hl-blue')).toHaveText('1,4 milliard d’euros');
  await dragSelect(page, right, 'Sophie Brunel');
  await right.getByTestId('highlight-pink').click();
  await dragSelect(page, right, 'Ardentis Capital');
  await right.getByTestId('highlight-purple').click();
  await page.mouse.click(5, 850);
  await page.screenshot({ path: join(SCREENSHOTS, 'annotations-side-by-side-fr.png') });

  // Copy still works over highlights: the selected text is the article's text.
  await dragSelect(page, left, 'Capital a annoncé mardi être');
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('Capital a annoncé mardi être');
  await page.keyboard.press('Escape');

  // Annotations persist: a reload shows them again; deleting one removes its highlight.
  await page.reload();
  const again = page.getByTestId('reader-pane').nth(0);
  await expect(again.getByTestId('notes-toggle')).toHaveText('2 notes');
  if ((await again.getByTestId('notes-toggle').getAttribute('aria-pressed')) === 'false') await again.getByTestId('notes-toggle').click();
  await expect(again.getByTestId('annotation-card')).toHaveCount(2);
  await again.getByTestId('annotation-card').first().getByTestId('delete-annotation').click();
  await expect(again.getByTestId('annotation-card')).toHaveCount(1);
  await expect(again.locator('mark.hl-green')).toHaveCount(0);

  // The library counts each article's notes, and search finds words that are only in a note.
  await expect(page.getByTestId('library-row').filter({ hasText: 'Lumenis' })).toContainText('1 note');
  await expect(page.getByTestId('library-row').filter({ hasText: 'Voltaïa' })).toContainText('3 notes');
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
  const mark = pane.locator('mark[data-annotation]');
  await expect(mark).toHaveText('Saint-Fons');

  await page.keyboard.press('Control+z');
  await expect(mark).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(mark).toHaveText('Saint-Fons');
  await expect(mark).toHaveClass(/hl-green/);

  await pane.getByTestId('annotation-card').getByRole('button', { name: 'Purple' }).click();
  await expect(mark).toHaveClass(/hl-purple/);
  await page.keyboard.press('Control+z');
  await expect(mark).toHaveClass(/hl-green/);

  await pane.getByTestId('annotation-card').getByTestId('delete-annotation').click();
  await expect(mark).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(mark).toHaveText('Saint-Fons');
  await page.keyboard.press('Control+y');
  await expect(mark).toHaveCount(0);
});
