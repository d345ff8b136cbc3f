import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { dragSelect, painted } from './annotation-helpers.ts';

// A saved web page: inline markup, a link, runs of whitespace and a decomposed accent (e + U+0301; the importer
// stores NFC).
const PAGE = `<!doctype html><html lang="fr"><head><title>Le port de Marseille mise sur l’éolien flottant</title></head><body>
<nav><a href="/">Accueil</a></nav>
<article>
<h1>Le port de Marseille mise sur l’éolien flottant</h1>
<p>Le   Grand Port maritime de Marseille a   présenté <em>jeudi</em> un plan de
   <strong>180 millions d’euros</strong> pour accueillir l’assemblage des e\u0301oliennes flottantes du golfe du Lion.</p>
<p>« Nous voulons être prêts dès 2027 », a déclaré sa présidente, <a href="https://example.org/presidente">Hélène Marchal</a>, lors d’une conférence de presse.</p>
<ul><li>Deux quais renforcés</li><li>Une plateforme de 20 hectares</li></ul>
</article></body></html>`;

test('highlights in a web page article across its inline markup, with a note shown on hover', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-html-'));
  writeFileSync(join(dir, 'port-marseille.html'), PAGE);
  const page = await openApp('fr-FR');
  await page.getByTestId('file-input').setInputFiles(join(dir, 'port-marseille.html'));
  await page.getByTestId('import-report').getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  await expect(pane.locator('[data-annotatable="html"] strong')).toHaveText('180 millions d’euros');

  await dragSelect(page, pane, 'présenté jeudi un plan de');
  await pane.getByTestId('add-note').click();
  await pane.getByTestId('note-input').fill('**Date** à vérifier');
  await pane.getByTestId('tags-input').fill('#calendrier port');
  await pane.getByTestId('save-note').click();
  await expect(pane.getByTestId('annotation-card')).toContainText('présenté jeudi un plan de');
  await expect(pane.getByTestId('card-note').locator('strong')).toHaveText('Date');
  await expect(pane.getByTestId('annotation-card')).toContainText('#calendrier');
  await expect.poll(() => painted(pane, 'hl-yellow')).toEqual(['présenté jeudi un plan de']);

  // Across the decomposed accent, and into a link.
  await dragSelect(page, pane, 'éoliennes flottantes');
  await pane.getByTestId('highlight-green').click();
  // (Chromium starts no selection from inside a link, so the drag starts before it, as a reader would.)
  await dragSelect(page, pane, 'présidente, Hélène Marchal');
  await pane.getByTestId('highlight-pink').click();
  await expect.poll(async () => (await painted(pane, 'hl-green')).map((s) => s.normalize('NFC'))).toEqual(['éoliennes flottantes']);
  await expect.poll(() => painted(pane, 'hl-pink')).toEqual(['présidente, Hélène Marchal']);
  // The stored quote is the canonical (NFC) text.
  await expect(pane.getByTestId('annotation-card').nth(1).locator('blockquote')).toHaveText('éoliennes flottantes');

  // Hovering a highlight shows its note; clicking it focuses its card.
  await page.mouse.click(5, 850);
  const box = await pane.locator('[data-annotatable] em').boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(pane.getByTestId('hover-note')).toContainText('Date à vérifier');
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(pane.getByTestId('annotation-card').first()).toHaveClass(/focused/);

  // Filter by colour, then by tag.
  await pane.getByTestId('filter-green').click();
  await expect(pane.getByTestId('annotation-card')).toHaveCount(1);
  await pane.getByTestId('filter-green').click();
  await pane.getByTestId('filter-tag').selectOption('port');
  await expect(pane.getByTestId('annotation-card')).toHaveText(/présenté jeudi/);

  // Still there after a reload.
  await page.reload();
  await expect.poll(() => painted(page.getByTestId('reader-pane'), 'hl-pink')).toEqual(['présidente, Hélène Marchal']);
});

const V1 = `Chantiers : l’usine de Saint-Nazaire recrute

[03/09/2024 10:00:00] NANTES (AFP) Les Chantiers de l’Atlantique vont recruter 1.200 personnes d’ici à 2026, a annoncé mardi leur directeur général, Laurent Castaing.

Le carnet de commandes est rempli jusqu’en 2031, selon l’entreprise.

Les syndicats réclament des hausses de salaires avant toute embauche.`;

const V2 = `Chantiers : l’usine de Saint-Nazaire recrute

[03/09/2024 14:20:00] NANTES (AFP) Les Chantiers de l’Atlantique, à Saint-Nazaire, vont recruter 1.200 personnes d’ici à 2026, a annoncé mardi leur directeur général, Laurent Castaing.

Le carnet de commandes est rempli jusqu’en 2031, selon l’entreprise.`;

test('a changed article re-imported keeps its notes; a lost passage is re-attached by selecting text', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-version-'));
  const page = await openApp('fr-FR');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  writeFileSync(join(dir, 'chantiers.txt'), V1);
  await page.getByTestId('file-input').setInputFiles(join(dir, 'chantiers.txt'));
  await page.getByTestId('import-report').getByRole('button', { name: 'Ouvrir' }).click();
  const pane = page.getByTestId('reader-pane');
  await dragSelect(page, pane, 'Laurent Castaing');
  await pane.getByTestId('highlight-blue').click();
  await dragSelect(page, pane, 'réclament des hausses de salaires');
  await pane.getByTestId('highlight-pink').click();

  // The article note, in Markdown.
  await pane.getByTestId('edit-document-note').click();
  await pane.getByTestId('document-note-input').fill('Suivre les *embauches*');
  await pane.getByTestId('save-document-note').click();
  await expect(pane.getByTestId('document-note').locator('em')).toHaveText('embauches');

  // Copy with citation.
  await dragSelect(page, pane, 'rempli jusqu’en 2031');
  await pane.getByTestId('copy-quote').click();
  await expect(pane.getByTestId('pane-status')).toHaveText('Citation copiée avec sa référence');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '«\u00a0rempli jusqu’en 2031\u00a0» («\u00a0Chantiers : l’usine de Saint-Nazaire recrute\u00a0», AFP, 3 septembre 2024)',
  );

  // The corrected dispatch: same file, same title.
  writeFileSync(join(dir, 'chantiers.txt'), V2);
  await page.getByTestId('file-input').setInputFiles(join(dir, 'chantiers.txt'));
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('1 nouvelle version d’un article');
  await expect(report.getByTestId('import-updated')).toContainText('1 annotation replacée sur le nouveau texte · 1 à rattacher');
  await report.getByRole('button', { name: 'Ouvrir' }).click();
  const updated = page.getByTestId('reader-pane');
  await expect.poll(() => painted(updated, 'hl-blue')).toEqual(['Laurent Castaing']);
  await expect(updated.getByTestId('document-note')).toContainText('Suivre les embauches');
  const orphan = updated.getByTestId('orphan-card');
  await expect(orphan).toContainText('réclament des hausses de salaires');
  await page.screenshot({ path: join(SCREENSHOTS, 'orphans-fr.png') });

  await orphan.getByTestId('reattach').click();
  await dragSelect(page, updated, 'à Saint-Nazaire');
  await updated.getByTestId('attach-here').click();
  await expect(updated.getByTestId('orphans')).toHaveCount(0);
  await expect.poll(() => painted(updated, 'hl-pink')).toEqual(['à Saint-Nazaire']);
});

test('colour labels named in settings show in the toolbar and on the notes', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('labels-button').click();
  await page.getByTestId('label-green').fill('À vérifier');
  await page.getByTestId('labels-dialog').getByRole('button', { name: 'Fermer' }).click();
  await page.getByTestId('library-row').filter({ hasText: 'Lumenis' }).click();
  const pane = page.getByTestId('reader-pane');
  await dragSelect(page, pane, 'Ardentis Capital');
  await expect(pane.getByTestId('highlight-green')).toHaveAttribute('title', 'À vérifier');
  await pane.getByTestId('highlight-green').click();
  await expect(pane.getByTestId('card-label')).toHaveText('À vérifier');
  await page.reload();
  await expect(page.getByTestId('reader-pane').getByTestId('card-label')).toHaveText('À vérifier');
});

test('a note being written survives a reload as a draft, offered again, and forgotten once saved', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('library-row').filter({ hasText: 'Voltaïa' }).click();
  const pane = page.getByTestId('reader-pane');
  const toggle = pane.getByTestId('notes-toggle');
  if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
  await dragSelect(page, pane, 'Saint-Fons');
  await page.keyboard.press('h');
  await pane.getByTestId('edit-note').click();
  await pane.getByTestId('note-input').fill('Vérifier la surface du site');
  await page.reload();
  const again = page.getByTestId('reader-pane');
  if ((await again.getByTestId('notes-toggle').getAttribute('aria-pressed')) === 'false') await again.getByTestId('notes-toggle').click();
  await expect(again.getByTestId('edit-note')).toHaveText('Reprendre le brouillon');
  await again.getByTestId('edit-note').click();
  await expect(again.getByTestId('note-input')).toHaveValue('Vérifier la surface du site');
  await again.getByTestId('note-input').press('Control+Enter');
  await expect(again.getByTestId('card-note')).toHaveText('Vérifier la surface du site');
  await expect(again.getByTestId('edit-note')).toHaveText('Modifier la note');
});
