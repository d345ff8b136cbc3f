import { describe, expect, it } from 'vitest';
import { decodeText, parseFile } from '../../../app/import/index.ts';
import { AppError } from '../../../app/contract/errors.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const FRENCH = 'L’État a versé 1,2 milliard d’euros\u00a0: «\u00a0une première\u00a0», selon la Société générale.\r\nDeuxième ligne.';

describe('encodings', () => {
  it('reads UTF-8 with and without BOM, keeping CRLF and no-break spaces', () => {
    expect(decodeText(encode(FRENCH))).toEqual({ text: FRENCH, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(FRENCH)]))).toEqual({ text: FRENCH, encoding: 'UTF-8' });
  });

  it('reads UTF-16 little- and big-endian with BOM', () => {
    expect(decodeText(utf16(FRENCH, true))).toEqual({ text: FRENCH, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(FRENCH, false))).toEqual({ text: FRENCH, encoding: 'UTF-16BE' });
  });

  it('detects Latin-1 French rather than assuming UTF-8', () => {
    const latin1 = 'Le gouvernement français a annoncé une réforme de l\'été : les sociétés étrangères paieront davantage à Noël.';
    const bytes = Uint8Array.from([...latin1].map((c) => c.charCodeAt(0)));
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(latin1);
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(decodeText(encode('Socie\u0301te\u0301 ge\u0301ne\u0301rale')).text).toBe('Société générale');
  });
});

describe('formats', () => {
  it('extracts the article from HTML and removes scripts, handlers, frames, styles and remote images', () => {
    const page = `<!doctype html><html lang="fr"><head><title>Page</title><script>steal()</script><link rel="stylesheet" href="https://cdn.example/x.css"></head>
      <body><nav>Menu Accueil Contact</nav><article><h1>Titre de l’article</h1>
      <p onclick="steal()" style="color:red">Premier paragraphe de l’article avec assez de texte pour que Readability le retienne comme contenu principal de la page.</p>
      <img src="https://tracker.example/pixel.gif"><img src="data:image/png;base64,iVBORw0KGgo=">
      <p>Second paragraphe : <a href="javascript:steal()">lien piégé</a> et <a href="https://example.org/source">une source</a>, encore du texte pour la lisibilité.</p>
      <iframe src="https://evil.example/"></iframe><form action="https://evil.example"><input name="x"></form></article></body></html>`;
    const doc = parseFile('page.html', encode(page));
    expect(doc.format).toBe('html');
    expect(doc.language).toBe('fr');
    const html = doc.html!;
    for (const bad of ['<script', 'onclick', 'style=', 'tracker.example', '<iframe', '<form', 'javascript:', 'cdn.example']) expect(html).not.toContain(bad);
    expect(html).toContain('data:image/png;base64');
    expect(html).toContain('href="https://example.org/source"');
    expect(html).toMatch(/<a [^>]*target="_blank"[^>]*>une source/);
    expect(doc.text).toContain('Premier paragraphe de l’article');
    expect(doc.text).not.toContain('steal()');
    for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end).trim().length).toBeGreaterThan(0);
  });

  it('reads Markdown with front matter into sanitised HTML and text', () => {
    const md = '---\ntitle: Note de synthèse\nauthor: Claire Dubois\ndate: 2024-05-02\n---\n# Ignoré comme titre\n\nLe **cabinet** a publié une étude <script>x()</script> sur le marché.\n\n- premier point\n- second point\n';
    const doc = parseFile('note.md', encode(md));
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Note de synthèse');
    expect(doc.author).toBe('Claire Dubois');
    expect(doc.published).toBe('2024-05-02');
    expect(doc.html).toContain('<strong>cabinet</strong>');
    expect(doc.html).not.toContain('<script');
    expect(doc.blocks.filter((b) => b.kind === 'item')).toHaveLength(2);
  });

  it('treats a .txt file that is really a web page as HTML', () => {
    const doc = parseFile('saved.txt', encode('<!DOCTYPE html><html><body><article><h1>Un titre</h1><p>Un paragraphe assez long pour constituer un article lisible par Readability, avec plusieurs mots.</p></article></body></html>'));
    expect(doc.format).toBe('html');
  });

  it('refuses a web page with no readable text', () => {
    expect(() => parseFile('empty.html', encode('<html><body><script>x()</script></body></html>'))).toThrow(AppError);
  });

  it('detects English and French', () => {
    expect(parseFile('en.txt', encode('Harbor Wind prices bond\n\nThe company said on Tuesday that demand for the notes was strong, with orders from pension funds and insurers.')).language).toBe('en');
    expect(parseFile('fr.txt', encode('Titre\n\nLe groupe a indiqué mardi que la demande pour les obligations était forte, avec des ordres de fonds de pension.')).language).toBe('fr');
  });
});

describe('article dates in plain text', () => {
  const read = (text: string) => parseFile('article.txt', new TextEncoder().encode(text));

  it('reads a date line of its own, French or English, with or without its weekday', () => {
    expect(read('Titre\n\nMardi 14 mai 2019\n\nLe conseil a voté hier.').published).toBe('2019-05-14');
    expect(read('Title\n\nTuesday, March 8, 2011\n\nThe board met.').published).toBe('2011-03-08');
    expect(read('Title\n\n8 March 2011\n\nThe board met.').published).toBe('2011-03-08');
  });

  it('reads a date line with a label, a time and its zone, or in figures', () => {
    expect(read('Title\n\nPublished 16:05 BST, 16 June 2026\n\nThe board met.').published).toBe('2026-06-16T16:05:00');
    expect(read('Title\n\nThu 12 Feb 2026 17.05 GMT\n\nThe board met.').published).toBe('2026-02-12T17:05:00');
    expect(read('Title\n\nUpdated 3:10 p.m. ET, March 3, 2024\n\nThe board met.').published).toBe('2024-03-03T15:10:00');
    expect(read('Titre\n\nPublié le 14/05/2019 à 16:32\n\nLe conseil a voté.').published).toBe('2019-05-14T16:32:00');
    expect(read('Titre\n\nMis à jour le 3 mars 2021 à 10h15\n\nLe conseil a voté.').published).toBe('2021-03-03T10:15:00');
    expect(read('Title\n\n2023-10-26\n\nThe board met.').published).toBe('2023-10-26');
    // A sentence with a date in it is no date line; an impossible date is none.
    expect(read('Title\n\nWe met on 3 March 2024 in Paris\n\nThe board met.').published).toBeNull();
    expect(read('Title\n\n31/02/2024\n\nThe board met.').published).toBeNull();
  });

  it('reads a dateline with the place, a short month and the agency', () => {
    const french = read('Titre\n\nQUIMPER, 8 oct 2015 (AFP) - Le tribunal a jugé hier le trésorier.');
    expect([french.published, french.source]).toEqual(['2015-10-08', 'AFP']);
    const english = read('Title\n\nLONDON, March 3, 2024 (Reuters) - Acme agreed to buy Widget.');
    expect([english.published, english.source]).toEqual(['2024-03-03', 'Reuters']);
    // A sentence is no dateline: the place must be in capitals.
    expect(read('Title\n\nSpeaking in london on tuesday, March 3 2015 (local time) - the minister left.').source).toBeNull();
    // An ambiguous short month (`jui`: juin or juillet) is not guessed.
    expect(read('Titre\n\nPARIS, 8 jui 2015 (AFP) - Texte.').published).toBeNull();
  });

  it('reads a dateline whose place carries its region or province or names two cities, and a long byline over a date line', () => {
    const region = read('Titre\n\nCOURCHEVEL (Savoie), 22 juillet 2027 (AFP) - Le coureur a gagné.');
    expect([region.published, region.place, region.source]).toEqual(['2027-07-22', 'Courchevel', 'AFP']);
    const twoCities = read('Title\n\nBOGOTA/HANOI, October 14, 2026 (Reuters) — Prices rose on Tuesday.');
    expect([twoCities.published, twoCities.place, twoCities.source]).toEqual(['2026-10-14', 'Bogota/Hanoi', 'Reuters']);
    const province = read('Title\n\nWINNIPEG, Manitoba, May 12, 2027 (Reuters) — The inquiry opened.');
    expect([province.published, province.place]).toEqual(['2027-05-12', 'Winnipeg']);
    expect(read('Title\n\nCACHE CREEK, B.C., Nov. 18, 2026 (CP) — The fire spread.').published).toBe('2026-11-18');
    // A byline of a wrapped line's length, then the date on a line of its own: two lines, not one wrapped paragraph.
    const byline = read('Title\n\nBy Ana Lucía Restrepo in Bogota and Nguyen Thi Minh Chau in Hanoi\nWednesday, October 14, 2026\n\nPrices rose.');
    expect([byline.published, byline.author]).toEqual(['2026-10-14', 'Ana Lucía Restrepo in Bogota and Nguyen Thi Minh Chau in Hanoi']);
  });
});
