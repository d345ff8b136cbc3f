import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toAppError } from '../contract/errors.ts';
import { cliLanguage, errorText, message } from './messages.ts';
import { COMMANDS, GLOBAL_OPTIONS, type CommandContext } from './commands/index.ts';
import { EXIT, UsageError } from './exit-codes.ts';

const USAGE = `Usage: apostille [--library DIR] [--json] [--lang en|fr] <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`).join('\n')}

Global options:
  --library DIR   the library folder (default: $APOSTILLE_LIBRARY, or the platform's data folder)
  --json          machine-readable output on stdout
  --lang en|fr    language of messages (default: from LANG)
  -h, --help      help for apostille or for a command

Exit codes: 0 success, 1 failure, 2 wrong usage, 3 not found, 4 some files could not be imported.`;

export async function main(argv: string[]): Promise<number> {
  const first = parseArgs({ args: argv, options: GLOBAL_OPTIONS, allowPositionals: true, strict: false });
  const name = first.positionals[0];
  const language = cliLanguage(typeof first.values.lang === 'string' ? first.values.lang : undefined);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name === undefined && first.values.help) return (console.log(USAGE), EXIT.ok);
    console.error(name ? `apostille: unknown command “${name}”.\n\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...command.options } as ParseArgsConfig['options'], allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`apostille ${name}: ${(error as Error).message}\n\n${command.usage}`);
    return EXIT.usage;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return (console.log(command.usage), EXIT.ok);
  const context: CommandContext = {
    args: parsed.positionals.slice(1),
    options: values,
    json: values.json === true,
    language,
  };
  try {
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`apostille ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    const appError = toAppError(error).toJSON();
    if (context.json) console.log(JSON.stringify({ ok: false, error: appError }));
    console.error(message(language, 'error', { message: errorText(language, appError) }));
    return ['not_found', 'ambiguous_id', 'quote_not_found'].includes(appError.code) ? EXIT.notFound : EXIT.failure;
  }
}

process.exitCode = await main(process.argv.slice(2));
