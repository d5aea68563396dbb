import type { Composer } from '../sites/types';

export type HealthProblem = 'no-submit' | 'unreadable';

/** What the person is told on the badge's panel; the log gets only the problem's name. */
export const HEALTH_ADVICE: Record<HealthProblem, string> = {
  'no-submit':
    "Postwise can't find this box's Post or Send button, so it cannot pause a post from here. Please check your post against the policy yourself; a note for IT is in the local log.",
  'unreadable':
    "Postwise can't read what you type in this box, so its notes may be missing. Please check your post against the policy yourself; a note for IT is in the local log.",
};

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
