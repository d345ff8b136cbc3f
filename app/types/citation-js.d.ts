// citation-js ships no typings; the part app/citations uses (see format-citations.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(name: string, options?: Record<string, unknown>): unknown;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
