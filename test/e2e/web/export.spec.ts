import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, serve, test } from '../fixtures.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

/** Exports through the dialog and returns the saved file's text. */
async function exportAs(page: Page, scope: 'article' | 'library', format: 'md' | 'w3c' | 'csv' | 'html', dir: string): Promise<string> {
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId(`scope-${scope}`).check();
  await dialog.getByTestId(`format-${format}`).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-now').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

test('export Markdown and W3C, then import the W3C file into another library: the same notes come back', async ({ openApp, browser }, testInfo) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('library-row').filter({ hasText: 'Lumenis' }).click();
  const pane = page.getByTestId('reader-pane');
  await dragSelect(page, pane, '1,2 milliard d’euros');
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('Valorisation **dette comprise**');
  await pane.getByTestId('tags-input').fill('#montant');
  await pane.getByTestId('save-note').click();
  await dragSelect(page, pane, 'Ardentis Capital');
  await pane.getByTestId('highlight-green').click();
  await pane.getByTestId('edit-document-note').click();
  await pane.getByTestId('document-note-input').fill('Rachat à suivre');
  await pane.getByTestId('save-document-note').click();
  await expect(pane.getByTestId('annotation-card')).toHaveCount(2);

  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-fr.png') });
  const dir = testInfo.outputDir;
  const markdown = await exportAs(page, 'article', 'md', dir);
  expect(markdown).toMatch(/^---\n/);
  expect(markdown).toMatch(/title: .*Optique de précision/);
  expect(markdown).toContain('Rachat à suivre');
  expect(markdown).toContain('> 1,2 milliard d’euros');
  expect(markdown).toContain('Valorisation **dette comprise**');
  expect(markdown).toContain('#montant');
  expect(markdown).toContain('Ardentis Capital');
  await expect(page.getByTestId('export-message')).toContainText('Enregistré sous');

  const w3c = await exportAs(page, 'library', 'w3c', dir);
  const collection = JSON.parse(w3c) as { type: string; total: number; first: { items: { type: string; target: unknown }[] } };
  expect(collection.type).toBe('AnnotationCollection');
  // Two highlights and the article note.
  expect(collection.total).toBe(3);
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Fermer' }).click();

  // Another library, with the same articles and no notes: the W3C file brings them back.
  const other = await serve();
  try {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 860 } });
    const second = await context.newPage();
    await second.goto(other.url);
    await second.getByTestId('library-row').filter({ hasText: 'Lumenis' }).click();
    const empty = second.getByTestId('reader-pane');
    await expect(empty.getByTestId('annotation-card')).toHaveCount(0);
    await second.getByTestId('export-button').click();
    const w3cFile = join(dir, 'apostille-annotations.jsonld');
    await second.getByTestId('import-annotations').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(w3c) });
    await expect(second.getByTestId('export-message')).toContainText('2 annotations importées');
    await expect(second.getByTestId('export-message')).toContainText('1 note d’article restaurée');
    await second.getByTestId('export-dialog').getByRole('button', { name: 'Fermer' }).click();
    await expect(empty.getByTestId('annotation-card')).toHaveCount(2);
    await expect(empty.getByTestId('card-note')).toContainText('Valorisation dette comprise');
    await expect(empty.getByTestId('document-note')).toContainText('Rachat à suivre');
    await expect.poll(() => painted(empty, 'hl-green')).toEqual(['Ardentis Capital']);
    await expect.poll(() => painted(empty, 'hl-yellow')).toEqual(['1,2 milliard d’euros']);

    // A foreign file is refused with the reason, and nothing changes.
    await second.getByTestId('export-button').click();
    await second.getByTestId('import-annotations').setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "FeatureCollection", "features": []}') });
    await expect(second.getByTestId('export-message')).toHaveAttribute('role', 'alert');
    await second.screenshot({ path: join(SCREENSHOTS, 'import-annotations-error-fr.png') });
    await second.getByTestId('export-dialog').getByRole('button', { name: 'Fermer' }).click();
    await expect(empty.getByTestId('annotation-card')).toHaveCount(2);
    rmSync(w3cFile, { force: true });
    await context.close();
  } finally {
    await other.stop();
    rmSync(other.library, { recursive: true, force: true });
  }
});
