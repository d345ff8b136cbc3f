// An EPUB 3 made at test time, zipped from XHTML written here: a package document with its Dublin Core metadata, a
// navigation document, two chapters (one with a script that must never run), and the mimetype entry first, stored.
import { strToU8, zipSync, type Zippable } from 'fflate';

export const BOOK = {
  title: 'Les Rivières de Bretagne',
  creators: ['Anne Le Gall', 'Yves Morvan'],
  publisher: 'Éditions du Goëlo',
  isbn: '9782070612758',
  chapterOne: 'Chapitre premier : l’Aulne',
  firstParagraph: 'L’Aulne prend sa source dans les monts d’Arrée et se jette dans la rade de Brest après un long parcours.',
  secondParagraph: 'Le Blavet traverse Pontivy avant de rejoindre l’océan à Lorient, où son estuaire accueille le port de pêche.',
};

const chapter = (title: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="fr"><head><title>${title}</title></head>
<body><section epub:type="chapter"><h1>${title}</h1>${body}</section></body></html>`;

/** `filler`: that many more paragraphs in each chapter (a book longer than a screen). */
export function makeEpub(options: { encrypted?: boolean; withoutSpine?: boolean; filler?: number } = {}): Uint8Array {
  const filler = Array.from({ length: options.filler ?? 0 }, (_, i) => `<p>Paragraphe ${i + 1} : le bassin versant de l’Aulne reçoit en moyenne mille millimètres de pluie par an.</p>`).join('');
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="fr">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:isbn:${BOOK.isbn}</dc:identifier>
    <dc:title>${BOOK.title}</dc:title>
    <dc:creator>${BOOK.creators[0]}</dc:creator>
    <dc:creator>${BOOK.creators[1]}</dc:creator>
    <dc:language>fr-FR</dc:language>
    <dc:publisher>${BOOK.publisher}</dc:publisher>
    <dc:date>2019-04-02</dc:date>
    <meta property="dcterms:modified">2019-04-02T10:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml" properties="scripted"/>
  </manifest>
  <spine>${options.withoutSpine ? '' : '<itemref idref="nav" linear="no"/><itemref idref="c1"/><itemref idref="c2"/>'}</spine>
</package>`),
    'OEBPS/nav.xhtml': strToU8(chapter('Sommaire', '<nav epub:type="toc"><ol><li><a href="text/ch1.xhtml">Chapitre premier</a></li><li><a href="text/ch2.xhtml">Chapitre deux</a></li></ol></nav>')),
    'OEBPS/text/ch1.xhtml': strToU8(chapter(BOOK.chapterOne, `<p>${BOOK.firstParagraph}</p><p>Ses méandres ont été canalisés au <em>XIXe siècle</em>.</p>${filler}`)),
    'OEBPS/text/ch2.xhtml': strToU8(chapter('Chapitre deux : le Blavet', `<p>${BOOK.secondParagraph}</p><script>document.title = 'pwned'; fetch('https://example.org/');</script><p onclick="alert(1)">Fin du livre.</p>${filler}`)),
  };
  if (options.encrypted) {
    files['META-INF/encryption.xml'] = strToU8(`<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData></enc:EncryptedData>
</encryption>`);
  }
  return zipSync(files);
}
