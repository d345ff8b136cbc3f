import { join } from 'node:path';
import { cli, expect, serve, SCREENSHOTS, test } from '../fixtures.ts';

test('shows the sample library on first run, in the system language (English)', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await expect(page.getByTestId('library-row')).toHaveCount(4);
  await expect(page.getByTestId('library-count')).toHaveText('4 articles');
  await expect(page.getByTestId('import-button')).toHaveText('Import…');
  await expect(page.getByTestId('reader-empty')).toContainText('No article open');
  await page.screenshot({ path: join(SCREENSHOTS, 'library-en.png') });
});

test('follows a French system language', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await expect(page.getByTestId('import-button')).toHaveText('Importer…');
  await expect(page.getByTestId('library-count')).toHaveText('4 articles');
  await expect(page.getByTestId('reader-empty')).toContainText('Aucun article ouvert');
});

test('switches the interface between English and French and remembers the choice', async ({ openApp }) => {
  const page = await openApp('en-GB');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings.set') && r.ok());
  await page.getByTestId('language-select').selectOption('fr');
  await saved;
  await expect(page.getByTestId('import-button')).toHaveText('Importer…');
  await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', 'Rechercher dans la bibliothèque');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByTestId('library-row').first().click();
  await expect(page.getByTestId('article-meta')).toContainText(/mots/);
  await page.screenshot({ path: join(SCREENSHOTS, 'library-fr.png') });
  await page.reload();
  await expect(page.getByTestId('import-button')).toHaveText('Importer…');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('import-button')).toHaveText('Import…');
});

test('an empty library offers the sample articles', async ({ browser }) => {
  const served = await serve();
  try {
    cli(served.library, 'list'); // the library exists; remove what the first run loaded
    for (const line of cli(served.library, 'list').trim().split('\n')) cli(served.library, 'remove', line.split(' ')[0]!);
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(served.url);
    await expect(page.getByTestId('library-empty')).toContainText('Votre bibliothèque est vide');
    await page.screenshot({ path: join(SCREENSHOTS, 'empty-fr.png') });
    await page.getByTestId('load-samples').click();
    await expect(page.getByTestId('import-report')).toContainText('4 articles importés');
    await page.getByTestId('import-report').getByRole('button', { name: 'Fermer' }).click();
    await expect(page.getByTestId('library-row')).toHaveCount(4);
    await page.close();
  } finally {
    await served.stop();
  }
});

test('sorts and filters the library', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.getByTestId('filters-toggle').click();
  await page.getByTestId('filter-language').selectOption('en');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await expect(page.getByTestId('library-row')).toContainText('Harbor Wind');
  await page.getByTestId('filter-language').selectOption('');
  await page.getByTestId('filter-source').selectOption('lesechos.fr');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await page.getByTestId('filter-source').selectOption('');
  await page.getByLabel('Sort by').selectOption('title');
  await page.getByRole('button', { name: 'Descending' }).click();
  await expect(page.getByTestId('library-row').first()).toContainText('Batteries');
});
