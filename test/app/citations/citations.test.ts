import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { join } from 'node:path';
import { openTestCore, type TestCore } from '../../support/api.ts';
import { apostille, SAMPLE_FILES } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';
import { siteRoutes } from '../../support/web-pages.ts';
import { startWebServer, type WebServer } from '../../support/web-server.ts';

// Citations exported from the library, read back by a real parser (citation-js's BibTeX and RIS readers: other code
// than its writers, the way Zotero or a LaTeX toolchain would read the files).
let site: WebServer;
beforeAll(async () => {
  site = await startWebServer(siteRoutes(() => site.origin));
});
afterAll(() => site.close());
const tempDir = useTempDir();

interface Parsed { type: string; title: string; author?: { family?: string; given?: string; literal?: string }[]; 'container-title'?: string; issued?: { 'date-parts': number[][] }; URL?: string }
const read = (text: string): Parsed[] => (new Cite(text) as unknown as { data: Parsed[] }).data;

async function library(): Promise<{ t: TestCore; news: string; study: string }> {
  const t = await openTestCore(tempDir());
  const report = await t.job('documents.import', { addresses: [`${site.origin}/eco/lyon-lampadaires`, `${site.origin}/revue/eclairage`], allowLocalAddresses: true });
  const id = (start: string) => report.imported.find((i) => i.title.startsWith(start))!.id;
  return { t, news: id('Lyon'), study: id('Street') };
}

describe('citations', () => {
  it('exports a saved news article as BibTeX, BibLaTeX, RIS and CSL-JSON that read back with its metadata', async () => {
    const { t, news } = await library();
    try {
      const bib = (await t.job('citations.export', { format: 'bibtex', documentIds: [news] })).files[0]!;
      expect(bib.fileName).toBe('dubois2025lyon.bib');
      const [fromBib] = read(bib.content);
      expect(fromBib).toMatchObject({ title: 'Lyon remplace ses lampadaires pour diviser sa facture par deux', 'container-title': 'Le Courrier du Rhône', URL: `${site.origin}/eco/lyon-lampadaires` });
      expect(fromBib!.author).toEqual([{ family: 'Dubois', given: 'Claire' }, expect.objectContaining({ family: expect.stringContaining('La Tour'), given: 'Marc-Antoine' })]);
      expect(fromBib!.issued!['date-parts'][0]!.slice(0, 1)).toEqual([2025]);

      const ris = (await t.job('citations.export', { format: 'ris', documentIds: [news] })).files[0]!.content;
      expect(ris).toMatch(/^TY {2}- NEWS$/m);
      const [fromRis] = read(ris);
      expect(fromRis).toMatchObject({ type: 'article-newspaper', title: 'Lyon remplace ses lampadaires pour diviser sa facture par deux', 'container-title': 'Le Courrier du Rhône' });
      // The RIS specification names a newspaper article's AU its reporters; citation-js reads them back as such.
      expect((fromRis as unknown as { reporter: string[] }).reporter).toEqual(['Dubois, Claire', 'de La Tour, Marc-Antoine']);
      expect(ris).toMatch(/^DA {2}- 2025\/03\/13\/$/m);
      expect(fromRis!.issued!['date-parts'][0]![0]).toBe(2025);

      const biblatex = (await t.job('citations.export', { format: 'biblatex', documentIds: [news] })).files[0]!.content;
      expect(biblatex).toMatch(/journaltitle = \{Le Courrier du Rh/);
      expect(biblatex).toMatch(/date = \{2025-03-13\}/);
      expect(read(biblatex)[0]).toMatchObject({ title: 'Lyon remplace ses lampadaires pour diviser sa facture par deux' });

      const csl = JSON.parse((await t.job('citations.export', { format: 'csl', documentIds: [news] })).files[0]!.content) as Record<string, unknown>[];
      expect(csl[0]).toMatchObject({ type: 'article-newspaper', section: 'Économie', 'container-title': 'Le Courrier du Rhône', issued: { 'date-parts': [[2025, 3, 13]] } });
    } finally {
      await t.close();
    }
  });

  it('follows the reader’s corrections: details, type and section edited, authors re-read', async () => {
    const { t, news, study } = await library();
    try {
      await t.call('documents.update', { id: news, author: 'Claire Dubois; Jean Martin', published: '2025-03-15', kind: 'article-magazine', section: 'Société' });
      expect(await t.call('documents.get', { id: news })).toMatchObject({ kind: 'article-magazine', section: 'Société' });
      const csl = JSON.parse((await t.job('citations.export', { format: 'csl', documentIds: [news, study] })).files[0]!.content) as Record<string, unknown>[];
      expect(csl[0]).toMatchObject({ type: 'article-magazine', section: 'Société', issued: { 'date-parts': [[2025, 3, 15]] }, author: [{ given: 'Claire', family: 'Dubois' }, { given: 'Jean', family: 'Martin' }] });
      // The study keeps the names its citation_* tags gave.
      expect(csl[1]).toMatchObject({ type: 'article-journal', author: [{ family: 'Okafor', given: 'Ngozi' }, { family: 'Lindqvist', given: 'Per' }], 'container-title': 'Journal of Urban Energy' });
    } finally {
      await t.close();
    }
  });

  it('exports a collection’s citations from the CLI, keys made unique', () => {
    const dir = tempDir();
    expect(apostille(['--library', dir, 'import', ...SAMPLE_FILES]).code).toBe(0);
    const ids = (JSON.parse(apostille(['--library', dir, 'list', '--json']).stdout) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(apostille(['--library', dir, 'collections', 'create', 'Énergie']).code).toBe(0);
    expect(apostille(['--library', dir, 'collections', 'add', 'Énergie', ids[0]!, ids[1]!]).code).toBe(0);
    const out = join(dir, 'energie.ris');
    const run = apostille(['--library', dir, 'export', '--format', 'ris', '--collection', 'énergie', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const bib = apostille(['--library', dir, 'export', '--format', 'bibtex']);
    expect(bib.code, bib.stderr).toBe(0);
    const entries = read(bib.stdout);
    expect(entries).toHaveLength(SAMPLE_FILES.length);
    const keys = [...bib.stdout.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(keys.length);
    const ris = apostille(['--library', dir, 'export', '--format', 'ris', '--collection', 'Énergie']);
    expect(read(ris.stdout)).toHaveLength(2);
    expect(apostille(['--library', dir, 'export', '--format', 'ris', '--collection', 'Énergie', '--doc', ids[0]!]).code).toBe(2);
  });
});
