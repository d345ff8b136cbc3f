import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSources } from '../../bench/generate-articles.ts';
import { apostille, CLI } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
// Anything that would reach a terminal as an escape sequence or a control code (tab and line feed aside).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('what the CLI prints', () => {
  it('never writes a control character from a title or a file name to the terminal', () => {
    const library = tempDir();
    const dir = tempDir();
    // An OSC 52 clipboard write hidden in a title, a cursor move and a bell in a file name.
    writeFileSync(join(dir, 'page.html'), '<html><head><title>&#27;]52;c;cm0gLXJmIH4=&#7;Évasion</title></head><body><p>Un texte assez long pour être un article, avec des mots.</p></body></html>');
    writeFileSync(join(dir, 'a\u001b[2Jb\u0007.txt'), 'Un titre\u001b[31m rouge\n\nUn texte assez long pour être un article.');
    const imported = apostille(['--library', library, 'import', dir]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Évasion');
    for (const output of [imported.stdout, imported.stderr, apostille(['--library', library, 'list']).stdout, apostille(['--library', library, 'search', 'texte']).stdout]) {
      expect(output).not.toMatch(CONTROL);
    }
    // What is stored stays as it was: only the printing is cleaned (and --json escapes).
    const listed = JSON.parse(apostille(['--library', library, 'list', '--json']).stdout) as { items: { title: string }[] };
    expect(listed.items.some((d) => d.title.includes('\u001b]52'))).toBe(true);
  });
});

describe('what the CLI reads', () => {
  it('refuses a pipe at once instead of waiting on it, and names the reason', () => {
    const library = tempDir();
    const fifo = join(tempDir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = apostille(['--library', library, 'import', fifo]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('it is not a regular file');
  });

  it('refuses a device (/dev/zero) without reading it', () => {
    const result = apostille(['--library', tempDir(), 'import', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('it is not a regular file');
  });

  it('says so when a folder given by name (even one called x.txt) holds nothing to import', () => {
    const dir = join(tempDir(), 'x.txt');
    mkdirSync(dir);
    const result = apostille(['--library', tempDir(), 'import', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The folder holds no file to import.');
  });
});

describe('Ctrl+C during an import', () => {
  it('stops the import cleanly: what was imported is kept and reported, exit code 130', async () => {
    const library = tempDir();
    const folder = tempDir();
    const sources = generateSources(0, 3000);
    for (const [i, source] of sources.entries()) writeFileSync(join(folder, `dep-${String(i).padStart(4, '0')}.txt`), source.read());
    const child = spawn(process.execPath, [CLI, '--library', library, 'import', folder, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Interrupted once articles are going in (the library file has grown), long before the end.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, stderr).toBe(130);
    const report = JSON.parse(stdout) as { imported: { id: string }[] };
    expect(report.imported.length).toBeGreaterThan(0);
    expect(report.imported.length).toBeLessThan(3000);
    expect(stderr).toContain('Stopped before the end: what was done is kept.');
    // Every article reported is in the library, and nothing more.
    const listed = JSON.parse(apostille(['--library', library, 'list', '--json', '--limit', '1000']).stdout) as { total: number };
    expect(listed.total).toBe(report.imported.length);
  });
});
