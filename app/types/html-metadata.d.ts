// html-metadata ships no typings; the one function app/web uses.
declare module 'html-metadata' {
  const htmlMetadata: {
    /** Every kind of metadata the page holds (jsonLd, highwirePress, openGraph, dublinCore, general…), by kind. */
    loadFromString(html: string): Promise<Record<string, unknown>>;
  };
  export default htmlMetadata;
}
