// A writer for the durability tests: opens a library through the core (as the CLI does) and writes in a loop —
// new articles, highlights, notes on articles — printing one line per write the core acknowledged (`ok kind id`),
// until stopped (or after --count writes). Run as its own process: `node test/support/writer.ts DIR NAME [COUNT]`.
import { openCore } from '../../app/core/core.ts';

const [dir, name = 'writer', count = 'Infinity'] = process.argv.slice(2);
if (!dir) throw new Error('usage: writer.ts DIR NAME [COUNT]');
const core = await openCore({ dir, version: 'test', allowPaths: false });

let serial = 0;
const acknowledge = (kind: string, id: string) => process.stdout.write(`ok ${kind} ${id}\n`);
const refused = (what: string, error: unknown) => process.stdout.write(`refused ${what} ${JSON.stringify(error)}\n`);

async function importOne(): Promise<string | null> {
  const text = `Dépêche ${name} ${serial} ${process.pid}\n\n[26/01/2012 11:18:42] PARIS (AFP) - L’article ${serial} de ${name}, écrit à ${Date.now()}, dit que l’État a investi ${serial} millions d’euros.`;
  const job = await core.call('jobs.start', { job: 'documents.import', input: { files: [{ name: `${name}-${serial}.txt`, base64: Buffer.from(text).toString('base64') }] } });
  if (!job.ok) return (refused('import', job.error), null);
  const id = (job.value as { id: string }).id;
  return new Promise((resolve) => {
    const stop = core.onEvent((event) => {
      if (event.type !== 'job' || event.id !== id || event.state === 'running') return;
      stop();
      const report = event.result as { imported: { id: string }[] } | undefined;
      if (event.state === 'done' && report?.imported[0]) return resolve(report.imported[0].id);
      refused('import', event.error ?? event.state);
      resolve(null);
    });
  });
}

for (let written = 0; written < Number(count); serial++) {
  const article = await importOne();
  if (!article) continue;
  acknowledge('document', article);
  written++;
  const highlight = await core.call('annotations.create', { documentId: article, start: 0, end: 7, color: 'green', note: `${name} ${serial}` });
  if (highlight.ok) acknowledge('annotation', (highlight.value as { id: string }).id);
  else refused('annotation', highlight.error);
  written++;
  const note = await core.call('documents.setNote', { id: article, note: `Note ${name} ${serial}` });
  if (note.ok) acknowledge('note', article);
  else refused('note', note.error);
  written++;
}
await core.close();
