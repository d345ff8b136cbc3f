import type { CommandContext } from '../context.ts';

export interface Command {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  run(context: CommandContext): Promise<number> | number;
}

/** A command as `apostille --help` lists it; its code is loaded only when it runs. */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export const GLOBAL_OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMANDS: Record<string, CommandEntry> = {
  import: { summary: 'import files and folders (text, Markdown, HTML), or a library archive', load: async () => (await import('./import.ts')).importCommand },
  list: { summary: 'list the articles in the library', load: async () => (await import('./list.ts')).listCommand },
  search: { summary: 'full-text search (accents and case ignored), best matches first', load: async () => (await import('./search.ts')).searchCommand },
  show: { summary: 'print one article: its metadata and text', load: async () => (await import('./show.ts')).showCommand },
  remove: { summary: 'delete an article for good (see trash to put it in the Trash instead)', load: async () => (await import('./remove.ts')).removeCommand },
  trash: { summary: 'put articles in the Trash, list it, take them out again, or empty it', load: async () => (await import('./manage.ts')).trashCommand },
  edit: { summary: 'correct an article’s details (title, source, authors, date…); mark it read or archived', load: async () => (await import('./manage.ts')).editCommand },
  collections: { summary: 'collections (“dossiers”) of articles: list, create, rename, remove, add and take articles', load: async () => (await import('./manage.ts')).collectionsCommand },
  tag: { summary: 'add and remove tags on articles; the library’s tags', load: async () => (await import('./manage.ts')).tagCommand },
  annotate: { summary: 'highlight a passage of an article, found by its quote, with an optional note', load: async () => (await import('./annotate.ts')).annotateCommand },
  annotations: { summary: 'list an article’s annotations in text order', load: async () => (await import('./annotate.ts')).annotationsCommand },
  entities: { summary: 'entity suggestions for a file or an article; the entities of the library', load: async () => (await import('./entities.ts')).entitiesCommand },
  export: { summary: 'export annotations, entities, or the whole library (archive, json)', load: async () => (await import('./export.ts')).exportCommand },
  'import-annotations': { summary: 'import annotations from a W3C Web Annotation JSON-LD file (apostille export --format w3c)', load: async () => (await import('./import-annotations.ts')).importAnnotationsCommand },
  backup: { summary: 'back up the library now (into its backups folder, or to a file)', load: async () => (await import('./backups.ts')).backupCommand },
  backups: { summary: 'list the library’s backups', load: async () => (await import('./backups.ts')).backupsCommand },
  restore: { summary: 'replace the library by a backup (the library as it was is kept as a backup)', load: async () => (await import('./backups.ts')).restoreCommand },
  check: { summary: 'check the library file thoroughly (SQLite’s integrity check)', load: async () => (await import('./backups.ts')).checkCommand },
  team: { summary: 'a team library on PostgreSQL: init, members, join, sync, status', load: async () => (await import('./team.ts')).teamCommand },
  serve: { summary: 'serve the app to a browser on 127.0.0.1 (random port and per-run token)', load: async () => (await import('./serve.ts')).serveCommand },
  start: { summary: 'open the desktop app; where Electron is not available, serve it to the browser instead', load: async () => (await import('./serve.ts')).startCommand },
};
