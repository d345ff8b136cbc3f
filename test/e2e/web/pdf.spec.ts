import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTestPdfs, REPORT } from '../../support/test-pdfs.ts';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

// PDFs printed by Chromium at test time (two columns, a hyphenated word, ligatures, a table, a page that is only an
// image; and a scan), imported through the page like any file.
test('a PDF comes in as an article: its text read, highlighted across a line break, exported with its pages', async ({ openApp }) => {
  const pdfs = await printTestPdfs();
  test.skip(!pdfs, 'no Chromium to print the test PDFs with');
  const dir = mkdtempSync(join(tmpdir(), 'apostille-pdf-'));
  writeFileSync(join(dir, 'rapport-eau.pdf'), pdfs!.report);
  writeFileSync(join(dir, 'archives-scannees.pdf'), pdfs!.scan);
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles([join(dir, 'rapport-eau.pdf'), join(dir, 'archives-scannees.pdf')]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('2 articles importés');
  await report.getByTestId('import-imported').filter({ hasText: REPORT.title }).getByRole('button', { name: 'Ouvrir' }).click();

  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('article-meta')).toContainText('PDF, 3 pages');
  await expect(pane.getByTestId('article')).toContainText(`Les agences ${REPORT.hyphenated} ont publié`);
  // "gouverne-" ended a line of the page: the highlight spans that line break, as one passage of the text.
  await dragSelect(page, pane, `agences ${REPORT.hyphenated}`);
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('Quelles agences ? Voir l’annexe.');
  await pane.getByTestId('save-note').click();
  await expect(pane.getByTestId('card-note')).toHaveText('Quelles agences ? Voir l’annexe.');
  await dragSelect(page, pane, REPORT.tableCell);
  await pane.getByTestId('highlight-green').click();
  await expect.poll(() => painted(pane, 'hl-green')).toEqual([REPORT.tableCell]);
  await page.mouse.click(5, 850);
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-as-text-fr.png') });

  await page.getByTestId('export-button').click();
  const exporter = page.getByTestId('export-dialog');
  await exporter.getByTestId('format-md').check();
  await exporter.getByTestId('scope-article').check();
  const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByTestId('export-now').click()]);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toMatch(new RegExp(`· p\\. 1\\n> agences ${REPORT.hyphenated}`));
  expect(markdown).toMatch(new RegExp(`· p\\. 2\\n> ${REPORT.tableCell}`));
  await page.keyboard.press('Escape');

  // The scan: it opens, and says plainly why there is no text to highlight.
  await page.getByTestId('library-row').filter({ hasText: 'archives scannees' }).click();
  await expect(pane.getByTestId('no-text-layer')).toContainText('pas de couche de texte');
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-scan-fr.png') });
});
