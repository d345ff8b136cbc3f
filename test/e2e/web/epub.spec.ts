import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOK, makeEpub } from '../../support/test-epub.ts';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

// An EPUB zipped at test time from XHTML written for it, imported through the page.
test('an EPUB book comes in as an article: its chapters read, a passage highlighted with a note, its script never run', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-epub-'));
  writeFileSync(join(dir, 'rivieres.epub'), makeEpub());
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles([join(dir, 'rivieres.epub')]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('1 article importé');
  await report.getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
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
  await pane.getByTestId('pane-details').click();
  await expect(page.getByTestId('details-kind')).toHaveValue('book');
});
