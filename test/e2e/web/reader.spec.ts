import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, serve, SCREENSHOTS, test } from '../fixtures.ts';

test('opens two articles side by side in resizable panes that survive a restart', async ({ app, openApp, browser }) => {
  const page = await openApp('fr-FR');
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: 'Lumenis' }).click();
  await rows.filter({ hasText: 'Voltaïa' }).click({ modifiers: ['Alt'] });
  const panes = page.getByTestId('reader-pane');
  await expect(panes).toHaveCount(2);
  await expect(panes.nth(0)).toContainText('Ardentis Capital s’offre Lumenis');
  await expect(panes.nth(1)).toContainText('Voltaïa va construire une usine');
  // French typography arrives intact: curly apostrophes and no-break spaces before % and inside guillemets.
  const text = await panes.nth(0).locator('.article-body').textContent();
  expect(text).toContain('1,2 milliard d’euros');
  expect(text).toMatch(/«[\u00a0\u202f]/);
  await expect(panes.nth(0).locator('.dateline')).toHaveText('[14/03/2023 09:42:10] GRENOBLE (AFP)');
  await page.screenshot({ path: join(SCREENSHOTS, 'side-by-side-fr.png') });

  const before = await panes.nth(0).boundingBox();
  const splitter = page.getByTestId('splitter').first();
  const box = (await splitter.boundingBox())!;
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings.set') && r.request().postData()!.includes('"sizes":[0'));
  await page.mouse.move(box.x + 3, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x - 150, box.y + 200, { steps: 5 });
  await page.mouse.up();
  const after = await panes.nth(0).boundingBox();
  expect(after!.width).toBeLessThan(before!.width - 100);
  await saved;
  // The layout is saved a moment after the last change: wait until the saved file stops changing.
  const file = join(app.library, 'settings.json');
  let last = '';
  await expect.poll(() => {
    const now = readFileSync(file, 'utf8');
    const settled = now === last && /"sizes": \[\s*0/.test(now);
    last = now;
    return settled;
  }, { intervals: [400] }).toBe(true);

  // Quit and start again on the same library (the page first, as closing the window does): the two panes and their
  // sizes come back.
  await page.context().close();
  await app.stop();
  const again = await serve(app.library);
  try {
    const second = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1400, height: 860 } });
    await second.goto(again.url);
    await expect(second.getByTestId('reader-pane')).toHaveCount(2);
    await expect(second.getByTestId('reader-pane').nth(1)).toContainText('Voltaïa');
    const restored = await second.getByTestId('reader-pane').nth(0).boundingBox();
    expect(Math.abs(restored!.width - after!.width)).toBeLessThan(12);
    await second.close();
  } finally {
    await again.stop();
  }
});

test('up to four panes, each closing on its own, with synchronised scrolling on demand', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.setViewportSize({ width: 1600, height: 700 });
  const rows = page.getByTestId('library-row');
  await rows.nth(0).click();
  // Alt+click and a middle click open beside; so does the selection's Open side by side (tested with the selection).
  await rows.nth(1).click({ modifiers: ['Alt'] });
  await rows.nth(2).click({ button: 'middle' });
  await rows.nth(3).click({ modifiers: ['Alt'] });
  const panes = page.getByTestId('reader-pane');
  await expect(panes).toHaveCount(4);
  await rows.nth(0).click({ modifiers: ['Alt'] });
  await expect(page.getByTestId('notice').filter({ hasText: 'At most 4 articles side by side.' })).toHaveAttribute('role', 'status');
  await page.screenshot({ path: join(SCREENSHOTS, 'four-panes-en.png') });

  await page.getByTestId('sync-scroll').check();
  // Every article loaded (a pane still loading has nothing to scroll yet).
  await expect(page.getByTestId('article')).toHaveCount(4);
  const scrollers = page.locator('.pane-scroll');
  // The reader scrolls the first pane with the wheel: the others follow.
  await scrollers.nth(0).hover();
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => scrollers.nth(0).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect.poll(() => scrollers.nth(2).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  await panes.nth(3).getByTestId('close-pane').click();
  await expect(panes).toHaveCount(3);
  await page.getByTestId('sync-scroll').uncheck();
  await scrollers.nth(1).evaluate((el) => el.scrollTo(0, 0));
  await scrollers.nth(0).hover();
  await page.mouse.wheel(0, -200);
  await page.waitForTimeout(200);
  expect(await scrollers.nth(1).evaluate((el) => el.scrollTop)).toBe(0);
});

test('dark theme and keyboard: open from the list with Enter, side by side with Shift+Enter', async ({ openApp }) => {
  const page = await openApp('en-GB');
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('library-list').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('reader-pane')).toHaveCount(2);
  await page.screenshot({ path: join(SCREENSHOTS, 'side-by-side-dark-en.png') });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Keyboard shortcuts');
});
