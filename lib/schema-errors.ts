import type { z } from 'zod';

/** zod issues as "field.path: message" lines, so bad input names the field that is wrong. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string {
  return issues
    .flatMap((i): { path: PropertyKey[]; message: string }[] =>
      // Name each unknown key as its own field: "retention: unknown setting".
      i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ path: [...i.path, k], message: 'unknown setting' })) : [i],
    )
    .map((i) => {
      const path = [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
        .filter(Boolean)
        .join('.')
        .replace(/\.\[/g, '[');
      return `${path || '(root)'}: ${i.message}`;
    })
    .join('; ');
}
