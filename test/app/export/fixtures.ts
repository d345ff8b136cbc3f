import { createAnnotation, listAnnotations, placeAnnotation } from '../../../app/annotations/index.ts';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import type { Annotation } from '../../../app/contract/schemas.ts';
import { importSources, sourceFromBytes } from '../../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { sampleSources } from '../../../app/samples/index.ts';
import { getDocument, listDocuments, setDocumentNote } from '../../../app/store/index.ts';

/** An article written to be awkward: markup, quotes and colons in its title, French spacing, an emoji. */
export const HOSTILE_ARTICLE = [
  '<script>alert("titre")</script> « Le “grand” débat » : 50 % des élus l’ont dit',
  '',
  'Premier paragraphe\u00a0: le ministre a déclaré «\u202fnous verrons\u202f» 🙂 devant la presse, puis =SOMME(A1) est apparu au tableau.',
  '',
  'Second paragraphe, avec une virgule, des "guillemets droits" et un retour\nà la ligne au milieu.',
].join('\n');

export interface AnnotatedLibrary {
  library: Library;
  /** The Lumenis sample and the awkward article. */
  lumenis: string;
  hostile: string;
  /** Every article's annotations as listAnnotations gives them. */
  annotations(): Map<string, Annotation[]>;
}

export async function loadArticles(library: Library): Promise<{ lumenis: string; hostile: string }> {
  await importSources(library.db, [...sampleSources(), sourceFromBytes('hostile.txt', Buffer.from(HOSTILE_ARTICLE))]);
  const docs = listDocuments(library.db, { limit: 100 }).items;
  return {
    lumenis: docs.find((d) => d.title.startsWith('“Optique'))!.id,
    hostile: docs.find((d) => d.title.includes('grand'))!.id,
  };
}

/** [start, end) in code points of the first occurrence of `passage` in an article. */
export function span(library: Library, documentId: string, passage: string): { start: number; end: number } {
  const { text } = getDocument(library.db, documentId);
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`no “${passage}” in ${documentId}`);
  return { start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length) };
}

/** The sample library (and the awkward article) with annotations of every kind: notes, tags, overlaps, an orphan, article notes. */
export async function annotatedLibrary(dir: string): Promise<AnnotatedLibrary> {
  const library = openLibrary(dir);
  const { lumenis, hostile } = await loadArticles(library);
  const db = library.db;
  const at = (id: string, passage: string) => ({ documentId: id, ...span(library, id, passage) });
  createAnnotation(db, { ...at(lumenis, 'Ardentis Capital a annoncé'), color: 'green', note: '**Acheteur** : un fonds, « prudent »', tags: ['à vérifier', 'fonds'] }, '2024-01-02T10:00:00.000Z');
  createAnnotation(db, { ...at(lumenis, 'Capital a annoncé mardi'), color: 'pink', note: null, tags: [] }, '2024-01-02T10:01:00.000Z');
  createAnnotation(db, { ...at(lumenis, '1,2 milliard d’euros'), color: 'yellow', note: 'Montant, dette comprise;\n\nsur "deux" lignes', tags: ['montant'] }, '2024-01-02T10:02:00.000Z');
  createAnnotation(db, { ...at(lumenis, 'Lumenis emploie 3.600 salariés'), color: 'blue', note: '=HYPERLINK("http://evil.example","clic")', tags: ['-emploi', '@rh'] }, '2024-01-02T10:03:00.000Z');
  createAnnotation(db, { ...at(hostile, 'le ministre a déclaré «\u202fnous verrons\u202f» 🙂'), color: 'purple',
    note: 'Hostile : <img src=x onerror=alert(1)> <script>alert(2)</script> [lien](javascript:alert(3)) [web](https://example.org/page) ![img](https://tracker.example/p.png)',
    tags: ['citation directe'] }, '2024-01-02T10:04:00.000Z');
  createAnnotation(db, { ...at(hostile, '=SOMME(A1)'), color: 'yellow', note: '+33 1 23 45 67 89', tags: [] }, '2024-01-02T10:05:00.000Z');
  createAnnotation(db, { ...at(hostile, 'un retour\nà la ligne'), color: 'green', note: null, tags: ['#multi ligne'] }, '2024-01-02T10:06:00.000Z');
  // An orphan: a passage the article no longer has (as if the text had changed).
  const orphan = createAnnotation(db, { ...at(lumenis, 'Les syndicats restent prudents'), color: 'pink', note: 'Passage perdu', tags: ['orphelin'] }, '2024-01-02T10:07:00.000Z');
  placeAnnotation(db, { ...orphan, exact: 'Les syndicats étaient inquiets', prefix: 'trimestre.\n\n', suffix: '. « Nous attendons', orphan: true, modified: '2024-01-03T09:00:00.000Z' });
  setDocumentNote(db, lumenis, 'Dossier **rachat** : suivre l’avis de l’AMF.');
  setDocumentNote(db, hostile, '<script>alert("note")</script> Note d’article');
  const annotations = () => new Map([lumenis, hostile].map((id) => [id, listAnnotations(db, id)]));
  return { library, lumenis, hostile, annotations };
}
