import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCoreWorkers } from '../../app/core/workers.ts';
import { startHttpHost } from '../../app/host/index.ts';
import { fileSettingsStore } from '../../app/settings/index.ts';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The browser host over a library, as `apostille serve` runs it: the core in its workers, the page on 127.0.0.1. */
export async function serveLibrary(dir: string): Promise<{ url: string; origin: string; token: string; close(): Promise<void> }> {
  const core = await startCoreWorkers({ dir, version: 'bench', allowPaths: false, settings: fileSettingsStore(join(dir, 'settings.json')) });
  const host = await startHttpHost({ core, staticDir: RENDERER_DIR });
  return { url: host.url, origin: host.origin, token: host.token, close: async () => (await host.close(), await core.close()) };
}
