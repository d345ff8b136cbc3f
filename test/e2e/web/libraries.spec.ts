import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';

// This machine's libraries: a new one for a subject, switched to and back, taken off the list. (Team libraries, made
// by joining, are in team.spec.ts.)

test('a new library starts empty, the first one is as it was on the way back, and one taken off the list keeps its folder', async ({ openApp, app }) => {
  const page = await openApp('fr-FR');
  const rows = page.getByTestId('library-row');
  const samples = await rows.count();
  expect(samples).toBeGreaterThan(0);
  await rows.first().click();
  await expect(page.getByTestId('reader-pane')).toHaveCount(1);

  // From the keyboard: the switcher is in the top bar, its dialog opens with focus inside.
  await page.getByTestId('library-switch').focus();
  await expect(page.getByTestId('library-switch')).toHaveAccessibleName('Bibliothèque : Ma bibliothèque — changer de bibliothèque');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('libraries-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('library-choice')).toHaveCount(1);
  await expect(page.getByTestId('library-choice')).toContainText('Privée');
  await page.getByTestId('library-new-name').fill('Revue de presse — énergie');
  await page.getByTestId('library-new-name').press('Enter');

  // The page starts again in the new library: empty, no pane left from the other one.
  await expect(page.getByTestId('library-switch')).toContainText('Revue de presse — énergie', { timeout: 15_000 });
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await expect(page.getByTestId('reader-pane')).toHaveCount(0);
  expect(existsSync(join(`${app.library}-home`, 'revue-de-presse-energie', 'library.sqlite'))).toBe(true);

  // A name taken is said plainly; nothing is made.
  await page.getByTestId('library-switch').click();
  await page.getByTestId('library-new-name').fill('revue de presse — ÉNERGIE');
  await page.getByTestId('library-create').click();
  await expect(page.getByTestId('libraries-error')).toHaveText('Une bibliothèque de cet ordinateur s’appelle déjà « revue de presse — ÉNERGIE ».');
  await expect(page.getByTestId('library-choice')).toHaveCount(2);
  await page.screenshot({ path: join(SCREENSHOTS, 'libraries-fr.png') });
  await expectAccessible(page, '[data-testid="libraries-dialog"]');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(SCREENSHOTS, 'libraries-fr-1920.png') });

  // Back to the first library: its articles are all there.
  await page.getByTestId('library-choice').filter({ hasText: 'Ma bibliothèque' }).getByTestId('library-open').click();
  await expect(page.getByTestId('library-switch')).toContainText('Ma bibliothèque', { timeout: 15_000 });
  await expect(rows).toHaveCount(samples);

  // Taken off the list: gone from the switcher, its folder still on disk.
  await page.getByTestId('library-switch').click();
  await page.getByRole('button', { name: 'Retirer Revue de presse — énergie de la liste' }).click();
  await expect(page.getByTestId('library-choice')).toHaveCount(1);
  expect(existsSync(join(`${app.library}-home`, 'revue-de-presse-energie', 'library.sqlite'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // From the keyboard again: Escape closes the dialog and gives focus back to the switcher.
  await page.getByTestId('library-switch').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('library-switch')).toBeFocused();
});

test('another page of the same host follows a switch', async ({ openApp }) => {
  const first = await openApp('en-GB');
  const second = await openApp('en-GB');
  await first.getByTestId('library-switch').click();
  await first.getByTestId('library-new-name').fill('Elections 2027');
  await first.getByTestId('library-create').click();
  await expect(first.getByTestId('library-switch')).toContainText('Elections 2027', { timeout: 15_000 });
  // The other page was told, and started again on the library now open.
  await expect(second.getByTestId('library-switch')).toContainText('Elections 2027', { timeout: 15_000 });
  await expect(second.getByTestId('library-empty')).toBeVisible();
});
