// The few parts of jsdom that app/import uses. Declared here (instead of @types/jsdom) because @types/jsdom pulls the
// browser DOM typings into the whole core, and app/ must stay free of DOM types.
declare module 'jsdom' {
  export interface DomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly childNodes: ArrayLike<DomNode>;
  }
  export interface DomElement extends DomNode {
    readonly tagName: string;
    readonly innerHTML: string;
    readonly attributes: ArrayLike<{ name: string; value: string }>;
    getAttribute(name: string): string | null;
    setAttribute(name: string, value: string): void;
    removeAttribute(name: string): void;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    /** Elements by local name in any namespace ('*'): an EPUB's package document (dc:title, opf:item). */
    getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<DomElement>;
    remove(): void;
  }
  export interface DomDocument extends DomElement {
    readonly body: DomElement;
    readonly documentElement: DomElement;
    readonly title: string;
  }
  export interface DomWindow {
    readonly document: DomDocument;
    close(): void;
  }
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: DomWindow;
  }
}

// foliate-js's EPUB CFI module (plain JavaScript): CFIs from a range's boundary points, and back.
declare module 'foliate-js/epubcfi.js' {
  export function fromRange(range: { startContainer: unknown; startOffset: number; endContainer: unknown; endOffset: number; collapsed: boolean }): string;
  export function fromElements(elements: readonly unknown[]): string[];
  export function joinIndir(...cfis: string[]): string;
  export function parse(cfi: string): unknown;
  export function toRange(doc: unknown, parts: unknown): { toString(): string; startContainer: unknown; startOffset: number; endContainer: unknown; endOffset: number };
}
