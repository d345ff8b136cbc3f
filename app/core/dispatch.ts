import { api, isMethodName, type Api, type MethodName, type MethodOutput } from '../contract/api.ts';
import { AppError, toAppError, type Result } from '../contract/errors.ts';
import type { z } from 'zod';

/** The core's implementation of API methods; each may answer at once or later. */
export type Handlers = { [M in MethodName]: (input: z.output<Api[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/**
 * The single entry point of every front end: checks the method exists and is served here, validates the input
 * against the contract, runs the handler, and turns every failure into the one error shape.
 */
export async function dispatch(handlers: Partial<Handlers>, method: unknown, input: unknown): Promise<Result<unknown>> {
  try {
    if (!isMethodName(method) || !handlers[method]) {
      throw new AppError('unknown_method', `unknown method ${String(method)}`, { method: String(method).slice(0, 80) });
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new AppError('invalid_request', `${where}${issue?.message ?? 'invalid input'}`, { issue: `${where}${issue?.message ?? ''}` });
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppError(error).toJSON() };
  }
}
