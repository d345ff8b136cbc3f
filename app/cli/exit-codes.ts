export const EXIT = { ok: 0, failure: 1, usage: 2, notFound: 3, partial: 4, cancelled: 130 } as const;

/** Wrong arguments: the CLI prints the command's usage and exits with 2. */
export class UsageError extends Error {}
