import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';

// Exports of other tools, written here in their shapes (an Omnivore zip, Kindle's clippings), imported through the page.
const OMNIVORE_HTML = `<html><body><article><h1>La sobriété lumineuse gagne les villes moyennes</h1>
<p>Après Lyon et Grenoble, une vingtaine de villes moyennes ont décidé d’éteindre leur éclairage public au cœur de la nuit, une mesure qui divise encore les habitants.</p>
<p>À Poitiers, la mairie estime avoir économisé 320 000 euros la première année, selon le bilan présenté en conseil municipal au mois de février.</p>
<p>Les associations de protection de la biodiversité saluent une baisse nette de la pollution lumineuse, mesurée par les astronomes amateurs de la région.</p>
</article></body></html>`;

function omnivoreZip(): Uint8Array {
  const metadata = [{
    id: 'a1', slug: 'sobriete-lumineuse', title: 'La sobriété lumineuse gagne les villes moyennes', author: 'Julie Marchand',
    url: 'https://exemple-presse.fr/sobriete-lumineuse', state: 'SUCCEEDED', labels: ['énergie'], savedAt: '2024-02-20T09:00:00.000Z',
    publishedAt: '2024-02-19T06:00:00.000Z',
    highlights: [
      { quote: 'la mairie estime avoir économisé 320 000 euros la première année', annotation: 'Chiffre à recouper', color: 'yellow', type: 'HIGHLIGHT', createdAt: '2024-02-20T09:05:00.000Z' },
      { quote: 'une baisse nette de la pollution lumineuse', color: 'green', type: 'HIGHLIGHT' },
    ],
  }];
  return zipSync({ 'metadata_0_to_0.json': strToU8(JSON.stringify(metadata)), 'content/sobriete-lumineuse.html': strToU8(OMNIVORE_HTML) });
}

const KINDLE = `Le Grand Meaulnes (Alain-Fournier)
- Votre surlignement sur la page 12 | emplacement 170-172 | Ajouté le lundi 1 janvier 2024 10:00:00

Il arriva chez nous un dimanche de novembre 189…
==========
Le Grand Meaulnes (Alain-Fournier)
- Votre note sur la page 12 | emplacement 172 | Ajouté le lundi 1 janvier 2024 10:01:00

L’arrivée de Meaulnes : tout commence ici.
==========
Le Grand Meaulnes (Alain-Fournier)
- Votre signet sur la page 20 | emplacement 260 | Ajouté le lundi 1 janvier 2024 10:02:00


==========
`;

test('an Omnivore zip and a Kindle file come in with their highlights placed on the text', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-tools-'));
  writeFileSync(join(dir, 'omnivore-export.zip'), omnivoreZip());
  writeFileSync(join(dir, 'My Clippings.txt'), KINDLE);
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles([join(dir, 'omnivore-export.zip'), join(dir, 'My Clippings.txt')]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('2 articles importés');
  await expect(report.getByTestId('import-highlights')).toHaveText('3 surlignages placés sur leur texte');
  await expect(report.getByTestId('import-skipped')).toContainText('un signet, pas un passage');
  await page.screenshot({ path: join(SCREENSHOTS, 'tool-exports-report-fr.png') });

  await report.getByTestId('import-imported').filter({ hasText: 'La sobriété lumineuse' }).getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('article-meta')).toContainText('Julie Marchand');
  const cards = pane.getByTestId('annotation-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('la mairie estime avoir économisé 320 000 euros');
  await expect(cards.first()).toContainText('Chiffre à recouper');
  await expect(pane.getByTestId('orphan-card')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'tool-exports-omnivore-fr.png') });

  await page.getByTestId('library-row').filter({ hasText: 'Le Grand Meaulnes' }).click();
  await expect(pane.getByTestId('article-meta')).toContainText('Kindle · Alain-Fournier');
  await expect(pane.getByTestId('annotation-card')).toHaveCount(1);
  await expect(pane.getByTestId('annotation-card')).toContainText('L’arrivée de Meaulnes : tout commence ici.');
  await expect(pane.getByTestId('annotation-card')).toContainText('emplacement 170-172');
  await page.screenshot({ path: join(SCREENSHOTS, 'tool-exports-kindle-fr.png') });
});

test('a malformed export is refused whole, the line named, in the reader’s language', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-tools-'));
  writeFileSync(join(dir, 'clippings.txt'), 'Un livre (Quelqu’un)\n- Your Highlight on page 3 | Location 40-41 | Added on Tuesday, 2 January 2024 21:15:02\n\nUn passage.\n==========\nUn autre livre (Personne)\n\n==========\n');
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles(join(dir, 'clippings.txt'));
  const failure = page.getByTestId('import-report').getByTestId('import-failure');
  await expect(failure).toContainText('Cet export Kindle n’a pas pu être lu : rien n’en a été importé.');
  await expect(failure).toContainText('Emplacement : ligne 7');
  await expect(page.getByTestId('library-count')).toHaveText('4 articles');
});
