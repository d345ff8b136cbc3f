import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { dragSelect } from './annotation-helpers.ts';

test('printing prints the active article with its highlights and notes, not the app around it', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: 'Voltaïa' }).click();
  await rows.filter({ hasText: 'Lumenis' }).click({ modifiers: ['Alt'] });
  const panes = page.getByTestId('reader-pane');
  await expect(panes).toHaveCount(2);
  // The first pane is the active one, with a highlight and its note.
  await panes.nth(0).locator('.pane-scroll').click({ position: { x: 5, y: 5 } });
  await dragSelect(page, panes.nth(0), 'Saint-Fons');
  await panes.nth(0).getByTestId('add-note').click();
  await panes.nth(0).getByTestId('note-input').fill('Site à vérifier');
  await panes.nth(0).getByTestId('note-input').press('Control+Enter');
  await expect(panes.nth(0).getByTestId('annotation-card')).toContainText('Site à vérifier');
  await expect(page.getByTestId('print-button')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.library-slot')).toBeHidden();
  await expect(panes.nth(1)).toBeHidden();
  await expect(panes.nth(0).locator('.article-body')).toBeVisible();
  await expect(panes.nth(0).getByTestId('annotation-card')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'print-preview-fr.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.top-bar')).toBeVisible();
});
