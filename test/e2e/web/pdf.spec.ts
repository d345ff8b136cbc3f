import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPdf } from '../../../app/pdf/load-pdf.ts';
import { printTestPdfs, REPORT } from '../../support/test-pdfs.ts';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';
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

  const pane = page.getByTestId('reader-pane').first();
  // Its pages, drawn by pdf.js with their text layers, fitted to the pane's width.
  const pages = pane.getByTestId('pdf-pages');
  await expect(pages.locator('.page')).toHaveCount(3);
  await expect(pages.locator('.page').first().locator('canvas')).toBeVisible();
  await expect(pages.locator('.textLayer span').filter({ hasText: 'gouverne-' })).toHaveCount(1);
  await expect(pane.getByTestId('pdf-page-count')).toHaveText('sur 3');
  // "gouverne-" ends a line of the page: the highlight spans that line break, and keeps the word whole in the text.
  await dragSelect(page, pane, `agences gouverne-mentales`);
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('Quelles agences ? Voir l’annexe.');
  await pane.getByTestId('save-note').click();
  await expect(pane.getByTestId('card-note')).toHaveText('Quelles agences ? Voir l’annexe.');
  await expect(pane.getByTestId('annotation-card').first()).toContainText(`agences ${REPORT.hyphenated}`);
  await expect.poll(() => painted(pane, 'hl-yellow')).toEqual(['agences gouverne-mentales']);
  await pane.getByTestId('pdf-page').fill('2');
  await pane.getByTestId('pdf-page').press('Enter');
  await expect(pages.locator('.page[data-page-number="2"] .textLayer span').filter({ hasText: REPORT.tableCell })).toHaveCount(1);
  // Copied with its citation, the page number included.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dragSelect(page, pane, REPORT.tableCell);
  await pane.getByTestId('copy-quote').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^«\u00a0${REPORT.tableCell}\u00a0» \\(«\u00a0${REPORT.title}\u00a0», .*p\\.\u00a02\\)$`));
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await dragSelect(page, pane, REPORT.tableCell);
  await pane.getByTestId('highlight-green').click();
  await expect.poll(() => painted(pane, 'hl-green')).toEqual([REPORT.tableCell]);
  await page.mouse.click(5, 850);
  await pane.getByTestId('pdf-page').fill('1');
  await pane.getByTestId('pdf-page').press('Enter');
  await expect(pane.getByTestId('pdf-page')).toHaveValue('1');
  // An entity tagged on the page: Quimper, a place, made from the picker; its mention is on the PDF's text.
  await dragSelect(page, pane, 'Quimper');
  await pane.getByTestId('tag-as').click();
  await pane.getByTestId('tag-type-LOC').click();
  await expect(pane.getByTestId('tag-picker')).toBeVisible();
  await pane.getByTestId('tag-input').press('Enter');
  await expect(pane.getByTestId('entity-row').filter({ hasText: 'Quimper' })).toBeVisible();
  await pane.getByTestId('tab-notes').click();
  // A note's card takes the reader to its page.
  await pane.getByTestId('annotation-card').filter({ hasText: REPORT.tableCell }).locator('.card-quote').click();
  await expect(pane.getByTestId('pdf-page')).toHaveValue('2');
  await pane.getByTestId('pdf-page').fill('1');
  await pane.getByTestId('pdf-page').press('Enter');
  await expect(pane.getByTestId('pdf-page')).toHaveValue('1');
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-pages-fr.png') });
  await expectAccessible(page, '[data-testid="pdf-toolbar"]');
  const width = await pane.getByTestId('pdf-scale').textContent();
  await pane.getByTestId('pdf-zoom-in').click();
  await expect(pane.getByTestId('pdf-scale')).not.toHaveText(width!);
  await pane.getByTestId('pdf-fit-width').click();
  await expect(pane.getByTestId('pdf-scale')).toHaveText(width!);
  // Its text, as an article: the same highlights on it.
  await pane.getByTestId('pdf-show-text').click();
  await expect(pane.getByTestId('article-meta')).toContainText('PDF, 3 pages');
  await expect.poll(() => painted(pane, 'hl-green')).toEqual([REPORT.tableCell]);
  await pane.getByTestId('pdf-show-pages').click();
  await expect(pages.locator('.page')).toHaveCount(3);

  // The PDF with its annotations written into it, read back with pdf.js, then shown by Chromium's own PDF viewer.
  const [annotated] = await Promise.all([page.waitForEvent('download'), pane.getByTestId('pdf-export').click()]);
  expect(annotated.suggestedFilename()).toBe(`${REPORT.title} (annotated).pdf`);
  const annotatedPath = join(dir, 'annoté.pdf');
  await annotated.saveAs(annotatedPath);
  const { pdf, close } = await openPdf(new Uint8Array(readFileSync(annotatedPath)));
  const found: [number, string, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const a of await (await pdf.getPage(n)).getAnnotations()) if (a.subtype === 'Highlight') found.push([n, a.contentsObj.str as string, a.quadPoints.length / 8]);
  }
  await close();
  // The passage across the line break: two rectangles, one per line, as the page drew them.
  expect(found).toEqual([[1, 'Quelles agences ? Voir l’annexe.', 2], [2, '', 1]]);
  const viewer = await page.context().newPage();
  await viewer.goto(`file://${annotatedPath}`).catch(() => undefined);
  await viewer.waitForTimeout(1500);
  await viewer.screenshot({ path: join(SCREENSHOTS, 'pdf-annotated-in-chromium.png') });
  await viewer.close();

  // Beside an article, scrolled together; then in the dark theme.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('library-row').filter({ hasText: 'Lumenis' }).click({ modifiers: ['Alt'] });
  const article = page.getByTestId('reader-pane').nth(1);
  await dragSelect(page, article, 'Ardentis Capital a annoncé mardi');
  await article.getByTestId('highlight-pink').click();
  await expect.poll(() => painted(article, 'hl-pink')).toEqual(['Ardentis Capital a annoncé mardi']);
  await expect.poll(() => painted(pane, 'hl-yellow')).toEqual(['agences gouverne-mentales']);
  await page.mouse.click(5, 1000);
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-beside-article-fr.png') });
  await page.getByTestId('theme-select').selectOption('dark');
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-beside-article-dark-fr.png') });
  await page.getByTestId('theme-select').selectOption('light');
  await page.getByTestId('reader-pane').nth(1).getByTestId('close-pane').click();
  await page.setViewportSize({ width: 1400, height: 900 });

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
  await expect(pane.locator('[data-testid="pdf-pages"] .page canvas')).toBeVisible();
  await expect(pane.getByTestId('pdf-show-text')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-scan-fr.png') });
});

test('an area of a PDF page (a figure) is highlighted by drawing a rectangle: its picture in the notes and the annotated PDF', async ({ openApp }) => {
  const pdfs = await printTestPdfs();
  test.skip(!pdfs, 'no Chromium to print the test PDFs with');
  const dir = mkdtempSync(join(tmpdir(), 'apostille-pdf-area-'));
  writeFileSync(join(dir, 'rapport-eau.pdf'), pdfs!.report);
  const page = await openApp('fr-FR');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByTestId('file-input').setInputFiles(join(dir, 'rapport-eau.pdf'));
  await page.getByTestId('import-report').getByTestId('import-imported').filter({ hasText: REPORT.title }).getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane').first();
  await expect(pane.locator('[data-testid="pdf-pages"] .page').first().locator('canvas')).toBeVisible();
  await pane.getByTestId('pdf-page').fill('3');
  await pane.getByTestId('pdf-page').press('Enter');
  const third = pane.locator('[data-testid="pdf-pages"] .page[data-page-number="3"]');
  await expect(third.locator('canvas')).toBeVisible();
  const tool = pane.getByTestId('pdf-area-tool');
  await expect(tool).toHaveAttribute('aria-pressed', 'false');
  await tool.click();
  await expect(tool).toHaveAttribute('aria-pressed', 'true');
  const box = (await third.locator('canvas').boundingBox())!;
  const from = { x: box.x + box.width * 0.15, y: box.y + Math.min(box.height, 600) * 0.2 };
  const to = { x: box.x + box.width * 0.7, y: box.y + Math.min(box.height, 600) * 0.6 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await expect(third.getByTestId('pdf-area-draft')).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  // The area is framed on its page, its picture is in its card, and its note is written at once.
  await expect(third.getByTestId('pdf-area')).toHaveCount(1);
  await pane.getByTestId('note-input').fill('La carte des captages : à comparer avec 2019.');
  await pane.getByTestId('save-note').click();
  const card = pane.getByTestId('annotation-card');
  await expect(card).toHaveCount(1);
  const snapshot = card.getByTestId('card-snapshot');
  await expect(snapshot).toHaveAttribute('alt', 'Zone de la page 3');
  expect(await snapshot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 50 && img.src.startsWith('data:image/'))).toBe(true);
  await expect(card.getByTestId('card-note')).toHaveText('La carte des captages : à comparer avec 2019.');
  // Esc puts the tool away; a click on the frame focuses its card.
  await page.keyboard.press('Escape');
  await expect(tool).toHaveAttribute('aria-pressed', 'false');
  const frame = (await third.getByTestId('pdf-area').boundingBox())!;
  await page.mouse.click(frame.x + 10, frame.y + 10);
  await expect(card).toHaveClass(/focused/);
  await expect(third.getByTestId('pdf-area')).toHaveClass(/focused/);
  await page.screenshot({ path: join(SCREENSHOTS, 'pdf-area-1024-fr.png') });
  await expectAccessible(page, '[data-testid="reader-pane"]');

  // In the annotated PDF: a /Square around it on page 3, its note as contents.
  const [annotated] = await Promise.all([page.waitForEvent('download'), pane.getByTestId('pdf-export').click()]);
  const path = join(dir, 'annoté.pdf');
  await annotated.saveAs(path);
  const { pdf, close } = await openPdf(new Uint8Array(readFileSync(path)));
  const squares = (await (await pdf.getPage(3)).getAnnotations()).filter((a) => a.subtype === 'Square');
  await close();
  expect(squares.map((a) => a.contentsObj.str)).toEqual(['La carte des captages : à comparer avec 2019.']);
  // The rectangle in PDF points, inside the page (its width and height: a share of the A4 page the drag covered).
  const [x1, y1, x2, y2] = squares[0].rect as [number, number, number, number];
  expect(x2 - x1).toBeGreaterThan(200);
  expect(y2 - y1).toBeGreaterThan(100);
  expect(x1).toBeGreaterThan(0);
});
