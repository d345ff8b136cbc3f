import type { Block, DocumentPage } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import type { Database } from '../store/database.ts';

const PAGE = 100;

/**
 * The articles as JSON for other programs: metadata, canonical text, sanitised HTML, blocks and the reader's note on
 * each (those in the Trash left out). Not a backup: annotations, entities and the original files are not in it (the archive has everything).
 */
export async function exportLibraryJson(db: Database, write: (chunk: string) => void, control: StepControl = {}, exportedAt = new Date().toISOString()): Promise<number> {
  const total = (db.prepare('SELECT count(*) AS n FROM documents WHERE trashed_at IS NULL').get() as { n: number }).n;
  const page = db.prepare(`SELECT seq, id, title, source, author, place, published, language, format, file_name AS fileName,
      imported_at AS importedAt, word_count AS wordCount, url, encoding, text, html, blocks, pages, note
    FROM documents WHERE seq > ? AND trashed_at IS NULL ORDER BY seq LIMIT ${PAGE}`);
  let count = 0;
  write(`{\n  "format": "apostille-articles",\n  "version": 2,\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "documents": [`);
  for (let after = 0; !control.signal?.aborted;) {
    const rows = page.all(after) as ({ seq: number; blocks: string; pages: string | null } & Record<string, unknown>)[];
    if (rows.length === 0) break;
    for (const { seq, blocks, pages, ...doc } of rows) {
      const paged = pages === null ? {} : { pages: JSON.parse(pages) as DocumentPage[] };
      write(`${count === 0 ? '\n' : ',\n'}    ${JSON.stringify({ ...doc, blocks: JSON.parse(blocks) as Block[], ...paged })}`);
      count++;
      after = seq;
    }
    control.progress?.({ done: count, total });
    await control.pause?.();
  }
  write(`${count === 0 ? '' : '\n  '}]\n}\n`);
  return count;
}
