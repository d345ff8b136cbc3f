import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Debian's Chromium, or the one named in APOSTILLE_CHROMIUM; null where there is none. */
export function chromiumPath(): string | null {
  return [process.env.APOSTILLE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** Debian's Chromium as this workplace runs it: no sandbox (containers), no GPU, nothing fetched from the network. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
