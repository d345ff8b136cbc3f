import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own configuration schema', async () => {
    const config = await getConfig(ROOT, `${ROOT}electron-builder.yml`, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('org.apostille.reader');
    expect(config.productName).toBe('Apostille');
  });

  it('fails validation for a misspelt option (so the check above can fail)', async () => {
    const config = await getConfig(ROOT, `${ROOT}electron-builder.yml`, null);
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, targett: 'AppImage' } as never }, new DebugLogger(false))).rejects.toThrow(/configuration\.linux/);
  });

  it('flips Electron’s fuses: no running as Node, no NODE_OPTIONS or inspector, the app only from its checked ASAR', async () => {
    const config = await getConfig(ROOT, `${ROOT}electron-builder.yml`, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('registers the apostille:// scheme, whose links the Markdown export writes', async () => {
    const config = await getConfig(ROOT, `${ROOT}electron-builder.yml`, null);
    expect(config.protocols).toEqual([{ name: 'Apostille link', schemes: ['apostille'] }]);
  });

  it('targets AppImage, deb, nsis and dmg with an icon that exists', async () => {
    const config = await getConfig(ROOT, `${ROOT}electron-builder.yml`, null);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(existsSync(`${ROOT}${String(config.icon)}`)).toBe(true);
    const png = readFileSync(`${ROOT}assets/icon.png`);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });
});
