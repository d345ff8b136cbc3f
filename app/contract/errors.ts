// One error shape for every front end: the HTTP host maps codes to statuses, the CLI to exit codes,
// the UI to translated messages (see error-messages.ts).

export const ERROR_CODES = [
  'invalid_request',
  'unknown_method',
  'not_found',
  'quote_not_found',
  'ambiguous_id',
  'empty_file',
  'binary_file',
  'too_large',
  'unsupported_type',
  'unreadable_file',
  'unwritable_file',
  'invalid_annotations_file',
  'undecodable_text',
  'no_readable_content',
  'library_locked',
  'library_too_new',
  'unauthorised',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toJSON(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // SQLite's busy/locked: another program (the CLI, a second window) is writing the same library right now.
  if (/database is (locked|busy)|SQLITE_BUSY|SQLITE_LOCKED/i.test(message)) return new AppError('library_locked', message);
  return new AppError('internal', message);
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
