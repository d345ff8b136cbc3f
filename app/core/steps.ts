/** How long work goes on: stopped by a signal, reporting progress, pausing between steps to let other work in. */
export interface StepControl<P = { done: number; total: number }> {
  signal?: AbortSignal;
  progress?(progress: P): void;
  pause?(): Promise<void>;
}

/**
 * The items of long work one by one: after each, progress is reported and the work pauses (see JobContext.pause);
 * once the signal is aborted, no item more is given.
 */
export async function* steps<T>(items: readonly T[], control: StepControl = {}): AsyncGenerator<T> {
  for (let i = 0; i < items.length; i++) {
    if (control.signal?.aborted) return;
    yield items[i]!;
    control.progress?.({ done: i + 1, total: items.length });
    await control.pause?.();
  }
}
