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
  'library_empty_file',
  'library_not_database',
  'library_damaged',
  'library_not_empty',
  'disk_full',
  'too_deeply_nested',
  'request_too_large',
  'invalid_backup',
  'invalid_archive',
  'job_not_found',
  'empty_folder',
  'unauthorised',
  'collection_not_found',
  'name_taken',
  'address_invalid',
  'address_refused',
  'page_not_found',
  'page_http_error',
  'page_unreachable',
  'page_timeout',
  'page_too_large',
  'too_many_redirects',
  'not_an_article',
  'invalid_tool_export',
  'pdf_encrypted',
  'pdf_damaged',
  'not_a_pdf',
  'epub_damaged',
  'epub_protected',
  'team_unreachable',
  'team_auth_failed',
  'team_not_initialised',
  'team_schema_newer',
  'team_not_owner',
  'team_not_author',
  'team_not_linked',
  'team_refused',
  'team_library_not_empty',
  'team_already_linked',
  'library_unknown',
  'library_in_use',
  'library_name_taken',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A library file that cannot be a library as it is: reported with the way back (its newest backup). */
export const LIBRARY_STATE_CODES: readonly ErrorCode[] = ['library_empty_file', 'library_not_database', 'library_damaged'];

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

/** SQLite's words for a state of the library file a reader must be told about as what it is. */
const SQLITE_ERRORS: [RegExp, ErrorCode][] = [
  // Busy or locked: another program (the CLI, a second window) kept the library for writing beyond the wait allowed.
  [/database is (locked|busy)|SQLITE_BUSY|SQLITE_LOCKED/i, 'library_locked'],
  [/database or disk is full|SQLITE_FULL/i, 'disk_full'],
  [/file is not a database|SQLITE_NOTADB/i, 'library_not_database'],
  [/database disk image is malformed|SQLITE_CORRUPT/i, 'library_damaged'],
];

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, code] of SQLITE_ERRORS) if (pattern.test(message)) return new AppError(code, message);
  if ((error as { code?: unknown } | null)?.code === 'ENOSPC') return new AppError('disk_full', message);
  if (error instanceof RangeError && /call stack/i.test(message)) return new AppError('too_deeply_nested', message);
  return new AppError('internal', message);
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
