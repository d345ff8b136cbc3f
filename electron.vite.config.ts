import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * pdf.js's data, shipped with the page under pdfjs/ so that nothing is fetched from elsewhere: character maps, the
 * standard fonts, the image decoders (WebAssembly, with their plain-script fallbacks) and colour profiles. QuickJS (its
 * sandbox for a PDF's own scripts, which Apostille never runs) is left out.
 */
function pdfjsData(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'apostille-pdfjs-data',
    generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        for (const file of readdirSync(join(root, folder)).filter((f) => !/quickjs/i.test(f))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: readFileSync(join(root, folder, file)) });
        }
      }
    },
  };
}

// main/ and preload run in Electron; renderer/ is the page, built once and served by both hosts.
export default defineConfig({
  main: {
    // The core's worker threads run their own bundle (app/core/worker.ts), started by the shell.
    build: { externalizeDeps: true, rollupOptions: { input: { index: resolve('main/index.ts'), 'core-worker': resolve('app/core/worker.ts') } } },
  },
  preload: {
    // A sandboxed preload cannot be an ES module.
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { preload: resolve('main/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), pdfjsData()],
    build: { minify: process.env.APOSTILLE_NO_MINIFY ? false : true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
