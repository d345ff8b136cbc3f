import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../../app/annotations/index.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { getDocument, getOriginal } from '../../../app/store/documents.ts';
import { documentImages, getCitation } from '../../../app/store/page-assets.ts';
import { importAddresses } from '../../../app/web/import-addresses.ts';
import { documentFromAddress } from '../../../app/web/page-document.ts';
import { useTempDir } from '../../support/tmp.ts';
import { IMAGES, NEWS_PARAGRAPHS, newsPage, siteRoutes } from '../../support/web-pages.ts';
import { serve, startWebServer, type WebServer } from '../../support/web-server.ts';

let site: WebServer;
let version = 1;
beforeAll(async () => {
  const routes = siteRoutes(() => site.origin);
  // A page that changes between two visits: the second adds a paragraph and rewrites another.
  routes['/eco/changeante'] = (request, response) => {
    const paragraphs = version === 1 ? NEWS_PARAGRAPHS : [NEWS_PARAGRAPHS[0]!, 'Mise à jour : la métropole précise le calendrier des travaux, quartier par quartier, sur son site.', ...NEWS_PARAGRAPHS.slice(1, 4)];
    serve(newsPage(site.origin, paragraphs).replace(/<link rel="canonical"[^>]*>/, ''))(request, response);
  };
  site = await startWebServer(routes);
});
afterAll(() => site.close());

const tempDir = useTempDir();
function library(): Library {
  return openLibrary(tempDir());
}
const save = (lib: Library, paths: string[], options: { allowLocal?: boolean; timeoutMs?: number; maxBytes?: number } = {}) =>
  importAddresses(lib.db, paths.map((p) => (p.startsWith('/') ? site.origin + p : p)), { allowLocal: true, ...options });

describe('saving a web page by its address', () => {
  it('stores a news article with its JSON-LD and Open Graph metadata, its lazy images and the page as fetched', async () => {
    const lib = library();
    const report = await save(lib, ['/eco/lyon-lampadaires']);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(1);
    const doc = getDocument(lib.db, report.imported[0]!.id);
    // JSON-LD wins over Open Graph and the <title>; the site name is the publication.
    expect(doc.title).toBe('Lyon remplace ses lampadaires pour diviser sa facture par deux');
    expect(doc.author).toBe('Claire Dubois, Marc-Antoine de La Tour');
    expect(doc.source).toBe('Le Courrier du Rhône');
    expect(doc.published).toBe('2025-03-13');
    expect(doc.language).toBe('fr');
    expect(doc.url).toBe(`${site.origin}/eco/lyon-lampadaires`);
    expect(doc.format).toBe('html');
    expect(doc.text).toContain('« Nous voulons réduire de moitié la facture d’électricité');
    expect(doc.text).not.toContain('À lire aussi');
    expect(doc.text).not.toContain('Mentions légales');
    const citation = getCitation(lib.db, doc.id)!;
    expect(citation).toMatchObject({
      type: 'article-newspaper', title: doc.title, 'container-title': 'Le Courrier du Rhône', section: 'Économie',
      issued: { 'date-parts': [[2025, 3, 13]] }, URL: doc.url, language: 'fr', custom: { modified: '2025-03-14' },
      abstract: 'La métropole investit 42 millions d’euros dans un éclairage public sobre.',
    });
    expect(citation.author).toEqual([{ given: 'Claire', family: 'Dubois' }, { given: 'Marc-Antoine', family: 'de La Tour' }]);
    // The lazy image (data-src behind a placeholder) and the srcset's largest candidate, stored by hash.
    const images = documentImages(lib.db, doc.id);
    expect(images.map((i) => Buffer.from(i.bytes).equals(Buffer.from(IMAGES['/img/lampadaire.png'])) || Buffer.from(i.bytes).equals(Buffer.from(IMAGES['/img/carte-1200.png'])))).toEqual([true, true]);
    for (const image of images) expect(doc.html).toContain(`data-image="${image.hash}"`);
    expect(doc.html).not.toMatch(/src="http|srcset|data-src/);
    expect(Buffer.from(getOriginal(lib.db, doc.id)).toString('utf8')).toBe(newsPage(site.origin));
    lib.close();
  });

  it('reads citation_* tags when they are all the page has', async () => {
    const lib = library();
    const report = await save(lib, ['/revue/eclairage']);
    const doc = getDocument(lib.db, report.imported[0]!.id);
    expect(doc).toMatchObject({ title: 'Street lighting and night-time energy use in European cities', author: 'Okafor, Ngozi, Lindqvist, Per', source: 'Journal of Urban Energy', published: '2024-11-05', language: 'en' });
    expect(getCitation(lib.db, doc.id)).toMatchObject({ type: 'article-journal', author: [{ family: 'Okafor', given: 'Ngozi' }, { family: 'Lindqvist', given: 'Per' }] });
    lib.close();
  });

  it('asks Defuddle where Readability finds no article: a script-drawn page whose text is only in its JSON-LD', async () => {
    const news = await documentFromAddress(`${site.origin}/eco/lyon-lampadaires`, { allowLocal: true }, new Date().toISOString());
    expect(news.extractor).toBe('readability');
    const shell = await documentFromAddress(`${site.origin}/appli/article`, { allowLocal: true }, new Date().toISOString());
    expect(shell.extractor).toBe('defuddle');
    expect(shell.doc.title).toBe('Lyon éteint ses rues la nuit');
    expect(shell.doc.text).toContain('58 000 points lumineux');
    expect(shell.doc.published).toBe('2025-03-20');
  });

  it('decodes a page in the charset its <meta> declares', async () => {
    const lib = library();
    const report = await save(lib, ['/vins/ete']);
    const doc = getDocument(lib.db, report.imported[0]!.id);
    expect(doc.title).toBe('L’été des vignerons : « une récolte précoce »');
    expect(doc.text).toContain('« Ça fait trente ans que je n’ai pas vu ça »');
    expect(doc.text).toContain('œnologues');
    expect(doc.encoding).toBe('windows-1252');
    lib.close();
  });

  it('follows a chain of redirects and refuses an endless one', async () => {
    const lib = library();
    const report = await save(lib, ['/r/1', '/boucle']);
    expect(report.imported.map((i) => getDocument(lib.db, i.id).url)).toEqual([`${site.origin}/eco/lyon-lampadaires`]);
    expect(report.failed).toEqual([{ file: `${site.origin}/boucle`, error: expect.objectContaining({ code: 'too_many_redirects' }) }]);
    lib.close();
  });

  it('reports each failing address with its reason, and saves the rest of the batch', async () => {
    const lib = library();
    const report = await save(lib, ['/absente', '/connexion', '/rapport.pdf', 'ftp://example.org/x', '/revue/eclairage', '/enorme'], { maxBytes: 2 * 1024 * 1024 });
    expect(report.imported).toHaveLength(1);
    const codes = Object.fromEntries(report.failed.map((f) => [f.file.replace(site.origin, ''), f.error.code]));
    expect(codes).toEqual({
      '/absente': 'page_not_found', '/connexion': 'not_an_article', '/rapport.pdf': 'pdf_damaged',
      'ftp://example.org/x': 'address_invalid', '/enorme': 'page_too_large',
    });
    expect(report.failed.find((f) => f.file.endsWith('/absente'))!.error.details).toMatchObject({ status: 404 });
    lib.close();
  });

  it('gives up on a page that does not arrive in time', async () => {
    const lib = library();
    const started = Date.now();
    const report = await save(lib, ['/lent'], { timeoutMs: 300 });
    expect(report.failed[0]!.error).toMatchObject({ code: 'page_timeout' });
    expect(Date.now() - started).toBeLessThan(2500);
    lib.close();
  });

  it('saves an article whose images fail, without them, and says how many are missing', async () => {
    const lib = library();
    const report = await save(lib, ['/images-cassees']);
    expect(report.imported[0]!.imagesMissing).toBe(2);
    const doc = getDocument(lib.db, report.imported[0]!.id);
    expect(doc.html).not.toContain('<img');
    expect(documentImages(lib.db, doc.id)).toEqual([]);
    lib.close();
  });

  it('refuses addresses on this computer unless local addresses are allowed', async () => {
    const lib = library();
    const report = await save(lib, ['/revue/eclairage', 'http://localhost:1/x', 'http://[::1]:1/', 'http://169.254.169.254/latest/meta-data'], { allowLocal: false });
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f) => f.error.code)).toEqual(['address_refused', 'address_refused', 'address_refused', 'address_refused']);
    lib.close();
  });

  it('makes a new version when an address is added again and its page changed, its notes moved onto the new text', async () => {
    const lib = library();
    version = 1;
    const first = await save(lib, ['/eco/changeante']);
    const id = first.imported[0]!.id;
    const doc = getDocument(lib.db, id);
    const quote = '58 000 points lumineux';
    const start = doc.text.indexOf(quote);
    createAnnotation(lib.db, { documentId: id, start, end: start + quote.length, color: 'yellow', note: 'À vérifier', tags: [] });
    const again = await save(lib, ['/eco/changeante']);
    expect(again.duplicates).toHaveLength(1);
    version = 2;
    const changed = await save(lib, ['/eco/changeante']);
    expect(changed.updated).toEqual([expect.objectContaining({ previousId: id, reanchored: 1, orphaned: 0 })]);
    const newId = changed.updated[0]!.id;
    const moved = listAnnotations(lib.db, newId);
    const text = getDocument(lib.db, newId).text;
    expect(text.slice(moved[0]!.start, moved[0]!.end)).toBe(quote);
    // The images are the same bytes: stored once, still shown by the new version.
    expect(documentImages(lib.db, newId)).toHaveLength(2);
    expect((lib.db.prepare('SELECT count(*) AS n FROM images').get() as { n: number }).n).toBe(2);
    lib.close();
  });

  it('stops fetching when cancelled and keeps what it stored', async () => {
    const lib = library();
    const controller = new AbortController();
    const report = await importAddresses(lib.db, [site.origin + '/revue/eclairage', site.origin + '/lent', site.origin + '/lent', site.origin + '/lent', site.origin + '/lent', site.origin + '/vins/ete'], { allowLocal: true, concurrency: 1 }, {
      signal: controller.signal,
      progress: (p) => {
        if (p.done === 1) setTimeout(() => controller.abort(), 50);
      },
    });
    expect(report.imported).toHaveLength(1);
    expect(report.failed).toEqual([]);
    lib.close();
  });
});
