import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
    plugins: [react()],
    build: { minify: process.env.APOSTILLE_NO_MINIFY ? false : true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
});
