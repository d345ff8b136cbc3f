import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(entry) ? [path] : [];
  });
}

/** Every module specifier a file imports, with whether the import is type-only. */
function imports(file: string): { from: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => ({ from: m[2]!, typeOnly: Boolean(m[1]) }));
}

describe('where code runs', () => {
  it('app/ never imports Electron, React, the renderer or the Electron shell', () => {
    const offenders = sources('app').flatMap((file) =>
      imports(file)
        .filter(({ from }) => /^(electron|react|react-dom)(\/|$)/.test(from) || from.includes('/renderer/') || from.includes('/main/'))
        .map((b) => `${file} imports ${b.from}`),
    );
    expect(offenders).toEqual([]);
  });

  // With no DOM library in its type check, any use of window, document or other DOM globals in app/ fails `typecheck`.
  it('app/ is type-checked without the DOM library', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.app.json'), 'utf8')) as { compilerOptions: { lib: string[] } };
    expect(config.compilerOptions.lib.map((l) => l.toLowerCase())).not.toContain('dom');
  });

  it('renderer/ reaches the core only through types of the contract and the plain values of app/contract/shared', () => {
    const offenders = sources('renderer').flatMap((file) =>
      imports(file)
        .filter(({ from }) => from.includes('/app/') || from === 'electron' || from.startsWith('node:'))
        .filter(({ from, typeOnly }) => !(from.includes('/app/contract/') && (typeOnly || from.includes('/app/contract/shared/'))))
        .map(({ from }) => `${relative(ROOT, join(ROOT, file))} imports ${from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('main/ and renderer/ do not import each other', () => {
    const crossing = [
      ...sources('main').filter((f) => imports(f).some(({ from }) => from.includes('renderer/'))),
      ...sources('renderer').filter((f) => imports(f).some(({ from }) => from.includes('/main/'))),
    ];
    expect(crossing).toEqual([]);
  });
});

describe('content security policy', () => {
  it('is the same in the page’s meta tag as the hosts send (frame-ancestors aside, which a meta tag cannot set)', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../app/contract/shared/security.ts');
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('allows, as inline style, only the pinned foliate-js paginator’s own <style> (its hash), and no inline script', async () => {
    const { CONTENT_SECURITY_POLICY, FOLIATE_PAGINATOR_STYLE } = await import('../../app/contract/shared/security.ts');
    const paginator = readFileSync(join(ROOT, 'node_modules', 'foliate-js', 'paginator.js'), 'utf8');
    const styles = [...paginator.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(styles[0]).not.toContain('${');
    expect(FOLIATE_PAGINATOR_STYLE).toBe(`sha256-${createHash('sha256').update(styles[0]!).digest('base64')}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' '${FOLIATE_PAGINATOR_STYLE}';`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});
