import { domainToUnicode } from 'node:url';

/**
 * Address lines of plain-text articles: the web address an article was copied from, on a line of its own.
 *
 * - A labelled line: one label word (source, sources, lien, link, url, origine, original, via; any case), optional
 *   spaces (no-break spaces included) before and after the colon, then one address and nothing else:
 *   `SOURCE: https://fr.wikinews.org/wiki/…`, `Lien : https://www.example.fr/article`. The importer reads one just under
 *   the title (before the body) or as the article's last line.
 * - A bare address alone on a line: read only as the article's last line.
 *
 * The address must be http(s), at most 2,000 characters, free of spaces, control and format characters and of the
 * characters a URL never holds (`<>"{}|\^` and the backtick), parse with `new URL`, carry no user name or password, and
 * name a host with a dot in it. Anything else is not an address line (and is left as ordinary text).
 *
 * The site is the host name as `new URL` gives it (lower case, no port, no final dot), without a leading `www.`, and in
 * Unicode for an internationalised name: `https://www.lemonde.fr/…` → `lemonde.fr`, `https://en.wikinews.org/…` →
 * `en.wikinews.org`. No mapping from hosts to names: it reads like the `Par latribune.fr` bylines the importer already
 * takes as the source.
 *
 * The address is kept exactly as written (the text is never changed, and re-importing an article must find it by the
 * same address). An address naming only a site (no path past `/`, no query) gives the site but no address: the article's
 * address is how a re-import finds the article it replaces, and two articles both ending `Source : https://www.lemonde.fr`
 * are not versions of each other.
 */
export interface AddressLine {
  /** The article's web address as written, or null when the address names only a site. */
  url: string | null;
  /** The site: the host name without `www.`. */
  site: string;
}

export const MAX_ADDRESS_LENGTH = 2000;

const LABELS = new Set(['source', 'sources', 'lien', 'link', 'url', 'origine', 'original', 'via']);
const LABELLED = /^(\p{L}{2,8})[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*(\S+)$/u;
const BARE = /^\S+$/u;
const SCHEME = /^https?:\/\//i;
const NOT_IN_AN_ADDRESS = /[\p{C}\p{Z}\s<>"`{}|\\^]/u;
// A label, a colon and spaces: well under this many characters on top of the address itself.
const MAX_LINE_LENGTH = MAX_ADDRESS_LENGTH + 40;

/**
 * Reads one line (already trimmed) as an address line, or returns null. `bare` also accepts an address alone on the
 * line, which only the article's last line may be.
 */
export function readAddressLine(line: string, { bare = false }: { bare?: boolean } = {}): AddressLine | null {
  if (line.length > MAX_LINE_LENGTH) return null;
  const labelled = LABELLED.exec(line);
  // (`https://…` itself looks like a label and a colon: a word that is no label falls through to the bare address.)
  if (labelled && LABELS.has(labelled[1]!.toLowerCase())) return readAddress(labelled[2]!);
  return bare && BARE.test(line) ? readAddress(line) : null;
}

function readAddress(written: string): AddressLine | null {
  if (written.length > MAX_ADDRESS_LENGTH || !SCHEME.test(written) || NOT_IN_AN_ADDRESS.test(written)) return null;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') return null;
  const site = siteOf(url.hostname);
  if (site === null) return null;
  const namesAPage = url.pathname !== '/' || url.search !== '';
  return { url: namesAPage ? written : null, site };
}

/** The host name without a leading `www.` (kept when nothing with a dot would be left), in Unicode; null for no name. */
export function siteOf(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '');
  if (!host.includes('.') || host.startsWith('[') || host.startsWith('.')) return null;
  const site = host.startsWith('www.') && host.includes('.', 4) ? host.slice(4) : host;
  return domainToUnicode(site) || site;
}
