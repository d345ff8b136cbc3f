import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';
import { dragSelect, painted } from './annotation-helpers.ts';


test('two quick Ctrl+Z undo two steps, none lost; two Ctrl+Shift+Z redo both', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.getByTestId('library-row').filter({ hasText: 'Voltaïa' }).click();
  const pane = page.getByTestId('reader-pane').first();
  await dragSelect(page, pane, 'Saint-Fons');
  await pane.getByTestId('highlight-green').click();
  await dragSelect(page, pane, 'Voltaïa');
  await pane.getByTestId('highlight-green').click();
  const green = () => painted(pane, 'hl-green');
  await expect.poll(green).toHaveLength(2);
  // The second press comes while the first undo is still on its way to the core.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(green).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(green).toHaveLength(2);
});

test('backups: the start-up backup is listed, one is made by hand, and a restore brings the library back as it was', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('backups-button').click();
  const dialog = page.getByTestId('backups-dialog');
  // A new library is backed up at start-up (its newest backup is over a day old: there is none).
  await expect(dialog.getByTestId('backup-row')).toHaveCount(1);
  await expect(dialog.getByTestId('backup-row')).toContainText('quotidienne');
  await dialog.getByTestId('backup-now').click();
  await expect(dialog.getByTestId('backup-row')).toHaveCount(2);
  await expect(dialog.getByTestId('backup-row').first()).toContainText('manuelle');
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-fr.png') });
  await expectAccessible(page, '[data-testid="backups-dialog"]');
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // A change after the backup: a colour named.
  await page.getByTestId('labels-button').click();
  await page.getByTestId('label-green').fill('À vérifier');
  await page.getByTestId('labels-dialog').getByRole('button', { name: 'Fermer' }).click();
  await expect.poll(async () => (await page.evaluate(() => document.body.textContent)) !== null).toBe(true);
  await page.waitForTimeout(600);

  // Restore the backup made by hand: asked twice, then the page starts again from the restored library.
  await page.getByTestId('backups-button').click();
  await dialog.getByTestId('backup-restore').first().click();
  await expect(dialog).toContainText('Remplacer la bibliothèque par cette sauvegarde ?');
  await page.screenshot({ path: join(SCREENSHOTS, 'backups-confirm-fr.png') });
  await dialog.getByTestId('backup-restore-confirm').click();
  await page.getByTestId('library-list').waitFor();
  await page.getByTestId('labels-button').click();
  await expect(page.getByTestId('label-green')).toHaveValue('');
  await page.getByTestId('labels-dialog').getByRole('button', { name: 'Fermer' }).click();
  // The library as it was before the restore is kept as a backup of its own.
  await page.getByTestId('backups-button').click();
  await expect(dialog.getByTestId('backup-row').filter({ hasText: 'avant une restauration' })).toHaveCount(1);
});

test('a long import shows its progress in the tray and stops on Cancel, keeping and reporting what it imported', async ({ openApp }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-many-'));
  const files = Array.from({ length: 1500 }, (_, i) => {
    const file = join(dir, `depeche-${String(i).padStart(4, '0')}.txt`);
    const paragraph = `Le conseil a examiné ${i} dossiers, dont celui de la société n° ${i}, pour un montant de ${i * 3} millions d’euros.`;
    writeFileSync(file, `Dépêche numéro ${i}\n\n[12/05/2024 08:30:00] LYON (AFP) ${Array.from({ length: 12 }, () => paragraph).join('\n\n')}`);
    return file;
  });
  const page = await openApp('en-GB');
  await page.getByTestId('file-input').setInputFiles(files);
  // First the files are read by the page, then the core imports them: both show in the tray.
  await expect(page.getByTestId('job').filter({ hasText: 'Reading the files' })).toBeVisible();
  const job = page.getByTestId('job').filter({ hasText: 'Importing' });
  // Reading 1,500 files takes the page a while on a busy machine (seen: 8 to 15 s on two shared cores).
  await expect(job).toBeVisible({ timeout: 30_000 });
  await expect(job).toContainText(/\d+ of 1500/);
  await job.getByTestId('job-cancel').click();
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-stopped')).toBeVisible();
  const imported = Number((await report.locator('.report-summary li.ok').first().textContent())?.replace(/\D/g, ''));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(1500);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('library-count')).toHaveText(`${imported + 4} articles`);
  await expect(page.getByTestId('jobs-tray')).toHaveCount(0);
});
