// pdf.js in the page, loaded the first time a PDF is opened (an article never needs it). Its worker and data come from
// the app's own files (vite copies them under pdfjs/): nothing is fetched from elsewhere, and a PDF's scripts never run.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';

import type * as PdfLibModule from 'pdfjs-dist';
import type * as PdfViewerModule from 'pdfjs-dist/web/pdf_viewer.mjs';

export type PdfLib = typeof PdfLibModule;
export type PdfViewerLib = typeof PdfViewerModule;

let loaded: Promise<{ lib: PdfLib; viewer: PdfViewerLib }> | null = null;

export function loadPdfJs(): Promise<{ lib: PdfLib; viewer: PdfViewerLib }> {
  loaded ??= (async () => {
    const lib = await import('pdfjs-dist');
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    // The viewer components read the library from the global object.
    (globalThis as { pdfjsLib?: PdfLib }).pdfjsLib = lib;
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { lib, viewer };
  })();
  return loaded;
}

const data = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/** getDocument's options: the app's own data, no scripting, no XFA forms, nothing from the system or the network. */
export function documentOptions(bytes: Uint8Array) {
  return {
    data: bytes, cMapUrl: data('cmaps'), cMapPacked: true, standardFontDataUrl: data('standard_fonts'), wasmUrl: data('wasm'),
    iccUrl: data('iccs'), useSystemFonts: false, enableXfa: false, isOffscreenCanvasSupported: true,
  };
}
