// foliate-js in the page, loaded the first time a book is shown in its own layout (an article never needs it). The
// book comes from the library; its files are read here with fflate, each chapter without its scripts and handlers
// (the page's CSP, which its frames inherit, would stop them anyway): nothing is fetched, nothing of the book runs.
import { strFromU8, unzipSync } from 'fflate';

/** What of foliate-js's <foliate-view> the reader uses. */
export interface FoliateView extends HTMLElement {
  open(book: FoliateBook): Promise<void>;
  book?: { destroy?(): void };
  close(): void;
  goTo(target: string | number): Promise<unknown>;
  prev(): Promise<void>;
  next(): Promise<void>;
  /** The page to the left or right (the previous or next one, as the book's direction has it). */
  goLeft(): Promise<void>;
  goRight(): Promise<void>;
  getCFI(index: number, range: Range): string;
  addAnnotation(annotation: { value: string; color?: string }, remove?: boolean): Promise<unknown>;
  deleteAnnotation(annotation: { value: string }): Promise<unknown>;
  renderer: HTMLElement & { getContents(): { doc: Document; index: number }[] };
}

export interface TocItem {
  label: string;
  href: string;
  subitems?: TocItem[];
}

export interface FoliateBook {
  toc?: TocItem[];
  sections: unknown[];
}

const MARKUP = /html|xml|svg/;

/**
 * A chapter's (or any markup file's) text without scripts or event handlers. Each script becomes an empty, inert
 * element in its place: EPUB CFIs count a parent's elements, and the core writes them over the book's own files, so
 * the chapter drawn must keep the same elements in the same places. Read as XHTML first, as the core does.
 */
function withoutScripts(text: string): string {
  let doc = new DOMParser().parseFromString(text, 'application/xhtml+xml');
  if (doc.querySelector('parsererror')) doc = new DOMParser().parseFromString(text, 'text/html');
  for (const script of doc.querySelectorAll('script')) {
    const inert = doc.createElementNS(script.namespaceURI ?? 'http://www.w3.org/1999/xhtml', 'span');
    inert.setAttribute('hidden', '');
    script.replaceWith(inert);
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) if (/^on/i.test(name)) element.removeAttribute(name);
  }
  return new XMLSerializer().serializeToString(doc);
}

let loaded: Promise<{ EPUB: new (loader: unknown) => { init(): Promise<FoliateBook> }; Overlayer: { highlight: unknown } }> | null = null;

function loadFoliate() {
  loaded ??= (async () => {
    const [{ EPUB }, { Overlayer }] = await Promise.all([import('foliate-js/epub.js'), import('foliate-js/overlayer.js'), import('foliate-js/view.js')]);
    return { EPUB, Overlayer };
  })();
  return loaded;
}

/** The book in `bytes`, opened by foliate-js's EPUB reader, and its highlighter. */
export async function openBook(bytes: Uint8Array) {
  const { EPUB, Overlayer } = await loadFoliate();
  const files = unzipSync(bytes);
  // Every markup file the book is read from passes through withoutScripts, whatever its name says.
  const loader = {
    loadText: (name: string) => {
      const file = files[name];
      if (!file) return null;
      const text = strFromU8(file);
      return /^\s*</.test(text) ? withoutScripts(text) : text;
    },
    loadBlob: (name: string, type?: string) => {
      const file = files[name];
      if (!file) return null;
      const body = type && MARKUP.test(type) ? withoutScripts(strFromU8(file)) : file;
      return new Blob([body as BlobPart], { type: type ?? '' });
    },
    getSize: (name: string) => files[name]?.length ?? 0,
  };
  const book = await new EPUB(loader).init();
  return { book, highlight: Overlayer.highlight };
}
