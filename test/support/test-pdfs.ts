// PDFs made at test time, none downloaded: Chromium prints pages we write (two columns, a word hyphenated across
// lines, ligatures, French accents, a table, a page that is only an image), and @cantoo/pdf-lib writes the odd ones
// (metadata in the document information, a password, no pages).
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { chromiumPath, launchChromium } from './chromium.ts';

/** Words the report's text must hold once extracted (what each feature of the page becomes). */
export const REPORT = {
  title: 'Rapport sur l’eau potable en Bretagne',
  /** Printed as "gouverne-" at a line's end and "mentales" on the next. */
  hyphenated: 'gouvernementales',
  /** Written with the ligature characters U+FB01 and U+FB02. */
  ligatures: ['financement', 'flux'],
  accents: 'Élodie Méndez a présenté à Quimper les conclusions déjà évoquées',
  tableCell: 'Saint-Brieuc',
};

const COLUMN_TEXT = [
  `Le ${'\uFB01'}nancement des réseaux d’eau reste la première préoccupation des communes. Les agences ${'<span>gouverne-</span><br>mentales'} ont publié leurs chiffres en mars.`,
  `${REPORT.accents}. Selon elle, le ${'\uFB02'}ux des nappes phréatiques baisse chaque été depuis 2015.`,
  'La seconde colonne commence ici : les syndicats intercommunaux demandent un plan pluriannuel d’investissement.',
  'Le conseil régional a voté 12 millions d’euros pour les travaux prévus à Lorient, Vannes et Brest.',
];

function reportHtml(image: boolean): string {
  const paragraphs = COLUMN_TEXT.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${REPORT.title}</title>
<style>
  body { font-family: 'DejaVu Serif', serif; font-size: 12pt; margin: 0; }
  h1 { font-size: 22pt; }
  .columns { column-count: 2; column-gap: 2em; }
  p { margin: 0 0 1em; }
  table { border-collapse: collapse; margin-top: 2em; }
  td, th { border: 1px solid #444; padding: 4px 8px; }
  .page { break-after: page; }
</style></head><body>
<section class="page"><h1>${REPORT.title}</h1><p>Par Élodie Méndez</p><div class="columns">${paragraphs}</div></section>
<section class="page"><h2>Annexe : communes suivies</h2><table>
  <tr><th>Commune</th><th>Habitants</th></tr><tr><td>${REPORT.tableCell}</td><td>43 000</td></tr><tr><td>Quimper</td><td>63 000</td></tr>
</table></section>
${image ? '<section><canvas id="scan" width="600" height="800"></canvas></section>' : ''}
<script>
  const canvas = document.getElementById('scan');
  if (canvas) {
    const g = canvas.getContext('2d');
    g.fillStyle = '#f4f1ea'; g.fillRect(0, 0, 600, 800);
    g.fillStyle = '#333'; for (let y = 60; y < 760; y += 24) g.fillRect(50, y, 400 + (y % 100), 10);
  }
</script></body></html>`;
}

/** Pages of text printed by Chromium, one paragraph each, `count` pages: the size of a long report. */
function longHtml(count: number): string {
  const pages = Array.from({ length: count }, (_, i) =>
    `<section style="break-after: page"><h2>Chapitre ${i + 1}</h2><p>${'Les communes du littoral ont présenté leur bilan annuel de la qualité des eaux de baignade. '.repeat(12)}</p></section>`);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport long</title></head><body style="font-family: 'DejaVu Serif'">${pages.join('')}</body></html>`;
}

export interface TestPdfs {
  /** Two pages of text (two columns, hyphenation, ligatures, accents, a table) and a page that is only an image. */
  report: Uint8Array;
  /** Only an image: a scan with no text layer. */
  scan: Uint8Array;
}

/** Prints the test pages with Chromium; null where there is no Chromium (the caller says why it skips). */
export async function printTestPdfs(): Promise<TestPdfs | null> {
  const executable = chromiumPath();
  if (!executable) return null;
  const browser = await launchChromium(executable);
  try {
    const page = await browser.newPage();
    const print = async (html: string) => {
      await page.setContent(html);
      return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }));
    };
    const report = await print(reportHtml(true));
    const scan = await print('<!doctype html><html><body style="margin:0"><canvas id="scan" width="600" height="800"></canvas><script>const g=document.getElementById("scan").getContext("2d");g.fillStyle="#ddd";g.fillRect(0,0,600,800);g.fillStyle="#222";for(let y=40;y<780;y+=22)g.fillRect(40,y,480,9);</script></body></html>');
    return { report, scan };
  } finally {
    await browser.close();
  }
}

/** A long text PDF printed by Chromium (the benchmark's 500 pages). */
export async function printLongPdf(pages: number): Promise<Uint8Array | null> {
  const executable = chromiumPath();
  if (!executable) return null;
  const browser = await launchChromium(executable);
  try {
    const page = await browser.newPage();
    await page.setContent(longHtml(pages));
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

/** A PDF written with @cantoo/pdf-lib: one page of text per entry, and the document information given. */
export async function writePdf(pages: string[][], info: { title?: string; author?: string; created?: Date; xmp?: string; password?: string; id?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 18, size: 12, font }));
  }
  if (info.title !== undefined) pdf.setTitle(info.title);
  if (info.author !== undefined) pdf.setAuthor(info.author);
  if (info.created !== undefined) pdf.setCreationDate(info.created);
  if (info.xmp !== undefined) {
    // XMP is UTF-8 (pdf.js skips a packet that is not).
    const stream = pdf.context.stream(new TextEncoder().encode(info.xmp), { Type: 'Metadata', Subtype: 'XML' });
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
  }
  // The file's identifier, as most writers set it (pdf-lib does not by itself): pdf.js's fingerprint comes from it.
  if (info.id !== undefined) pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(info.id), PDFHexString.of(info.id)]);
  if (info.password !== undefined) pdf.encrypt({ userPassword: info.password, ownerPassword: `${info.password}-owner` });
  return pdf.save({ useObjectStreams: false });
}

/** XMP as Adobe's tools write it: a title and two creators in Dublin Core. */
export function xmpPacket(title: string, creators: string[], date: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq>${creators.map((c) => `<rdf:li>${c}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
<xmp:CreateDate>${date}</xmp:CreateDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

