// The issue's web figures, from a local server: a 3,000-word page with 10 images saved into a readable article (the
// whole path: fetch, charset, Readability, metadata, the images fetched and stored, the article written), with
// Readability alone on the same page beside it; and 200 addresses saved 4 at a time, pages per second, with the
// server answering at once and with 100 ms of latency per answer (a distant site).
//
// Alone: `node test/bench/web-bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { openLibrary } from '../../app/library/index.ts';
import { countWords } from '../../app/import/normalise.ts';
import { importAddresses } from '../../app/web/import-addresses.ts';
import { png } from '../support/web-pages.ts';
import { serve, startWebServer, type Route } from '../support/web-server.ts';
import { generateArticle } from './generate-articles.ts';

export const TARGET_PAGE_MS = 2_000;
const PAGES = 200;

export interface WebFigures {
  pageWords: number;
  pageImages: number;
  /** Median of 5 saves, each into a library of its own. */
  pageMs: number;
  readabilityMs: number;
  pages: number;
  pagesPerSecond: number;
  pagesPerSecondWithLatency: number;
  latencyMs: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A news page of about `words` words from generated articles, `images` figures spread through it. */
function page(serial: number, words: number, images: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let part = 0; count < words; part++) {
    for (const paragraph of generateArticle(serial * 100 + part).text.split(/\n+/).slice(2)) {
      paragraphs.push(paragraph);
      count += countWords(paragraph);
    }
  }
  const every = Math.max(1, Math.floor(paragraphs.length / (images + 1)));
  const body = paragraphs.map((p, i) => `<p>${p}</p>${i % every === every - 1 && i / every < images ? `<figure><img data-src="/img/${serial}-${Math.floor(i / every)}.png" alt=""><figcaption>Photo ${i}</figcaption></figure>` : ''}`).join('\n');
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: `Article ${serial}`, datePublished: '2025-05-01', author: { '@type': 'Person', name: 'Claire Dubois' } };
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article ${serial}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
    <body><nav><a href="/">Accueil</a></nav><article><h1>Article ${serial}</h1>${body}</article><footer>© Exemple</footer></body></html>`;
}

function routes(pages: number, words: number, images: number, latencyMs: number): Record<string, Route> {
  const table: Record<string, Route> = {};
  const delay = (route: Route): Route => (latencyMs === 0 ? route : async (request, response) => {
    await new Promise((done) => setTimeout(done, latencyMs));
    await route(request, response);
  });
  for (let serial = 0; serial < pages; serial++) {
    table[`/a/${serial}`] = delay(serve(page(serial, words, images)));
    for (let i = 0; i < images; i++) table[`/img/${serial}-${i}.png`] = delay(serve(png(800, 450, [(serial * 37) % 256, (i * 53) % 256, 120]), 'image/png'));
  }
  return table;
}

export async function runWebBench(dir: string, log: (line: string) => void = () => {}): Promise<WebFigures> {
  const one = await startWebServer(routes(6, 3000, 10, 0));
  const html = page(0, 3000, 10);
  const pageMs: number[] = [];
  const readability: number[] = [];
  try {
    for (let run = 0; run < 6; run++) {
      const library = openLibrary(mkdtempSync(join(dir, 'one-')));
      const started = performance.now();
      const report = await importAddresses(library.db, [`${one.origin}/a/${run}`], { allowLocal: true });
      if (run > 0) pageMs.push(performance.now() - started); // the first warms the modules up
      if (report.imported.length !== 1) throw new Error(`the page was not saved: ${JSON.stringify(report.failed)}`);
      library.close();
      const t = performance.now();
      new Readability(new JSDOM(html, { url: one.origin }).window.document as never).parse();
      if (run > 0) readability.push(performance.now() - t);
    }
  } finally {
    await one.close();
  }
  log(`  one page: ${median(pageMs).toFixed(0)} ms`);

  const throughput = async (latencyMs: number): Promise<number> => {
    const site = await startWebServer(routes(PAGES, 800, 2, latencyMs));
    const library = openLibrary(mkdtempSync(join(dir, 'many-')));
    try {
      const started = performance.now();
      const report = await importAddresses(library.db, Array.from({ length: PAGES }, (_, i) => `${site.origin}/a/${i}`), { allowLocal: true });
      const seconds = (performance.now() - started) / 1000;
      if (report.imported.length !== PAGES) throw new Error(`${report.imported.length} of ${PAGES} pages saved: ${JSON.stringify(report.failed[0])}`);
      return PAGES / seconds;
    } finally {
      library.close();
      await site.close();
    }
  };
  const pagesPerSecond = await throughput(0);
  log(`  ${PAGES} pages: ${pagesPerSecond.toFixed(1)} pages/s`);
  const pagesPerSecondWithLatency = await throughput(100);
  return {
    pageWords: countWords(new JSDOM(html).window.document.body.textContent ?? ''), pageImages: 10, pageMs: median(pageMs), readabilityMs: median(readability),
    pages: PAGES, pagesPerSecond, pagesPerSecondWithLatency, latencyMs: 100,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-web-bench-'));
  try {
    console.log(JSON.stringify(await runWebBench(dir, console.error)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
