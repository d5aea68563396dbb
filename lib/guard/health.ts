import type { Composer } from '../sites/types';

export type HealthProblem = 'no-submit' | 'unreadable';

/** The person is told in their language (lib/guard/start.ts); the log gets only the problem's name. */
// After this many typed characters with nothing read back, the reader is not keeping up.
const TYPED_BEFORE_VERDICT = 8;

export interface HealthProbe {
  composer: Composer;
  findSubmit(): HTMLElement | null;
  readText(): string;
  /** Called when the verdict changes; `problem` is null when the box is (again) checkable. */
  report(problem: HealthProblem | null): void;
}

/**
 * A self-check so that breakage is visible instead of silent: once the person types into a box,
 * it must have a recognisable submit control (or send on Enter), and the text read from it must
 * follow what is typed. Cheap: it runs on typing pauses, never per key.
 */
export function watchHealth(probe: HealthProbe): () => void {
  const el = probe.composer.element;
  let typed = 0;
  let verdict: HealthProblem | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // A cheap signature of the box's content (no layout), sampled as the person types.
  const signature = () => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''));
  let last = signature();
  const sample = () => {
    const now = signature();
    if (now !== last) {
      // The box follows the typing (or was emptied by sending): count afresh from here.
      last = now;
      typed = 0;
    }
  };

  const judge = () => {
    sample();
    const text = probe.readText().trim();
    let next = verdict;
    if (typed >= TYPED_BEFORE_VERDICT) next = 'unreadable';
    // Judged only with text in the box: an empty box (just sent) keeps the last verdict.
    else if (text) next = !probe.composer.enterSends() && !probe.findSubmit() ? 'no-submit' : null;
    if (next !== verdict) {
      verdict = next;
      probe.report(next);
    }
  };
  const onBeforeInput = (e: Event) => {
    const data = (e as InputEvent).data;
    if (e.isTrusted && data) typed += data.length;
  };
  const onInput = () => {
    sample();
    clearTimeout(timer);
    timer = setTimeout(judge, 400);
  };
  // Text typed while the guard was loading fired its input events before we listened: judge it now.
  if (probe.readText().trim()) timer = setTimeout(judge, 400);
  el.addEventListener('beforeinput', onBeforeInput, true);
  el.addEventListener('input', onInput);
  el.addEventListener('keyup', onInput);
  return () => {
    clearTimeout(timer);
    el.removeEventListener('beforeinput', onBeforeInput, true);
    el.removeEventListener('input', onInput);
    el.removeEventListener('keyup', onInput);
  };
}
