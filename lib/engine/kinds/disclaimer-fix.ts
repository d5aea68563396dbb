import type { Doc } from '../doc';
import type { Fix } from '../types';

/** Appends the pack's personal-views statement (the short one on X, where characters count). */
export function disclaimerFix(doc: Doc, platform: string, disclaimer: { text: string; short: string }): Fix {
  const phrase = platform === 'x' ? disclaimer.short : disclaimer.text;
  // Already ends on a new line? Found without a regex: /\n\s*$/ retries from every line break,
  // quadratic on a long run of blank lines.
  const body = doc.text.trimEnd();
  const separator = body === '' || doc.text.slice(body.length).includes('\n') ? '' : '\n\n';
  return { kind: 'append', label: `Add "${phrase}"`, text: separator + phrase };
}
