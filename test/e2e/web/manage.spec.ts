import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';

test('several articles chosen, filed in a new collection, deleted with Undo, then for good from the Trash', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  const rows = page.getByTestId('library-row');
  await expect(rows).toHaveCount(4);
  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(2).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('3 sélectionnés');
  await expect(page.getByTestId('reader-pane')).toHaveCount(0);
  await expectAccessible(page, '.library-panel');

  await page.getByTestId('add-to-collection').selectOption('+');
  await expect(page.getByTestId('name-input')).toBeFocused();
  await page.getByTestId('name-input').fill('Énergie et industrie');
  await page.getByTestId('name-input').press('Enter');
  await expect(page.getByTestId('notice').last()).toContainText('3 articles ajoutés à « Énergie et industrie »');
  await page.getByTestId('filter-collection').selectOption({ label: 'Énergie et industrie (3)' });
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: join(SCREENSHOTS, 'manage-collection-fr.png') });

  // A new filter starts a new choice. Delete, then Undo: all three come back; Ctrl+A and the Delete key do the same
  // from the keyboard.
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);
  const titles = await rows.allTextContents();
  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(1).click({ modifiers: ['Control'] });
  await rows.nth(2).click({ modifiers: ['Control'] });
  await page.getByTestId('trash-selected').click();
  await expect(rows).toHaveCount(0);
  await page.getByTestId('notice-action').last().click();
  await expect(rows).toHaveText(titles);
  await page.getByTestId('library-list').focus();
  await page.keyboard.press('Control+a');
  await expect(page.getByTestId('selection-count')).toHaveText('3 sélectionnés');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('view-empty')).toBeVisible();
  await expect(page.getByTestId('view-trash')).toContainText('3');
  await page.screenshot({ path: join(SCREENSHOTS, 'manage-trash-undo-fr.png') });

  // The Trash: one restored, the rest deleted for good (a job) and gone from every count.
  await page.getByTestId('filter-collection').selectOption('');
  await page.getByTestId('view-trash').click();
  await expect(rows).toHaveCount(3);
  await expectAccessible(page, '.library-panel');
  await rows.nth(0).click({ modifiers: ['Control'] });
  await page.getByTestId('restore-selected').click();
  await expect(rows).toHaveCount(2);
  await page.getByTestId('empty-trash').click();
  await expect(page.getByTestId('view-empty')).toHaveText('La corbeille est vide.');
  await page.getByTestId('view-library').click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('view-library')).toContainText('2');
});

test('an article’s details corrected from its pane: listed, searched and checked before saving', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.getByTestId('library-row').filter({ hasText: 'Lumenis' }).click();
  const pane = page.getByTestId('reader-pane');
  await pane.getByTestId('pane-details').click();
  const dialog = page.getByTestId('details-dialog');
  // Once the details are in, the title is selected: typing replaces it.
  await expect(dialog.getByTestId('details-title')).toBeFocused();
  await page.keyboard.type('Ardentis buys Lumenis');
  await dialog.getByTestId('details-published').fill('yesterday');
  await dialog.getByTestId('details-tags').fill('to check, deals');
  await dialog.getByTestId('dialog-submit').click();
  await expect(dialog.getByTestId('details-problem')).toHaveText('The date is written YYYY-MM-DD (or YYYY-MM, or YYYY).');
  await expectAccessible(page, '[data-testid="details-dialog"]');
  await dialog.getByTestId('details-published').fill('2023-03-14');
  await dialog.getByTestId('details-source').fill('Les Échos');
  await dialog.getByTestId('dialog-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect(pane.locator('.pane-title')).toHaveText('Ardentis buys Lumenis');
  await expect(page.getByTestId('library-row').filter({ hasText: 'Ardentis buys Lumenis' })).toContainText('Les Échos');
  await page.getByTestId('filter-tag').selectOption({ label: 'deals (1)' });
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await page.getByTestId('filter-tag').selectOption('');
  await page.getByTestId('search-input').fill('ardentis buys');
  await expect(page.getByTestId('search-hit').first()).toContainText('Ardentis buys Lumenis');
});

test('sample articles are removed in one go, with Undo; an opened article is no longer unread', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.emulateMedia({ colorScheme: 'dark' });
  const rows = page.getByTestId('library-row');
  await expect(page.getByTestId('samples-banner')).toContainText('4 sample articles are in your library.');
  await expect(rows.locator('.unread-dot')).toHaveCount(4);
  await rows.nth(1).click();
  await expect(rows.locator('.unread-dot')).toHaveCount(3);
  await page.getByTestId('filter-unread').check();
  await expect(rows).toHaveCount(3);
  await page.getByTestId('filter-unread').uncheck();
  await expectAccessible(page, '.library-panel');
  await page.getByTestId('remove-samples').click();
  // Nothing left to read: the welcome again, with the Trash a click away.
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await expect(page.getByTestId('view-trash')).toContainText('4');
  await page.screenshot({ path: join(SCREENSHOTS, 'manage-samples-removed-dark.png') });
  await page.getByTestId('notice-action').last().click();
  await expect(rows).toHaveCount(4);
});
