import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { listAnnotations, updateAnnotation } from '../../../app/annotations/store.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { joinTeam as joinLibrary, syncLibrary } from '../../../app/team/index.ts';
import { findPostgres, startPostgres, type PgServer } from '../../support/pg-server.ts';
import { cli, expect, ROOT, SCREENSHOTS, serve, test, type Served } from '../fixtures.ts';
import { expectAccessible } from './accessibility.ts';

// Two members of a team library, each with the app open on a library of their own, synced through a real PostgreSQL:
// each sees the other's notes without doing anything. Screenshots in test-results/screenshots/team/.

const found = findPostgres();
const missing = 'missing' in found ? found.missing : null;
if (missing && process.env.CI !== 'true') console.log(`skipped: the team library end-to-end test — ${missing}`);

const ARTICLE = join(ROOT, 'assets', 'samples', 'fr-batterie-lyon.txt');

function teamCli(args: string[], env: Record<string, string> = {}): string {
  const library = mkdtempSync(join(tmpdir(), 'apostille-e2e-cli-'));
  const result = spawnSync(process.execPath, [join(ROOT, 'app', 'cli', 'main.ts'), '--library', library, 'team', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

async function openMember(browser: Browser, app: Served, locale: string, theme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, colorScheme: theme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(app.url);
  await page.getByTestId('library-list').or(page.getByTestId('library-empty')).waitFor();
  return page;
}

/** The folder a served app makes for a new library of this name (its home is beside its first library). */
const madeLibrary = (app: Served, folder: string) => join(`${app.library}-home`, folder);

/** Joins from the Team dialog: a new library named after the database opens, and the dialog then shows the team. */
async function joinTeam(page: Page, address: string, password: string): Promise<void> {
  await page.getByTestId('team-button').click();
  await page.getByTestId('team-address').fill(address);
  await page.getByTestId('team-password').fill(password);
  await expect(page.getByTestId('team-library-name')).toHaveValue('redaction');
  await page.getByTestId('team-join-submit').click();
  await expect(page.getByTestId('library-switch')).toContainText('redaction', { timeout: 20_000 });
  await expect(page.getByTestId('team-button')).toHaveAttribute('data-state', /synced|syncing/, { timeout: 20_000 });
  await page.getByTestId('team-button').click();
  await expect(page.getByTestId('team-status')).toBeVisible();
}

test.describe('a team library', () => {
  test.skip(missing !== null && process.env.CI !== 'true', `PostgreSQL is not installed: ${missing}`);

  test('two members, each in their own window, see each other’s notes as they are made', async ({ browser }) => {
    test.setTimeout(120_000);
    let server: PgServer | null = null;
    const apps: Served[] = [];
    try {
      server = await startPostgres();
      await server.createDatabase('redaction');
      const owner = server.uri(server.superuser, server.password, 'redaction');
      teamCli(['init', owner]);
      teamCli(['members', 'add', owner, 'lea'], { APOSTILLE_MEMBER_PASSWORD: 'lea-secret-1' });
      teamCli(['members', 'add', owner, 'malik'], { APOSTILLE_MEMBER_PASSWORD: 'malik-secret-1' });
      const address = (name: string) => `postgres://${name}@127.0.0.1:${server!.port}/redaction`;

      apps.push(await serve(), await serve());
      const [lea, malik] = apps as [Served, Served];
      const leaPage = await openMember(browser, lea, 'fr-FR', 'light');
      const malikPage = await openMember(browser, malik, 'en-GB', 'dark');

      // Joining: the Team dialog before and after, and axe on it.
      await leaPage.getByTestId('team-button').click();
      await expect(leaPage.getByTestId('team-join')).toBeVisible();
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'join-fr.png') });
      await expectAccessible(leaPage, '[data-testid="team-dialog"]');
      await leaPage.keyboard.press('Escape');
      // A wrong password: said plainly, in French; Léa stays in her own library, and no library is left behind.
      await leaPage.getByTestId('team-button').click();
      await leaPage.getByTestId('team-address').fill(address('lea'));
      await leaPage.getByTestId('team-password').fill('not-her-password');
      await leaPage.getByTestId('team-join-submit').click();
      await expect(leaPage.getByTestId('team-error')).toContainText('mot de passe', { timeout: 20_000 });
      await leaPage.keyboard.press('Escape');
      await expect(leaPage.getByTestId('library-switch')).toContainText('Ma bibliothèque');
      await expect(leaPage.getByTestId('library-row').first()).toBeVisible();
      await leaPage.getByTestId('library-switch').click();
      await expect(leaPage.getByTestId('library-choice')).toHaveCount(1);
      await leaPage.keyboard.press('Escape');

      await joinTeam(leaPage, address('lea'), 'lea-secret-1');
      // A new library for the team: it starts empty, and her own library is as it was.
      await expect(leaPage.getByTestId('team-status-member')).toHaveText('lea');
      await expect(leaPage.getByTestId('team-member')).toHaveCount(3);
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'status-fr.png') });
      await leaPage.setViewportSize({ width: 1920, height: 1080 });
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'status-fr-1920.png') });
      await leaPage.setViewportSize({ width: 1280, height: 800 });
      await expectAccessible(leaPage, '[data-testid="team-dialog"]');
      await leaPage.keyboard.press('Escape');
      await joinTeam(malikPage, address('malik'), 'malik-secret-1');
      // The dialog in English, dark, in a window 1024 px wide.
      await malikPage.setViewportSize({ width: 1024, height: 700 });
      await malikPage.screenshot({ path: join(SCREENSHOTS, 'team', 'status-en-dark-1024.png') });
      await expectAccessible(malikPage, '[data-testid="team-dialog"]');
      await malikPage.setViewportSize({ width: 1280, height: 800 });
      await malikPage.keyboard.press('Escape');
      await expect(leaPage.getByTestId('library-row')).toHaveCount(0);

      // Léa brings in an article and annotates it (through the CLI, beside her open window): her window sends it.
      const leaTeam = madeLibrary(lea, 'redaction');
      const malikTeam = madeLibrary(malik, 'redaction');
      cli(leaTeam, 'import', ARTICLE);
      const id = (JSON.parse(cli(leaTeam, 'list', '--json')) as { items: { id: string }[] }).items[0]!.id;
      const text = readFileSync(ARTICLE, 'utf8');
      const quote = (pattern: RegExp) => text.match(pattern)![0];
      const quoteA = quote(/un investissement de 1,4 milliard d.euros/);
      cli(leaTeam, 'annotate', id, '--quote', quoteA, '--note', 'Chiffre à vérifier auprès de la Métropole (Léa)');
      // Malik's window receives it, unasked.
      await expect(malikPage.getByTestId('library-row')).toHaveCount(1, { timeout: 20_000 });
      await malikPage.getByTestId('library-row').first().click();
      await expect(malikPage.getByTestId('reader-pane')).toBeVisible();
      await expect(malikPage.getByTestId('annotation-card')).toContainText(['Chiffre à vérifier'], { timeout: 20_000 });

      // Malik answers with a note of his own on another passage; Léa's window shows it beside hers.
      const quoteB = quote(/une levée de fonds de 500 millions d.euros/);
      cli(malikTeam, 'annotate', id, '--quote', quoteB, '--note', 'Source: the Métropole’s press release of 12 March (Malik)');
      await leaPage.getByTestId('library-row').first().click();
      await expect(leaPage.getByTestId('annotation-card')).toHaveCount(2, { timeout: 20_000 });
      await expect(malikPage.getByTestId('annotation-card')).toHaveCount(2, { timeout: 20_000 });
      await expect(leaPage.getByTestId('team-button')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });

      // Each window says whose the other's note is, and offers no edit of it (only its author may change it).
      const leasCard = malikPage.getByTestId('annotation-card').filter({ hasText: 'Chiffre à vérifier' });
      await expect(leasCard.getByTestId('card-author')).toHaveText('by lea');
      await expect(leasCard.getByTestId('edit-note')).toHaveCount(0);
      await expect(leasCard.getByTestId('delete-annotation')).toHaveCount(0);
      await expect(leaPage.getByTestId('annotation-card').filter({ hasText: 'Chiffre à vérifier' }).getByTestId('edit-note')).toHaveCount(1);

      // Léa changes her note on a second computer while offline, and in her window: both texts are kept.
      const laptop = openLibrary(mkdtempSync(join(tmpdir(), 'apostille-e2e-laptop-')));
      await joinLibrary(laptop.db, address('lea'), { password: 'lea-secret-1' });
      const mine = listAnnotations(laptop.db, id).find((a) => a.note?.includes('Léa'))!;
      updateAnnotation(laptop.db, mine.id, { note: 'Confirmé par la Métropole : 1,4 milliard (Léa, sur le portable)' });
      const card = leaPage.getByTestId('annotation-card').filter({ hasText: 'Chiffre à vérifier' });
      await card.getByTestId('edit-note').click();
      await leaPage.getByTestId('note-input').fill('Chiffre à vérifier auprès de la Métropole : appel prévu (Léa)');
      await leaPage.getByTestId('note-input').press('Control+Enter');
      await syncLibrary(laptop.db, { password: 'lea-secret-1' });
      laptop.close();
      // Whichever was sent last is the note; the other is its earlier version, in both windows.
      for (const page of [leaPage, malikPage]) {
        const twice = page.getByTestId('annotation-card').filter({ has: page.getByTestId('note-versions-toggle') });
        await expect(twice.getByTestId('note-versions-toggle')).toHaveText('2 versions', { timeout: 20_000 });
        await twice.getByTestId('note-versions-toggle').click();
        await expect(twice.getByTestId('note-version')).toHaveCount(1);
        const both = `${await twice.getByTestId('card-note').innerText()} ${await twice.getByTestId('note-version').innerText()}`;
        expect(both).toContain('appel prévu');
        expect(both).toContain('sur le portable');
      }
      await expect(leaPage.getByTestId('use-version')).toHaveCount(1);
      await expect(malikPage.getByTestId('use-version')).toHaveCount(0);
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'two-versions-fr.png') });

      const shots = ['lea-fr-light.png', 'malik-en-dark.png'];
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', shots[0]!) });
      await malikPage.screenshot({ path: join(SCREENSHOTS, 'team', shots[1]!) });
      // Both windows in one picture, side by side, as two people at two desks would see them.
      const board = await (await browser.newContext({ viewport: { width: 2580, height: 820 } })).newPage();
      const img = (file: string) => `<img src="data:image/png;base64,${readFileSync(join(SCREENSHOTS, 'team', file)).toString('base64')}" style="width:1280px;border:1px solid #888">`;
      await board.setContent(`<body style="margin:0;display:flex;gap:10px;background:#555;padding:8px">${shots.map(img).join('')}</body>`);
      await board.screenshot({ path: join(SCREENSHOTS, 'team', 'two-members.png') });

      // Léa goes back to her own library (samples, no team) and to the team's again: it syncs without her password.
      await leaPage.getByTestId('library-switch').click();
      await expect(leaPage.getByTestId('library-choice')).toHaveCount(2);
      await expect(leaPage.getByTestId('library-choice').nth(1)).toContainText('Bibliothèque d’équipe « redaction »');
      await expect(leaPage.getByTestId('library-choice').nth(1)).toContainText('en tant que lea');
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'libraries-fr.png') });
      await expectAccessible(leaPage, '[data-testid="libraries-dialog"]');
      await leaPage.getByTestId('library-open').click();
      await expect(leaPage.getByTestId('library-switch')).toContainText('Ma bibliothèque');
      await expect(leaPage.getByTestId('team-button')).toHaveAttribute('data-state', 'private');
      const ownRows = await leaPage.getByTestId('library-row').count();
      expect(ownRows).toBeGreaterThan(1);
      // Malik notes something while Léa is away from the team's library; she finds it when she comes back.
      cli(malikTeam, 'annotate', id, '--quote', quote(/Lyon/), '--note', 'While you were away (Malik)');
      await leaPage.getByTestId('library-switch').click();
      await leaPage.setViewportSize({ width: 1024, height: 700 });
      await leaPage.screenshot({ path: join(SCREENSHOTS, 'team', 'libraries-fr-1024.png') });
      await leaPage.setViewportSize({ width: 1280, height: 800 });
      await leaPage.getByTestId('library-open').click();
      await expect(leaPage.getByTestId('library-switch')).toContainText('redaction');
      await leaPage.getByTestId('library-row').first().click();
      await expect(leaPage.getByTestId('annotation-card').filter({ hasText: 'While you were away' })).toHaveCount(1, { timeout: 20_000 });
      await expect(leaPage.getByTestId('team-button')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });
      await malikPage.getByTestId('library-switch').click();
      await malikPage.screenshot({ path: join(SCREENSHOTS, 'team', 'libraries-en-dark.png') });
      await expectAccessible(malikPage, '[data-testid="libraries-dialog"]');
      await malikPage.keyboard.press('Escape');
      for (const page of [leaPage, malikPage]) expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    } finally {
      for (const app of apps) await app.stop();
      await server?.stop();
    }
  });
});
