// Everything the CLI prints that came from a file or the library (titles, file names, snippets, notes) goes through
// `clean`: a title such as `&#27;]52;c;…&#7;` must reach the terminal as text, never as an escape sequence (an OSC 52
// write to the clipboard, a cursor move, a line overwritten by a carriage return).

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates that reorder text.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function clean(text: string): string {
  return text.replace(CONTROLS, '');
}

/** A line (or lines) to stdout, cleaned. */
export function print(text: string): void {
  process.stdout.write(`${clean(text)}\n`);
}

/** A line to stderr, cleaned. */
export function printError(text: string): void {
  process.stderr.write(`${clean(text)}\n`);
}

/** Machine-readable output: JSON escapes every control character itself. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
