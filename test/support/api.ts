import { api, type MethodName } from '../../app/contract/index.ts';
import { dispatch, type Handlers } from '../../app/library/index.ts';

/** Calls the API as a front end would (through dispatch), failing on an error and checking the output's shape. */
export function apiCaller(handlers: Handlers) {
  return <T = never>(method: MethodName, input: unknown): T => {
    const result = dispatch(handlers, method, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return api[method].output.parse(result.value) as T;
  };
}
