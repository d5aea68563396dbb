/** Runs a sliced computation (a generator that yields between bounded steps) to its end without pausing. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
