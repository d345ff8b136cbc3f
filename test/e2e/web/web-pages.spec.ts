import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoutes } from '../../support/web-pages.ts';
import { startWebServer, type WebServer } from '../../support/web-server.ts';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';

test('an address added in the app becomes an article with its metadata and images, readable once the site is gone', async ({ openApp }) => {
  let site: WebServer | null = null;
  site = await startWebServer(siteRoutes(() => site!.origin));
  const page = await openApp('fr-FR');
  await page.setViewportSize({ width: 1024, height: 760 });
  await page.keyboard.press('Control+l');
  const dialog = page.getByTestId('address-dialog');
  await expect(dialog.getByTestId('address-count')).toHaveText('Aucune adresse web pour l’instant.');
  await expect(dialog.getByTestId('dialog-submit')).toBeDisabled();
  // A list pasted as it comes: addresses in prose, one repeated, punctuation around them.
  await dialog.getByTestId('address-field').fill(`À lire : ${site.origin}/eco/lyon-lampadaires, puis ${site.origin}/revue/eclairage.\n${site.origin}/eco/lyon-lampadaires\n${site.origin}/absente`);
  await expect(dialog.getByTestId('address-count')).toHaveText('3 adresses trouvées');
  await dialog.getByTestId('allow-local').check();
  await expectAccessible(page, '[data-testid="address-dialog"]');
  await page.screenshot({ path: join(SCREENSHOTS, 'web-address-dialog-fr-1024.png') });
  await dialog.getByTestId('dialog-submit').click();

  const report = page.getByTestId('import-report');
  await expect(report).toContainText('2 articles importés');
  await expect(report.getByTestId('import-failure')).toContainText(`${site.origin}/absente`);
  await expect(report.getByTestId('import-failure')).toContainText('La page est introuvable');
  await report.getByTestId('import-imported').filter({ hasText: 'Lyon remplace ses lampadaires' }).getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('article-meta')).toContainText('Le Courrier du Rhône · Claire Dubois, Marc-Antoine de La Tour · 13 mars 2025');
  const images = pane.locator('.article-body img');
  await expect(images).toHaveCount(2);
  await expect.poll(() => images.evaluateAll((all) => all.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([640, 1200]);
  await page.screenshot({ path: join(SCREENSHOTS, 'web-article-fr-1024.png') });

  // The site goes away: the article, its images and its metadata come from the library alone.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await site.close();
  await page.reload();
  await page.getByTestId('library-list').waitFor();
  await page.getByTestId('library-row').filter({ hasText: 'Lyon remplace ses lampadaires' }).click();
  await expect(page.getByTestId('reader-pane').locator('.article-body img')).toHaveCount(2);
  await expect.poll(() => page.getByTestId('reader-pane').locator('.article-body img').evaluateAll((all) => all.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([640, 1200]);
  await expect(page.getByTestId('reader-pane')).toContainText('« Nous voulons réduire de moitié la facture');
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin) && !url.startsWith('data:'))).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.screenshot({ path: join(SCREENSHOTS, 'web-article-fr-1920-dark.png') });
});

test('addresses pasted outside any field open the address box with them', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'https://example.org/one https://example.org/two');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  const dialog = page.getByTestId('address-dialog');
  await expect(dialog.getByTestId('address-count')).toHaveText('2 addresses found');
  await expect(dialog.getByTestId('dialog-submit')).toHaveText('Save 2 pages');
  await expect(dialog.getByTestId('allow-local')).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a saved page’s citation: its type and section corrected in the details, exported as RIS and BibTeX, copied with its authors', async ({ openApp }) => {
  let site: WebServer | null = null;
  site = await startWebServer(siteRoutes(() => site!.origin));
  try {
    const page = await openApp('fr-FR');
    await page.keyboard.press('Control+l');
    const dialog = page.getByTestId('address-dialog');
    await dialog.getByTestId('address-field').fill(`${site.origin}/eco/lyon-lampadaires`);
    await dialog.getByTestId('allow-local').check();
    await dialog.getByTestId('dialog-submit').click();
    await page.getByTestId('import-report').getByRole('button', { name: 'Ouvrir' }).click();
    const pane = page.getByTestId('reader-pane');
    await pane.getByTestId('pane-details').click();
    const details = page.getByTestId('details-dialog');
    await expect(details.getByTestId('details-kind')).toHaveValue('article-newspaper');
    await expect(details.getByTestId('details-section')).toHaveValue('Économie');
    await details.getByTestId('details-section').fill('Économie locale');
    await expectAccessible(page, '[data-testid="details-dialog"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'citation-details-fr.png') });
    await details.getByTestId('dialog-submit').click();
    await expect(details).toHaveCount(0);

    await page.getByTestId('export-button').click();
    const exporter = page.getByTestId('export-dialog');
    await exporter.getByTestId('format-ris').check();
    await page.screenshot({ path: join(SCREENSHOTS, 'citation-export-fr.png') });
    const [ris] = await Promise.all([page.waitForEvent('download'), exporter.getByTestId('export-now').click()]);
    expect(ris.suggestedFilename()).toBe('dubois2025lyon.ris');
    const text = readFileSync((await ris.path())!, 'utf8');
    expect(text).toMatch(/^TY {2}- NEWS$/m);
    expect(text).toMatch(/^AU {2}- Dubois, Claire$/m);
    expect(text).toMatch(/^SE {2}- Économie locale$/m);
    await exporter.getByTestId('format-bibtex').check();
    const [bib] = await Promise.all([page.waitForEvent('download'), exporter.getByTestId('export-now').click()]);
    expect(readFileSync((await bib.path())!, 'utf8')).toMatch(/^@article\{dubois2025lyon,/m);
  } finally {
    await site.close();
  }
});
