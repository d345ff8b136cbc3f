import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS, GLOBAL_OPTIONS } from './commands/index.ts';
import { EXIT, UsageError } from './exit-codes.ts';

// Only this file, the command list and the command asked for are loaded: `apostille --help` reads no library code.

const USAGE = `Usage: apostille [--library DIR] [--json] [--lang en|fr] <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`).join('\n')}

Global options:
  --library DIR   the library folder (default: $APOSTILLE_LIBRARY, or the platform's data folder)
  --json          machine-readable output on stdout
  --lang en|fr    language of messages (default: from LANG)
  -h, --help      help for apostille or for a command

Exit codes: 0 success, 1 failure, 2 wrong usage, 3 not found, 4 some files could not be imported, 130 stopped by Ctrl+C.`;

export async function main(argv: string[]): Promise<number> {
  const first = parseArgs({ args: argv, options: GLOBAL_OPTIONS, allowPositionals: true, strict: false });
  const name = first.positionals[0];
  const entry = name ? COMMANDS[name] : undefined;
  if (!entry) {
    if (name === undefined && first.values.help) return (console.log(USAGE), EXIT.ok);
    console.error(name ? `apostille: unknown command “${name.replace(/[^\p{L}\p{N}._-]/gu, '?')}”.\n\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  const command = await entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...command.options } as ParseArgsConfig['options'], allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`apostille ${name}: ${(error as Error).message}\n\n${command.usage}`);
    return EXIT.usage;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return (console.log(command.usage), EXIT.ok);
  const [{ createContext }, { cliLanguage }] = await Promise.all([import('./context.ts'), import('./messages.ts')]);
  const context = createContext({
    args: parsed.positionals.slice(1),
    options: values,
    json: values.json === true,
    language: cliLanguage(typeof values.lang === 'string' ? values.lang : undefined),
  });
  try {
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`apostille ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    const [{ toAppError }, { errorText, message }, { printError }] = await Promise.all([
      import('../contract/errors.ts'), import('./messages.ts'), import('./terminal.ts'),
    ]);
    const appError = toAppError(error).toJSON();
    if (context.json) console.log(JSON.stringify({ ok: false, error: appError }));
    printError(message(context.language, 'error', { message: errorText(context.language, appError) }));
    return ['not_found', 'ambiguous_id', 'quote_not_found', 'job_not_found', 'collection_not_found'].includes(appError.code) ? EXIT.notFound : EXIT.failure;
  } finally {
    await context.close();
  }
}

// Output piped into a program that stops reading (| head) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
