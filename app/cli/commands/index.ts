import type { Language } from '../messages.ts';
import { annotateCommand, annotationsCommand } from './annotate.ts';
import { entitiesCommand } from './entities.ts';
import { exportCommand } from './export.ts';
import { importAnnotationsCommand } from './import-annotations.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { removeCommand } from './remove.ts';
import { searchCommand } from './search.ts';
import { serveCommand, startCommand } from './serve.ts';
import { showCommand } from './show.ts';

export interface CommandContext {
  args: string[];
  options: Record<string, string | boolean | string[] | undefined>;
  json: boolean;
  language: Language;
}

export interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  run(context: CommandContext): Promise<number> | number;
}

export const GLOBAL_OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMANDS: Record<string, Command> = {
  import: importCommand,
  list: listCommand,
  search: searchCommand,
  show: showCommand,
  remove: removeCommand,
  annotate: annotateCommand,
  annotations: annotationsCommand,
  entities: entitiesCommand,
  export: exportCommand,
  'import-annotations': importAnnotationsCommand,
  serve: serveCommand,
  start: startCommand,
};
