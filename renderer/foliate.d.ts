// foliate-js is plain JavaScript: the parts of it the book view loads (their use is typed in features/reader/book/foliate.ts).
declare module 'foliate-js/epub.js' {
  export const EPUB: new (loader: unknown) => { init(): Promise<{ toc?: { label: string; href: string }[]; sections: unknown[] }> };
}
declare module 'foliate-js/overlayer.js' {
  export const Overlayer: { highlight: unknown };
}
declare module 'foliate-js/view.js';
