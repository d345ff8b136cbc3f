import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../app/contract/errors.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fixture file of this folder, as text. */
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The AppError `run` throws; anything else (no error, another error) fails the test. */
export function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the export to be refused');
}
