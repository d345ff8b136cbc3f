import { existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../app/backup/index.ts';
import { apostille, SAMPLE_FILES } from '../../support/cli.ts';
import { bytesOf, generatedLibrary, libraryFile, rowsOf } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A library of the sample articles (through the CLI), and a backup of it made by `apostille backup --out`. */
function libraryAndBackup(): { dir: string; backup: string } {
  const dir = tempDir();
  expect(apostille(['--library', dir, 'import', ...SAMPLE_FILES.slice(0, 2)]).code).toBe(0);
  const backup = join(tempDir(), 'backup.sqlite');
  const made = apostille(['--library', dir, 'backup', '--out', backup, '--json']);
  expect(made.code, made.stderr).toBe(0);
  expect(JSON.parse(made.stdout)).toMatchObject({ path: backup, reason: 'manual' });
  return { dir, backup };
}

describe('apostille backup and backups', () => {
  it('copy the library into its backups folder, or to a file of its own', () => {
    const { dir, backup } = libraryAndBackup();
    expect(rowsOf(backup)).toEqual(rowsOf(libraryFile(dir)));
    expect(readdirSync(join(backup, '..'))).toEqual(['backup.sqlite']);

    const made = apostille(['--library', dir, 'backup']);
    expect(made.code, made.stderr).toBe(0);
    const [listed] = listBackups(dir);
    expect(made.stdout).toContain(`Backed up to ${listed!.path}`);
    expect(rowsOf(listed!.path)).toEqual(rowsOf(libraryFile(dir)));
    const list = apostille(['--library', dir, 'backups', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([listed]);
  });
});

describe('apostille restore', () => {
  it('refuses to replace a library that holds articles without --force, and changes nothing', () => {
    const { dir, backup } = libraryAndBackup();
    expect(apostille(['--library', dir, 'import', SAMPLE_FILES[2]!]).code).toBe(0);
    const before = rowsOf(libraryFile(dir));
    const refused = apostille(['--library', dir, 'restore', backup]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('3 articles');
    expect(rowsOf(libraryFile(dir))).toEqual(before);
    expect(existsSync(backupsDir(dir))).toBe(false);
  });

  it('with --force, restores the backup and keeps the library it replaced', () => {
    const { dir, backup } = libraryAndBackup();
    expect(apostille(['--library', dir, 'import', SAMPLE_FILES[2]!]).code).toBe(0);
    const replaced = rowsOf(libraryFile(dir));
    const restored = apostille(['--library', dir, 'restore', backup, '--force', '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const { previous } = JSON.parse(restored.stdout) as { previous: { path: string; reason: string } };
    expect(previous.reason).toBe('restore');
    expect(rowsOf(libraryFile(dir))).toEqual(rowsOf(backup));
    expect(rowsOf(previous.path)).toEqual(replaced);
    expect(apostille(['--library', dir, 'list', '--json']).stdout).not.toContain(replaced.documents!.at(-1)!.id as string);
  });

  it('into an empty folder needs no --force', () => {
    const { backup } = libraryAndBackup();
    const dir = tempDir();
    const restored = apostille(['--library', dir, 'restore', backup]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(rowsOf(libraryFile(dir))).toEqual(rowsOf(backup));
  });

  for (const [what, content] of [['not a database', 'Ceci n’est pas une bibliothèque.\n'.repeat(50)], ['a zero-byte file', '']] as const) {
    it(`puts the backup in place of a library file that is ${what}, which is kept in backups/`, () => {
      const { backup } = libraryAndBackup();
      const dir = tempDir();
      writeFileSync(libraryFile(dir), content);
      const before = bytesOf(libraryFile(dir));

      const refused = apostille(['--library', dir, 'restore', backup]);
      expect(refused.code, refused.stderr).toBe(2);
      expect(bytesOf(libraryFile(dir)).equals(before)).toBe(true);

      const restored = apostille(['--library', dir, 'restore', backup, '--force']);
      expect(restored.code, restored.stderr).toBe(0);
      expect(rowsOf(libraryFile(dir))).toEqual(rowsOf(backup));
      // Kept whole beside the backups, but not as one: it must never be offered as the way back.
      expect(listBackups(dir)).toEqual([]);
      const kept = readdirSync(join(dir, 'backups')).filter((name) => /^damaged-\d{8}-\d{6}\.sqlite$/.test(name));
      expect(kept).toHaveLength(1);
      expect(bytesOf(join(dir, 'backups', kept[0]!)).equals(before)).toBe(true);
      expect(restored.stdout).toContain(kept[0]!);
      expect(apostille(['--library', dir, 'list']).code).toBe(0);
    });
  }

  it('refuses a file that is not a backup, in the reader’s language, and changes nothing', () => {
    const { dir } = libraryAndBackup();
    const before = rowsOf(libraryFile(dir));
    const notes = join(tempDir(), 'notes.txt');
    writeFileSync(notes, 'Pas une sauvegarde.');
    const refused = apostille(['--library', dir, 'restore', notes, '--force', '--lang', 'fr']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Ce n’est pas une sauvegarde qu’Apostille sait restaurer');
    expect(rowsOf(libraryFile(dir))).toEqual(before);
    expect(listBackups(dir)).toEqual([]);
  });
});

describe('apostille check', () => {
  it('exits 0 on a sound library', () => {
    const { dir } = libraryAndBackup();
    const checked = apostille(['--library', dir, 'check']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('The library is whole');
  });

  it('exits 1 and lists the problems of a library cut to half its size', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const file = libraryFile(dir);
    truncateSync(file, statSync(file).size >> 1);
    const checked = apostille(['--library', dir, 'check']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('The library is damaged:');
    const problems = checked.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(problems.length).toBeGreaterThan(0);
    expect(checked.stderr).toMatch(/cut short|malformed/);
    expect(checked.stderr).not.toContain('{{');
    const json = apostille(['--library', dir, 'check', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.any(String)]) });
  });

  it('exits 1 and lists the problems of a library with a damaged page, which opens', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 40);
    const file = libraryFile(dir);
    const db = new DatabaseSync(file, { readOnly: true });
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'documents'").get() as { rootpage: number };
    db.close();
    const bytes = bytesOf(file);
    bytes.fill(0x7f, (rootpage - 1) * 4096, rootpage * 4096);
    writeFileSync(file, bytes);
    const checked = apostille(['--library', dir, 'check']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('The library is damaged:\n  SQLite: database disk image is malformed');
    expect(checked.stderr).not.toContain('{{');
  });
});
