import { api, isMethodName } from '../contract/api.ts';
import { AppError, toAppError, type Result } from '../contract/errors.ts';
import type { Handlers } from './handlers.ts';

/**
 * The single entry point both hosts use: checks the method exists, validates the input against the contract, runs the
 * handler, and turns every failure into the one error shape.
 */
export function dispatch(handlers: Handlers, method: unknown, input: unknown): Result<unknown> {
  try {
    if (!isMethodName(method)) throw new AppError('unknown_method', `unknown method ${String(method)}`, { method: String(method).slice(0, 80) });
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new AppError('invalid_request', `${where}${issue?.message ?? 'invalid input'}`, { issue: `${where}${issue?.message ?? ''}` });
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppError(error).toJSON() };
  }
}
