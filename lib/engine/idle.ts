import { checkInSlices, type SliceOptions } from './check';
import { compileInSlices } from './compile';
import { DEFAULT_SETTINGS, type CheckContext, type Finding, type ResolvedSettings } from './types';

/** How a paused generator is resumed: the next macrotask by default, so input events run between slices. */
export type Scheduler = (resume: () => void) => void;
const nextTask: Scheduler = (resume) => setTimeout(resume, 0);

export class CheckAborted extends Error {
  constructor() {
    super('check aborted: the text changed');
    this.name = 'AbortError';
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  schedule?: Scheduler;
  /** Steps run back to back within one task until this long has passed (8 ms). */
  budgetMs?: number;
}

/**
 * Drives a sliced computation to its end: steps run back to back until `budgetMs` has passed,
 * then the rest waits for the next scheduled task. Stops (rejecting with CheckAborted) when
 * `signal` aborts.
 */
export function runInSlices<T>(steps: Generator<void, T>, options: RunOptions = {}): Promise<T> {
  const schedule = options.schedule ?? nextTask;
  const budget = options.budgetMs ?? 8;
  return new Promise<T>((resolve, reject) => {
    const task = () => {
      const started = performance.now();
      try {
        do {
          if (options.signal?.aborted) {
            steps.return(undefined as T);
            reject(new CheckAborted());
            return;
          }
          const r = steps.next();
          if (r.done) {
            resolve(r.value);
            return;
          }
        } while (performance.now() - started < budget);
        schedule(task);
      } catch (e) {
        reject(e);
      }
    };
    task();
  });
}

/**
 * `check()` for the page: compiles the pack (first time only) and checks the post in slices
 * of at most `budgetMs` (8 ms by default) with the event loop free in between, so neither a
 * first check nor a 1 MB paste blocks typing. Pass an AbortSignal and abort it when the text
 * changes: a stale check stops at its next slice. The findings equal `check()`'s.
 */
export function checkWhenIdle(
  text: string,
  context: CheckContext,
  options: SliceOptions & RunOptions = {},
): Promise<Finding[]> {
  const settings: ResolvedSettings = { ...DEFAULT_SETTINGS, ...context.settings };
  function* steps(): Generator<void, Finding[]> {
    const ruleset = yield* compileInSlices(context.pack, { organisationNames: context.organisationNames, settings });
    yield;
    return yield* checkInSlices(ruleset, text, context, settings, options);
  }
  return runInSlices(steps(), options);
}
