import { createAnnotation, listAnnotations, placeAnnotation } from '../../../app/annotations/index.ts';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import type { Annotation, NormalisedValueShape } from '../../../app/contract/schemas.ts';
import { tagMention } from '../../../app/entities/mentions.ts';
import { saveEntityType, updateEntity } from '../../../app/entities/registry.ts';
import { importSources, sourceFromBytes } from '../../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';

/** Accents and characters outside the BMP (emoji) before mentions, elisions, a value of each kind, a hyphenated name. */
export const CLOUDWATT_2015 = `Orange reprend Cloudwatt 🙂

[27/07/2015 09:00:00] PARIS (AFP) Après l’échec 🚀 du « cloud souverain », la filiale d’Orange, qui visait 500 millions d’euros de chiffre d’affaires, n’a réalisé que 44,4 % de son objectif. M. Stéphane Richard l’a annoncé lundi 27 juillet. Orange-Business reprend la main.
`;

/** A mention across a line break, and a mention that will be an orphan. */
export const CLOUDWATT_2012 = `Thales et Orange lancent Cloudwatt

[06/09/2012 10:00:00] PARIS (AFP) Orange et Thales ont lancé jeudi Cloudwatt, dotée de 225 millions d’euros, installée Rive
Gauche. Le projet Andromède avait échoué.
`;

export interface EntityLibrary {
  library: Library;
  /** Article ids: the 2015 article, the 2012 one. */
  recent: string;
  older: string;
  ids: { orange: string; cloudwatt: string; thales: string; richard: string };
  /** Every article's annotations (mentions and highlights) as listAnnotations gives them. */
  annotations(): Map<string, Annotation[]>;
}

export async function loadCloudwattArticles(library: Library): Promise<{ recent: string; older: string }> {
  const report = await importSources(library.db, [
    sourceFromBytes('cloudwatt-2015.txt', Buffer.from(CLOUDWATT_2015)),
    sourceFromBytes('cloudwatt-2012.txt', Buffer.from(CLOUDWATT_2012)),
  ]);
  const [recent, older] = report.imported.map((d) => d.id);
  return { recent: recent!, older: older! };
}

/** [start, end) in code points of the nth occurrence (0-based) of `passage` in an article. */
export function at(library: Library, documentId: string, passage: string, nth = 0): { documentId: string; start: number; end: number } {
  const { text } = getDocument(library.db, documentId);
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(passage, index + 1);
    if (index < 0) throw new Error(`no “${passage}” (${nth}) in ${documentId}`);
  }
  return { documentId, start: toCodePointOffset(text, index), end: toCodePointOffset(text, index + passage.length) };
}

/** The two Cloudwatt articles with mentions of every kind, a highlight, a user type, a QID and an orphan mention. */
export async function entityLibrary(dir: string): Promise<EntityLibrary> {
  const library = openLibrary(dir);
  const db = library.db;
  const { recent, older } = await loadCloudwattArticles(library);
  const now = (minute: number) => `2024-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
  saveEntityType(db, { code: 'PRODUCT', label: 'Produit', color: '#0f766e' });
  const tag = (place: { documentId: string; start: number; end: number }, type: string, name: string, minute: number, value?: NormalisedValueShape) =>
    tagMention(db, { ...place, type, name, ...(value ? { value } : {}) }, now(minute));
  const orange = tag(at(library, recent, 'Orange'), 'ORG', 'Orange', 1).entity;
  updateEntity(db, orange.id, { externalId: 'Q1431486', aliases: ['Orange SA'], note: '=1+1 opérateur, « historique »' }, now(2));
  tag(at(library, recent, 'Orange', 1), 'ORG', 'Orange', 3);
  tag(at(library, recent, 'Orange', 2), 'ORG', 'Orange', 4);
  const cloudwatt = tag(at(library, recent, 'Cloudwatt'), 'PRODUCT', 'Cloudwatt', 5).entity;
  tag(at(library, recent, '500 millions d’euros'), 'MONEY', '500 millions d’euros', 6, { kind: 'money', amount: 500_000_000, currency: 'EUR' });
  tag(at(library, recent, '44,4 %'), 'PERCENT', '44,4 %', 7, { kind: 'percent', ratio: 0.444 });
  const richard = tag(at(library, recent, 'Stéphane Richard'), 'PER', 'Stéphane Richard', 8).entity;
  tag(at(library, recent, 'lundi 27 juillet'), 'DATE', 'lundi 27 juillet', 9, { kind: 'date', date: '2015-07-27' });
  tag(at(library, older, 'Orange', 1), 'ORG', 'Orange', 10);
  const thales = tag(at(library, older, 'Thales', 1), 'ORG', 'Thales', 11).entity;
  tag(at(library, older, 'Cloudwatt', 1), 'PRODUCT', 'Cloudwatt', 12);
  tag(at(library, older, 'Rive\nGauche'), 'LOC', 'Rive Gauche', 13);
  // An orphan: the passage it named is no longer in the article.
  const lost = tag(at(library, older, 'Andromède'), 'MISC', 'Andromède', 14).mention;
  placeAnnotation(db, { ...lost, exact: 'le consortium Numergy', prefix: 'Ailleurs, ', suffix: ' se retire', orphan: true, modified: now(15) });
  // A highlight, which is not a mention.
  createAnnotation(db, { ...at(library, recent, 'cloud souverain'), color: 'green', note: 'Le mot du jour', tags: ['concept'] }, now(16));
  const annotations = () => new Map([recent, older].map((id) => [id, listAnnotations(db, id)]));
  return { library, recent, older, ids: { orange: orange.id, cloudwatt: cloudwatt.id, thales: thales.id, richard: richard.id }, annotations };
}
