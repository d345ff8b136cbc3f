import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';
import { dragSelect } from './annotation-helpers.ts';

// Every view the reader works in, at three window sizes, in French and English, light and dark: a screenshot of each
// (test-results/screenshots/views/), axe on each at 1440 px (no serious or critical violation), the layout rules —
// the top bar on one row, panes side by side without overlapping, a readable line in every pane or its notes folded.

const SIZES = [[1024, 700], [1440, 900], [1920, 1080]] as const;
const COMBOS = SIZES.flatMap(([width, height]) => (['fr-FR', 'en-GB'] as const).flatMap((locale) => (['light', 'dark'] as const).map((theme) => ({ width, height, locale, theme }))));

/** Words that are in the sample articles whatever the language of the page. */
const QUERY = 'Lyon';

async function shot(page: Page, name: string, combo: (typeof COMBOS)[number]): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, 'views', `${name}-${combo.locale.slice(0, 2)}-${combo.width}-${combo.theme}.png`) });
}

/** Boxes of the visible panes, left to right: none overlaps the next. */
async function expectPanesApart(page: Page): Promise<void> {
  const boxes = await page.getByTestId('reader-pane').evaluateAll((panes) => panes.map((p) => p.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right - 1);
}

/** Each pane's text holds a readable line (35 characters of its font at least), or its notes lie over it. */
async function expectReadableLines(page: Page): Promise<void> {
  const panes = await page.getByTestId('reader-pane').evaluateAll((list) => list.map((pane) => {
    const body = pane.querySelector('.article-body p') as HTMLElement | null;
    const side = pane.querySelector('.pane-side');
    const overlay = pane.querySelector('.pane-body.notes-overlay') !== null;
    if (!body) return { chars: 0, side: side !== null, overlay };
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz';
    body.appendChild(probe);
    const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
    probe.remove();
    return { chars: body.clientWidth / perChar, side: side !== null, overlay };
  }));
  for (const p of panes) {
    // The notes may lie over a narrow pane's text (an overlay the reader opened): the line beneath is unchanged.
    expect(p.chars >= 35 || (p.side && p.overlay), JSON.stringify(p)).toBe(true);
  }
}

async function openBeside(page: Page, title: RegExp): Promise<void> {
  await page.getByTestId('library-row').filter({ hasText: title }).click({ modifiers: ['Alt'] });
}

/**
 * Opens a pane's notes. A pane unfolds them by itself when it grows (panes closed beside it): read, click and check
 * again until they are shown, so that a click never lands just after the pane unfolded them and folds them back.
 */
async function showNotes(pane: Locator): Promise<void> {
  const toggle = pane.getByTestId('notes-toggle');
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
  }).toPass();
}

for (const combo of COMBOS) {
  const label = `${combo.locale} ${combo.width}×${combo.height} ${combo.theme}`;
  test(`every view at ${label}: screenshots, axe, layouts that hold`, async ({ app, browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: combo.locale, viewport: { width: combo.width, height: combo.height }, colorScheme: combo.theme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    const rows = page.getByTestId('library-row');
    await expect(rows).toHaveCount(4);
    const fr = combo.locale === 'fr-FR';
    // axe reads colours and structure, which the window's size does not change: it runs at 1440 px, in each language
    // and theme; the other sizes check the layout.
    const axe = (selector: string) => (combo.width === 1440 ? expectAccessible(page, selector) : Promise.resolve());
    // From 1440 px, beside the library; at 1024 px two panes beside it leave some 320 px each, which no fold makes
    // 35 characters: there the library is put away first (checked below).
    const readable = () => (combo.width >= 1440 ? expectReadableLines(page) : Promise.resolve());

    // The top bar on one row at every size (an overflow menu below 1400 px).
    const bar = await page.locator('.top-bar').boundingBox();
    expect(bar!.height).toBeLessThan(64);

    // Files dragged over the window: the drop message over a veiled page (no heading showing through).
    const files = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Titre'], 'article.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.locator('.app').dispatchEvent('dragover', { dataTransfer: files });
    await expect(page.locator('.drop-overlay')).toBeVisible();
    await shot(page, 'drop', combo);
    await page.locator('.app').dispatchEvent('dragleave', {});
    await expect(page.locator('.drop-overlay')).toHaveCount(0);

    // The library with a collection and a multi-selection.
    await rows.nth(0).click({ modifiers: ['Control'] });
    await rows.nth(1).click({ modifiers: ['Control'] });
    await page.getByTestId('add-to-collection').selectOption('+');
    await axe('body');
    await page.getByTestId('name-input').fill(fr ? 'Industrie' : 'Industry');
    await page.getByTestId('name-input').press('Enter');
    await expect(page.getByTestId('selection-count')).toBeVisible();
    await shot(page, 'library-selection', combo);
    await axe('body');

    // The Trash with an Undo.
    await page.getByTestId('trash-selected').click();
    const trashed = page.getByTestId('notice').filter({ hasText: /corbeille|Trash/ });
    await expect(trashed.getByTestId('notice-action')).toBeVisible();
    await shot(page, 'trash-undo', combo);
    await trashed.getByTestId('notice-action').click();
    await expect(rows).toHaveCount(4);

    // A search opened at its match, then find in the article.
    await page.getByTestId('search-input').fill(QUERY);
    await expect(page.getByTestId('search-hit').first()).toBeVisible();
    await axe('body');
    await page.getByTestId('search-input').press('Enter');
    const first = page.getByTestId('reader-pane').first();
    await expect(first.getByTestId('find-input')).toHaveValue(QUERY);
    await shot(page, 'search-match', combo);
    await first.getByTestId('find-input').fill('le');
    await expect(first.getByTestId('find-count')).not.toHaveText(/^$/);
    await shot(page, 'find', combo);
    await axe('body');
    await first.getByTestId('find-input').press('Escape');
    await page.getByTestId('search-input').fill('');

    // A highlight with a note: a reader with highlights.
    // Selected first: a narrow pane's notes, once open, lie over the right of its text.
    await dragSelect(page, first, QUERY);
    await page.keyboard.press('h');
    await showNotes(first);
    await first.getByTestId('edit-note').first().click();
    await first.getByTestId('note-input').fill(fr ? 'À vérifier auprès de la préfecture.' : 'To check with the prefecture.');
    await first.getByTestId('save-note').click();
    await expect(first.getByTestId('card-note')).toBeVisible();
    await axe('body');

    // Two panes with notes, then four: never overlapping, each line readable or its notes folded.
    await openBeside(page, /Lumenis/);
    await expect(page.getByTestId('reader-pane')).toHaveCount(2);
    await showNotes(page.getByTestId('reader-pane').nth(1));
    await expectPanesApart(page);
    await readable();
    await shot(page, 'two-panes', combo);
    await axe('body');
    // Put away (☰), the library gives its width to the panes: a readable line at every size; and back.
    await page.getByTestId('library-toggle').click();
    await expect(page.locator('.library-slot')).toBeHidden();
    await expectPanesApart(page);
    await expectReadableLines(page);
    await shot(page, 'two-panes-library-away', combo);
    await page.keyboard.press('Control+Shift+B');
    await expect(page.locator('.library-slot')).toBeVisible();
    await openBeside(page, /Harbor/);
    await openBeside(page, /Bordeaux/);
    await expect(page.getByTestId('reader-pane')).toHaveCount(4);
    await expectPanesApart(page);
    await readable();
    await shot(page, 'four-panes', combo);
    // A folded pane's notes opened by hand lie over its text.
    const last = page.getByTestId('reader-pane').nth(3);
    await showNotes(last);
    await expectPanesApart(page);
    await readable();
    await shot(page, 'four-panes-notes', combo);
    await axe('body');
    for (let i = 3; i >= 1; i--) await page.getByTestId('reader-pane').nth(i).getByTestId('close-pane').click();

    // The entities tab and an entity page.
    await showNotes(first);
    await first.getByTestId('tab-entities').click();
    await expect(first.getByTestId('suggestion').first()).toBeVisible();
    await shot(page, 'entities-tab', combo);
    await axe('body');
    await first.getByTestId('suggestion').first().getByTestId('accept').click();
    await first.getByTestId('open-entity').first().click();
    await expect(page.getByTestId('entity-page').getByTestId('kwic-line').first()).toBeVisible();
    await shot(page, 'entity-page', combo);
    await axe('body');
    await page.keyboard.press('Escape');

    // The metadata editor, the print preview.
    await first.getByTestId('pane-details').click();
    await expect(page.getByTestId('details-title')).toBeFocused();
    await shot(page, 'details', combo);
    await axe('body');
    await page.keyboard.press('Escape');
    // Printing from the entities tab still prints the notes (the browser says it is about to print).
    await expect(first.getByTestId('tab-entities')).toHaveAttribute('aria-selected', 'true');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(first.getByTestId('card-note')).toBeVisible();
    await shot(page, 'print', combo);
    await page.emulateMedia({ media: 'screen' });

    // The library narrowed to its least: its header stays whole, the sort button inside the column.
    await page.getByTestId('library-splitter').focus();
    await page.keyboard.press('Home');
    const panel = (await page.locator('.library-panel').boundingBox())!;
    for (const control of await page.locator('.library-controls > *').all()) {
      const box = await control.boundingBox();
      if (box) expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
    }
    await shot(page, 'library-narrow', combo);

    // The import report, after a file that is no article.
    const dir = mkdtempSync(join(tmpdir(), 'apostille-views-'));
    writeFileSync(join(dir, 'vide.txt'), '');
    await page.getByTestId('file-input').setInputFiles(join(dir, 'vide.txt'));
    await expect(page.getByTestId('import-report')).toBeVisible();
    await axe('body');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('import-report')).toHaveCount(0);

    // The other dialogs: shortcuts, colour labels, export, backups.
    for (const [open, dialog] of [['?', 'shortcuts'], ['labels-button', 'labels-dialog'], ['export-button', 'export-dialog'], ['backups-button', 'backups-dialog']] as const) {
      if (open === '?') {
        await page.locator('body').click({ position: { x: combo.width - 5, y: combo.height - 5 } });
        await page.keyboard.press('?');
      } else if (await page.getByTestId(open).isVisible()) await page.getByTestId(open).click();
      else {
        await page.getByTestId('top-more').click();
        await page.getByTestId(open).click();
      }
      await expect(page.getByTestId(dialog)).toBeVisible();
      await axe('body');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId(dialog)).toHaveCount(0);
    }
    expect(errors, 'errors on the page').toEqual([]);
    await context.close();
  });
}
