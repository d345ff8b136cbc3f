// The import figure: a Hypothesis export of 5,000 highlights onto 500 articles of the library (found by their
// addresses), in seconds, and the share of highlights placed. One in ten quotes has a word changed, as when the
// article was annotated in another version of its text: those are found by the approximate match, or kept as passages
// not found.
//
// Alone: `node test/bench/tool-import-bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSources, sourceFromBytes } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { generateSources } from './generate-articles.ts';
import { mulberry32 } from './prng.ts';

export interface ToolImportFigures {
  articles: number;
  highlights: number;
  seconds: number;
  placed: number;
  notFound: number;
  /** Quotes changed on purpose (one in ten): a share placed above 90 % means some of them were found too. */
  changed: number;
}

export async function runToolImportBench(dir: string, articles = 500, perArticle = 10): Promise<ToolImportFigures> {
  const library = openLibrary(dir);
  try {
    await importSources(library.db, generateSources(0, articles));
    const rows = library.db.prepare('SELECT id, text FROM documents ORDER BY seq').all() as { id: string; text: string }[];
    const random = mulberry32(5000);
    const annotations: unknown[] = [];
    let changed = 0;
    for (const [n, row] of rows.entries()) {
      const url = `https://bench.example/article/${n}`;
      library.db.prepare('UPDATE documents SET url = ? WHERE id = ?').run(url, row.id);
      const words = [...row.text.matchAll(/\S+/g)];
      for (let i = 0; i < perArticle; i++) {
        const first = random.int(0, Math.max(0, words.length - 16));
        const last = Math.min(words.length - 1, first + 4 + random.int(0, 10));
        const start = words[first]!.index;
        const end = words[last]!.index + words[last]![0].length;
        let exact = row.text.slice(start, end);
        if (random.next() < 0.1) {
          exact = exact.replace(/\p{L}{4,}/u, 'autrement');
          changed++;
        }
        annotations.push({
          id: `bench-${n}-${i}`, created: '2025-01-01T00:00:00Z', updated: '2025-01-01T00:00:00Z', user: 'acct:bench@hypothes.is', uri: url,
          text: i % 3 === 0 ? 'Une note' : '', tags: [], document: { title: [`Article ${n}`] },
          target: [{ source: url, selector: [{ type: 'TextQuoteSelector', exact, prefix: row.text.slice(Math.max(0, start - 32), start), suffix: row.text.slice(end, end + 32) }] }],
        });
      }
    }
    const file = new TextEncoder().encode(JSON.stringify({ total: annotations.length, rows: annotations }));
    const started = performance.now();
    const report = await importSources(library.db, [sourceFromBytes('hypothesis.json', file)]);
    const seconds = (performance.now() - started) / 1000;
    if (report.failed.length > 0) throw new Error(JSON.stringify(report.failed[0]));
    return { articles: rows.length, highlights: annotations.length, seconds, placed: report.highlights!.placed, notFound: report.highlights!.notFound, changed };
  } finally {
    library.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-tool-bench-'));
  try {
    console.log(JSON.stringify(await runToolImportBench(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
