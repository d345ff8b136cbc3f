import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';

const ARTICLE = `L’État cède sa participation dans Énergies du Rhône

[12/05/2024 08:30:00] LYON (AFP) L’État a annoncé lundi la cession de sa participation de 12,5\u00a0% dans la société Énergies du Rhône, pour 240 millions d’euros, selon un communiqué du ministère de l’Économie.

« C’est une opération de bonne gestion », a déclaré Mme Claire Vasseur, directrice de l’Agence des participations.`;

test('imports files through the UI, reporting each bad one in the user’s language', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-upload-'));
  writeFileSync(join(dir, 'etat-rhone.txt'), ARTICLE);
  writeFileSync(join(dir, 'vide.txt'), '');
  writeFileSync(join(dir, 'rapport.pdf'), '%PDF-1.7 binary');
  writeFileSync(join(dir, 'binaire.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles(['etat-rhone.txt', 'vide.txt', 'rapport.pdf', 'binaire.txt'].map((f) => join(dir, f)));
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('1 article importé');
  await expect(report).toContainText('3 fichiers n’ont pas pu être importés');
  await expect(report.getByTestId('import-failure').filter({ hasText: 'vide.txt' })).toContainText('Le fichier est vide.');
  await expect(report.getByTestId('import-failure').filter({ hasText: 'rapport.pdf' })).toContainText('Ce PDF est endommagé');
  await expect(report.getByTestId('import-failure').filter({ hasText: 'binaire.txt' })).toContainText('données binaires');
  await page.screenshot({ path: join(SCREENSHOTS, 'import-report-fr.png') });
  await report.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByTestId('reader-pane')).toHaveCount(1);
  await expect(page.getByTestId('article-meta')).toContainText('AFP · Lyon · 12 mai 2024');
  await expect(page.getByTestId('library-count')).toHaveText('5 articles');
});

test('search for etat finds État, ranked, with the match highlighted', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-upload-'));
  writeFileSync(join(dir, 'etat-rhone.txt'), ARTICLE);
  const page = await openApp('en-GB');
  await page.getByTestId('file-input').setInputFiles(join(dir, 'etat-rhone.txt'));
  await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('etat');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toContainText('L’État cède sa participation');
  await expect(hits.first().locator('mark').first()).toHaveText('État');
  await page.screenshot({ path: join(SCREENSHOTS, 'search-etat.png') });
  await hits.first().click();
  await expect(page.getByTestId('reader-pane')).toContainText('Claire Vasseur');
  await page.getByTestId('search-input').fill('zzzzqqq');
  await expect(page.getByTestId('search-empty')).toContainText('No article contains “zzzzqqq”');
});
