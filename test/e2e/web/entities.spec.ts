import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, ROOT, SCREENSHOTS, test } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';
import { dragSelect, painted, passageBox } from './annotation-helpers.ts';

const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');
const SEED_FILES = ['000_45da30c3a289a834.txt', '001_c0366957569297ba.txt'].map((f) => join(SEEDS, f));
const HAVE_SEEDS = SEED_FILES.every((f) => existsSync(f));
const SKIP = `SKIPPED: the seed articles are not in ${SEEDS} (../shared/corpus beside the project)`;
if (!HAVE_SEEDS) console.log(`entities e2e: ${SKIP}`);

/** The suggestion of these words in a pane's review queue. */
const suggestion = (pane: Locator, text: string) => pane.getByTestId('suggestion').filter({ has: pane.page().locator('.suggestion-text', { hasText: new RegExp(`^${text}$`) }) }).first();

async function openSeeds(page: Page): Promise<[Locator, Locator]> {
  await page.getByTestId('file-input').setInputFiles(SEED_FILES);
  await page.getByTestId('import-report').getByRole('button', { name: 'Fermer' }).click();
  await page.getByTestId('library-row').filter({ hasText: 'Orange se félicite' }).click();
  await page.getByTestId('library-row').filter({ hasText: 'Les ministères se mettent au cloud' }).click({ modifiers: ['Alt'] });
  const panes = page.getByTestId('reader-pane');
  await expect(panes).toHaveCount(2);
  for (const i of [0, 1]) {
    const toggle = panes.nth(i).getByTestId('notes-toggle');
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await panes.nth(i).getByTestId('tab-entities').click();
  }
  return [panes.nth(0), panes.nth(1)];
}

test.describe('entities on the two seed articles', () => {
  test.skip(!HAVE_SEEDS, SKIP);

  test('suggestions accepted, rejected and accepted everywhere; tagging by selection; one entity lit in both panes; what they share', async ({ openApp }) => {
    const page = await openApp('fr-FR');
    await page.setViewportSize({ width: 1680, height: 980 });
    const [left, right] = await openSeeds(page);
    await expect(suggestion(left, 'Orange')).toBeVisible();
    // Dashed suggestions are drawn over the text before anything is accepted.
    await expect.poll(async () => (await painted(left, 'sug-ORG')).includes('Orange')).toBe(true);

    // Accept the same words in every article: Orange, Thales and the AFP, and the 500 million euro amount.
    for (const name of ['Orange', 'Thales', 'AFP']) {
      await suggestion(left, name).getByTestId('accept-all').click();
      await expect(page.getByTestId('pane-status').first()).toContainText('mentions étiquetées');
    }
    await suggestion(left, '500 millions d’euros').getByTestId('accept-all').click();
    await expect(left.getByTestId('entity-row').filter({ hasText: 'Orange' })).toBeVisible();
    // Orange accepted everywhere left the longer names that hold it alone, still suggested.
    await expect(suggestion(left, 'Orange Business Service')).toBeVisible();
    await expect(suggestion(right, 'Orange Cloud')).toBeVisible();
    expect(await painted(left, 'ent-ORG')).not.toContain('Orange Business Service');
    await expect(right.getByTestId('entity-row').filter({ hasText: 'Thales' })).toBeVisible();
    await expect.poll(async () => (await painted(right, 'ent-ORG')).filter((t) => t === 'Orange').length).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => painted(right, 'ent-MONEY')).toContain("500 millions d'euros");

    // One accepted here only, one rejected for good.
    await suggestion(left, 'Vivek Badrinath').getByTestId('accept').click();
    await expect(left.getByTestId('entity-row').filter({ hasText: 'Vivek Badrinath' })).toBeVisible();
    // Named in part further on, he is offered as the known person, not as someone new.
    await expect(suggestion(left, '(?:M\\. )?Badrinath').getByTestId('suggestion-link')).toHaveText('→ Vivek Badrinath');
    await suggestion(left, 'Danone').getByTestId('reject').click();
    await expect(suggestion(left, 'Danone')).toHaveCount(0);

    // Tag by selection: Cloudwatt, as an organisation (key 2), created from the picker.
    await dragSelect(page, right, 'Cloudwatt');
    await page.keyboard.press('2');
    await expect(right.getByTestId('tag-picker')).toBeVisible();
    await right.getByTestId('tag-input').press('Enter');
    await expect(right.getByTestId('entity-row').filter({ hasText: 'Cloudwatt' })).toBeVisible();

    // The shared list; a click on Orange lights its mentions in both panes.
    const shared = page.getByTestId('shared-bar');
    for (const name of ['Orange', 'Thales', 'AFP']) await expect(shared.getByTestId('shared-entity').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
    await expect(shared.getByTestId('shared-value')).toHaveCount(0);
    await expect(shared.getByTestId('shared-entity').filter({ hasText: /500 millions d’euros/ })).toContainText('= 500');
    await shared.getByTestId('shared-entity').filter({ hasText: /^Orange$/ }).click();
    await expect.poll(async () => (await painted(left, 'ent-selected')).every((t) => t === 'Orange') && (await painted(left, 'ent-selected')).length > 0).toBe(true);
    await expect.poll(async () => (await painted(right, 'ent-selected')).length).toBeGreaterThan(0);
    await page.mouse.click(5, 960);
    await page.screenshot({ path: join(SCREENSHOTS, 'entities-seeds-fr.png') });

    // Suggestions hidden from the text (still listed), and remembered; rejected stays rejected after a reload.
    await left.getByTestId('toggle-suggestions').click();
    await expect.poll(async () => (await painted(left, 'sug-ORG')).length + (await painted(right, 'sug-ORG')).length).toBe(0);
    await page.reload();
    const again = page.getByTestId('reader-pane').first();
    const toggle = again.getByTestId('notes-toggle');
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await again.getByTestId('tab-entities').click();
    await expect(again.getByTestId('suggestion').first()).toBeVisible();
    await expect(suggestion(again, 'Danone')).toHaveCount(0);
    await expect(again.getByTestId('toggle-suggestions')).toHaveAttribute('aria-pressed', 'true');
    expect(await painted(again, 'sug-ORG')).toEqual([]);
    await again.getByTestId('toggle-suggestions').click();
    await expect.poll(async () => (await painted(again, 'sug-ORG')).length).toBeGreaterThan(0);
  });

  test('timelines: an article’s tagged dates in order with their sentences, an entity’s across both articles; a click opens the passage', async ({ openApp }) => {
    const page = await openApp('fr-FR');
    await page.setViewportSize({ width: 1920, height: 1080 });
    const [left, right] = await openSeeds(page);
    // Accept every date suggested in both articles (years, weekdays and relative dates included), and Orange everywhere.
    for (const pane of [left, right]) {
      await expect(pane.locator('.suggestion.type-DATE').first()).toBeVisible();
      for (let accepted = 0; accepted < 30; accepted++) {
        await expect(pane.getByTestId('suggestion-count')).not.toHaveText(/…/);
        const dates = pane.locator('.suggestion.type-DATE');
        if ((await dates.count()) === 0) break;
        const suggested = async () => Number.parseInt((await pane.getByTestId('suggestion-count').textContent()) ?? '', 10);
        const before = await suggested();
        await dates.first().getByTestId('accept').click();
        await expect.poll(suggested).toBeLessThan(before);
      }
      await expect(pane.locator('.entity-group.type-DATE .entity-row').nth(1)).toBeVisible();
    }
    await suggestion(left, 'Orange').getByTestId('accept-all').click();
    await expect(left.getByTestId('entity-row').filter({ hasText: 'Orange' })).toBeVisible();

    // Each date entity shows the value it has here: `jeudi` is the dispatch's Thursday.
    await expect(left.getByTestId('entity-row').filter({ hasText: /^jeudi/ }).getByTestId('entity-value')).toHaveText('26 janvier 2012');
    // And so does the mention in the text, under the mouse.
    const jeudi = await passageBox(left, 'jeudi');
    await page.mouse.move((jeudi.x1 + jeudi.x2) / 2, jeudi.y1);
    await expect(left.getByTestId('hover-note').getByTestId('hover-value')).toContainText('26 janvier 2012');
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-date-value-fr.png') });
    await page.mouse.move(5, 5);
    await left.getByTestId('article-timeline').click();
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByTestId('timeline-item').first()).toBeVisible();
    const dates = await timeline.locator('.timeline-year').allTextContents();
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThanOrEqual(2);
    // The dispatch's own day, and `jeudi` resolved to it.
    await expect(timeline.getByTestId('timeline-item').filter({ hasText: '26 janvier 2012' }).filter({ has: page.locator('mark', { hasText: /^jeudi$/ }) })).toHaveCount(1);
    await expectAccessible(page, '[data-testid="timeline"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-article-fr.png') });
    const item = timeline.getByTestId('timeline-item').filter({ has: page.locator('mark', { hasText: /^jeudi$/ }) });
    await item.click();
    await expect(timeline).toHaveCount(0);

    await left.getByTestId('entity-row').filter({ hasText: 'Orange' }).getByTestId('open-entity').click();
    await page.getByTestId('entity-page').getByTestId('entity-timeline').click();
    await expect(timeline.getByTestId('timeline-item').first()).toBeVisible();
    // Both articles' sentences naming Orange, each with its article's title.
    await expect(timeline.locator('.timeline-source').filter({ hasText: 'Orange se félicite' }).first()).toBeVisible();
    await expect(timeline.locator('.timeline-source').filter({ hasText: 'Les ministères se mettent au cloud' }).first()).toBeVisible();
    for (const sentence of await timeline.locator('.timeline-sentence').allTextContents()) expect(sentence).toMatch(/Orange/);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-entity-1024-fr.png') });
    await page.keyboard.press('Escape');
    await expect(timeline).toHaveCount(0);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('theme-select').selectOption('dark');
    await left.getByTestId('article-timeline').click();
    await expect(timeline.getByTestId('timeline-item').first()).toBeVisible();
    await timeline.getByTestId('timeline-item').first().focus();
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-article-dark-fr.png') });
  });

  test('learning: a place rejected in one article stops being suggested in the other; off, and forgotten, it comes back', async ({ openApp }) => {
    const page = await openApp('fr-FR');
    await page.setViewportSize({ width: 1920, height: 1080 });
    const [left, right] = await openSeeds(page);
    await expect(suggestion(right, 'France')).toBeVisible();
    await expect(suggestion(right, 'France').locator('.type-chip')).toHaveAttribute('title', /lieu des listes/);
    // Here: Orange is an organisation, France (every place of it) is not wanted.
    await suggestion(left, 'Orange').getByTestId('accept').click();
    await expect(left.getByTestId('entity-row').filter({ hasText: 'Orange' })).toBeVisible();
    await suggestion(left, 'France').getByTestId('reject').click();
    await expect(suggestion(right, 'France')).toHaveCount(0);
    await expect(suggestion(right, 'Hexagone')).toBeVisible();

    await page.getByTestId('library-entities-button').click();
    const panel = page.getByTestId('library-entities');
    await expect(panel.getByTestId('learning-toggle')).toBeChecked();
    await expectAccessible(page, '[data-testid="library-entities"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'learning-fr.png') });
    await panel.getByTestId('learning-toggle').uncheck();
    await expect(suggestion(right, 'France')).toBeVisible();
    await panel.getByTestId('learning-toggle').check();
    await expect(suggestion(right, 'France')).toHaveCount(0);
    await panel.getByTestId('learning-reset').click();
    await expect(page.getByTestId('notice').filter({ hasText: 'n’influencent plus' })).toBeVisible();
    await expect(suggestion(right, 'France')).toBeVisible();
    // Remembered by the library: after a reload, learning is still on.
    await page.reload();
    await page.getByTestId('library-entities-button').click();
    await expect(page.getByTestId('learning-toggle')).toBeChecked();
  });

  test('the entity page: mentions in context across articles, a note, a click opens the article there; the library filter; brat export', async ({ openApp }, testInfo) => {
    const page = await openApp('fr-FR');
    const [left] = await openSeeds(page);
    await suggestion(left, 'Orange').getByTestId('accept-all').click();
    await suggestion(left, 'Thales').getByTestId('accept-all').click();
    await left.getByTestId('entity-row').filter({ hasText: 'Orange' }).getByTestId('open-entity').click();
    const entityPage = page.getByTestId('entity-page');
    await expect(entityPage.getByTestId('kwic-line').first()).toBeVisible();
    expect(await entityPage.getByTestId('kwic-line').count()).toBeGreaterThanOrEqual(10);
    await expect(entityPage.getByTestId('kwic-line').filter({ hasText: 'Les ministères se mettent au cloud' }).first()).toBeVisible();
    await entityPage.getByTestId('entity-note').click();
    await entityPage.getByTestId('entity-note-input').fill('Opérateur historique ; actionnaire de Cloudwatt');
    await entityPage.getByTestId('entity-external').fill('Q1431486');
    await entityPage.getByTestId('entity-external').press('Tab');
    await expect(entityPage.getByTestId('entity-note')).toContainText('actionnaire de Cloudwatt');
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-page-fr.png') });
    await entityPage.getByTestId('kwic-line').filter({ hasText: 'Les ministères se mettent au cloud' }).first().click();
    await expect(entityPage).toHaveCount(0);

    // Library: articles mentioning Thales and Orange.
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('entity-filter-input').fill('Thal');
    await page.getByTestId('entity-filter-option').first().click();
    await page.getByTestId('entity-filter-input').fill('Oran');
    await page.getByTestId('entity-filter-option').first().click();
    await expect(page.getByTestId('library-count')).toHaveText('2 articles');

    // brat: each article's .txt and .ann and the configuration.
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('scope-open').check();
    await dialog.getByTestId('format-brat').check();
    const saved: Record<string, string> = {};
    const saving: Promise<void>[] = [];
    page.on('download', (d) => {
      saving.push((async () => {
        const path = join(testInfo.outputDir, d.suggestedFilename());
        await d.saveAs(path);
        saved[d.suggestedFilename()] = readFileSync(path, 'utf8');
      })());
    });
    await dialog.getByTestId('export-now').click();
    // Every file is handed over before the dialog says how many were saved; then each is read whole.
    await expect(dialog.getByTestId('export-message')).toContainText('fichiers enregistrés');
    const files = Number(/(\d+) fichiers/.exec((await dialog.getByTestId('export-message').textContent())!)![1]);
    await expect.poll(() => saving.length).toBe(files);
    await Promise.all(saving);
    const ann = Object.entries(saved).filter(([name]) => name.endsWith('.ann'));
    expect(ann).toHaveLength(2);
    expect(ann.every(([, content]) => /^T\d+\tORG \d+ \d+\tOrange$/m.test(content))).toBe(true);
    expect(saved['annotation.conf']).toMatch(/\[entities\][\s\S]*ORG/);
  });
});

test.describe('entities across the library', () => {
  test.skip(!HAVE_SEEDS, SKIP);

  test('a pass over every article with a progress bar gathers suggestions; one accepted everywhere; the library panel counts it', async ({ openApp }) => {
    const page = await openApp('fr-FR');
    await page.getByTestId('file-input').setInputFiles(SEED_FILES);
    await page.getByTestId('import-report').getByRole('button', { name: 'Fermer' }).click();
    await page.getByTestId('library-entities-button').click();
    // A panel in the library's column (not a dialog): the articles beside it stay usable.
    const dialog = page.getByTestId('library-entities');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await dialog.getByTestId('scan-library').click();
    await expect(dialog.getByRole('status')).toContainText('6 articles sur 6');
    await expect(dialog.getByTestId('scan-progress')).toHaveAttribute('value', '6');
    const orange = dialog.getByTestId('library-suggestion').filter({ has: page.locator('.suggestion-text', { hasText: /^Orange$/ }) });
    await expect(orange).toContainText('dans 2 art.');
    await page.screenshot({ path: join(SCREENSHOTS, 'library-entities-fr.png') });
    await orange.getByTestId('library-accept-all').click();
    await expect(dialog.getByTestId('library-entity').filter({ hasText: 'Orange' })).toContainText('dans 2 art.');
    // Worked through from the keyboard: Delete skips the current group, Enter accepts the next everywhere.
    const queue = dialog.getByTestId('library-suggestion-queue');
    const before = await dialog.getByTestId('library-suggestion').count();
    const first = (await dialog.getByTestId('library-suggestion').first().locator('.suggestion-text').textContent())!;
    await queue.focus();
    await page.keyboard.press('Delete');
    await expect(dialog.getByTestId('library-suggestion')).toHaveCount(before - 1);
    await expect(dialog.getByTestId('library-suggestion').first().locator('.suggestion-text')).not.toHaveText(first);
    const next = (await dialog.getByTestId('library-suggestion').first().locator('.suggestion-text').textContent())!;
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('library-entity').filter({ hasText: next }).first()).toBeVisible();
    await dialog.getByTestId('library-entities-close').click();
    await expect(page.getByTestId('library-row').first()).toBeVisible();
  });
});

test('a type of the reader’s own, with its colour, to tag with; a mention untagged from the entity page', async ({ openApp }) => {
  const page = await openApp('fr-FR');
  await page.getByTestId('labels-button').click();
  await page.getByTestId('new-type-code').fill('PROJET');
  await page.getByTestId('new-type-name').fill('Projet');
  await page.getByTestId('add-type').click();
  await expect(page.getByTestId('entity-types')).toContainText('Projet');
  await page.getByTestId('labels-dialog').getByRole('button', { name: 'Fermer' }).click();

  await page.getByTestId('library-row').filter({ hasText: 'Voltaïa' }).click();
  const pane = page.getByTestId('reader-pane');
  await dragSelect(page, pane, 'plan France 2030');
  await pane.getByTestId('tag-as').click();
  await pane.getByTestId('tag-type-PROJET').click();
  await pane.getByTestId('tag-input').fill('France 2030');
  await pane.getByTestId('tag-input').press('Enter');
  await expect.poll(() => painted(pane, 'ent-PROJET')).toEqual(['plan France 2030']);
  await pane.getByTestId('tab-entities').click();
  await pane.getByTestId('entity-row').filter({ hasText: 'France 2030' }).getByTestId('open-entity').click();
  await page.getByTestId('entity-page').getByTestId('untag-mention').click();
  await expect(page.getByTestId('entity-page').getByTestId('kwic-line')).toHaveCount(0);
  // Its last mention gone, the entity is offered for deletion rather than left at 0 mentions.
  const offer = page.getByTestId('notice').filter({ hasText: 'n’est plus mentionné' });
  await expect(offer).toContainText('France 2030');
  await offer.getByTestId('notice-action').click();
  await page.getByTestId('entity-page').getByRole('button', { name: 'Fermer' }).click();
  await expect.poll(() => painted(pane, 'ent-PROJET')).toEqual([]);
  await expect(pane.getByTestId('entity-row').filter({ hasText: 'France 2030' })).toHaveCount(0);
  await page.getByTestId('library-entities-button').click();
  await expect(page.getByTestId('library-entities')).toContainText('Aucune entité');
  await expect(page.getByTestId('library-entity')).toHaveCount(0);
});
