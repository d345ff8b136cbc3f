import { crc32, deflateSync } from 'node:zlib';
import { redirect, serve, type Route } from './web-server.ts';

// Pages written for these tests (fictional news), served by a local server: the shapes of real news pages — JSON-LD
// and Open Graph, citation_* tags, a legacy encoding, lazy images, redirects, errors.

/** A valid PNG of one colour (w × h), made here: every image a test serves is real and distinct by its colour. */
export function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

export const NEWS_PARAGRAPHS = [
  'La métropole de Lyon a présenté jeudi un plan de 42 millions d’euros pour remplacer l’éclairage public de ses quarante communes par des lampadaires à faible consommation, a annoncé son vice-président chargé de l’énergie.',
  '« Nous voulons réduire de moitié la facture d’électricité de l’éclairage d’ici 2028 », a déclaré Hélène Martinez lors d’une conférence de presse à l’hôtel de la métropole, précisant que les premiers chantiers commenceront au printemps.',
  'Les 58 000 points lumineux concernés consomment aujourd’hui près de 40 gigawattheures par an, soit l’équivalent de la consommation de 9 000 foyers, selon les services techniques de la collectivité.',
  'Le plan prévoit aussi d’éteindre une partie des rues entre une heure et cinq heures du matin dans les quartiers résidentiels, une mesure déjà testée à Villeurbanne et à Vénissieux, où les habitants ont été consultés.',
  'L’association des commerçants du centre-ville s’est dite favorable au projet, tout en demandant que les grandes artères restent éclairées toute la nuit pour la sécurité des livreurs et des travailleurs de nuit.',
];

function article(paragraphs: string[], images = ''): string {
  return `<article><h1>Lyon remplace ses lampadaires pour diviser sa facture par deux</h1>
    <p class="byline">Par Claire Dubois</p>
    ${paragraphs.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}
    ${images}
    ${paragraphs.slice(2).map((p) => `<p>${p}</p>`).join('\n')}
  </article>`;
}

const NAV = '<nav><a href="/">Accueil</a> <a href="/eco">Économie</a> <a href="/sport">Sport</a></nav>';
const FOOTER = '<footer><p>© Le Courrier du Rhône — Mentions légales — Contact</p></footer>';

export function newsPage(origin: string, paragraphs = NEWS_PARAGRAPHS): string {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Le Courrier du Rhône', url: `${origin}/` },
      {
        '@type': 'NewsArticle', headline: 'Lyon remplace ses lampadaires pour diviser sa facture par deux',
        author: [{ '@type': 'Person', name: 'Claire Dubois' }, { '@type': 'Person', name: 'Marc-Antoine de La Tour' }],
        datePublished: '2025-03-13T09:30:00+01:00', dateModified: '2025-03-14T08:00:00+01:00',
        publisher: { '@type': 'Organization', name: 'Le Courrier du Rhône' }, articleSection: 'Économie', inLanguage: 'fr-FR',
        description: 'La métropole investit 42 millions d’euros dans un éclairage public sobre.',
      },
    ],
  };
  const images = `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lampadaire.png" alt="Un lampadaire"><figcaption>Un lampadaire à LED, quai Saint-Antoine.</figcaption></figure>
    <figure><img srcset="/img/carte-400.png 400w, /img/carte-1200.png 1200w" src="/img/carte-400.png" alt="La carte des chantiers"><figcaption>Les chantiers prévus en 2025.</figcaption></figure>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lyon remplace ses lampadaires | Le Courrier du Rhône</title>
    <meta property="og:title" content="Lyon remplace ses lampadaires (OG)"><meta property="og:site_name" content="Le Courrier du Rhône">
    <meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-12T10:00:00+01:00">
    <meta property="article:section" content="Éco (OG)"><meta name="author" content="Rédaction">
    <link rel="canonical" href="${origin}/eco/lyon-lampadaires">
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
    <body>${NAV}<main>${article(paragraphs, images)}</main><aside><h2>À lire aussi</h2><ul><li><a href="/a">Un autre article</a></li></ul></aside>${FOOTER}</body></html>`;
}

export function citationPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Study page</title>
    <meta name="citation_title" content="Street lighting and night-time energy use in European cities">
    <meta name="citation_author" content="Okafor, Ngozi"><meta name="citation_author" content="Lindqvist, Per">
    <meta name="citation_publication_date" content="2024/11/05"><meta name="citation_journal_title" content="Journal of Urban Energy">
    <meta name="citation_language" content="en"></head>
    <body><div id="content"><h1>Street lighting and night-time energy use in European cities</h1>
    <p>Public lighting accounts for a sizeable share of municipal electricity budgets across Europe, and the switch to light-emitting diodes has been presented as the quickest way to reduce it.</p>
    <p>We measured the consumption of 212 districts in nine cities before and after their lighting was replaced, and found savings between 38 and 61 per cent, depending on how the new lamps were dimmed at night.</p>
    <p>Cities that also switched lights off after midnight saved a further 12 per cent on average, with no measurable change in reported road accidents over the two years that followed.</p></div></body></html>`;
}

/** A French page in Windows-1252, which says so only in a <meta http-equiv> (the server sends no charset). */
export function latin1Page(): Uint8Array {
  const html = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Été</title></head>
    <body><article><h1>L’été des vignerons : « une récolte précoce »</h1>
    <p>Les vendanges ont commencé dès le 18 août dans le Bordelais, une précocité que les œnologues attribuent à la chaleur de juillet, écrit notre correspondante.</p>
    <p>« Ça fait trente ans que je n’ai pas vu ça », confie un viticulteur de Saint-Émilion, qui espère néanmoins une qualité supérieure à celle de l’an dernier, malgré des rendements en baisse de 15 %.</p>
    <p>Les coopératives prévoient une récolte totale de 4,2 millions d’hectolitres, contre 4,6 millions en 2024, selon l’interprofession.</p></article></body></html>`;
  const bytes = new Uint8Array(html.length);
  const table: Record<string, number> = { '’': 0x92, '«': 0xab, '»': 0xbb, 'œ': 0x9c, 'Ç': 0xc7, '\u00a0': 0xa0 };
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    bytes[i] = table[c] ?? c.charCodeAt(0);
    if (bytes[i]! > 0xff) throw new Error(`not in windows-1252: ${c}`);
  }
  return bytes;
}

/** A script-drawn page: its <body> is an empty shell, its text only in the JSON-LD's articleBody. */
export function appShellPage(): string {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Lyon éteint ses rues la nuit', articleBody: NEWS_PARAGRAPHS.join('\n\n'), datePublished: '2025-03-20' };
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lyon éteint ses rues</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script><script src="/app.js"></script></head><body><div id="app"></div></body></html>`;
}

export function menuPage(): string {
  return `<!doctype html><html lang="fr"><head><title>Connexion</title></head><body>${NAV}
    <h1>Connexion</h1><form><label>Courriel <input name="mail"></label><button>Se connecter</button></form>${FOOTER}</body></html>`;
}

export function brokenImagesPage(): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Images cassées</title></head><body>
    ${article(NEWS_PARAGRAPHS, '<img src="/img/absente.png" alt="absente"><img src="/img/pas-une-image.png" alt="pas une image">')}</body></html>`;
}

export const IMAGES = {
  '/img/lampadaire.png': png(640, 360, [236, 190, 60]),
  '/img/carte-400.png': png(400, 225, [40, 100, 180]),
  '/img/carte-1200.png': png(1200, 675, [40, 100, 180]),
};

/** The test site: every page above at its address, its images, redirects and failures. */
export function siteRoutes(originOf: () => string): Record<string, Route> {
  const routes: Record<string, Route> = {
    '/eco/lyon-lampadaires': (request, response) => serve(newsPage(originOf()))(request, response),
    '/revue/eclairage': serve(citationPage()),
    '/vins/ete': serve(latin1Page(), 'text/html'),
    '/connexion': serve(menuPage()),
    '/appli/article': serve(appShellPage()),
    '/images-cassees': serve(brokenImagesPage()),
    '/img/pas-une-image.png': serve('<html>not an image</html>', 'image/png'),
    '/r/1': redirect('/r/2', 301),
    '/r/2': redirect('/r/3', 302),
    '/r/3': redirect('/eco/lyon-lampadaires', 307),
    '/boucle': redirect('/boucle', 302),
    '/lent': async (_request, response) => {
      await new Promise((done) => setTimeout(done, 3000));
      serve(newsPage(originOf()))(_request, response);
    },
    '/enorme': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(`<p>${'bla '.repeat(16_000)}</p>`);
      let sent = 0;
      const write = () => {
        while (sent < 30 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('error', () => {});
      write();
    },
    // A PDF that is not one: read as a PDF, refused as damaged.
    '/rapport.pdf': serve('%PDF-1.7\n%fake', 'application/pdf'),
  };
  for (const [path, bytes] of Object.entries(IMAGES)) routes[path] = serve(bytes, 'image/png');
  return routes;
}
